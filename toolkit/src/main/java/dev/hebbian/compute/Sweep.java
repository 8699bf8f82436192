package dev.hebbian.compute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

import dev.hebbian.notebook.Progress;

/**
 * Independent computations over the points of a grid, in parallel, with progress, and safe to
 * interrupt: results come back in point order whatever the thread count (each point must depend
 * only on its index, e.g. by seeding its random numbers from it), and when the computation is
 * interrupted (the kernel's interrupt button, {@link Thread#interrupt()}) the points already done
 * are kept: the {@link SweepInterruptedException} carries them ({@link SweepInterruptedException#partial()}),
 * in order, with {@code null} for points not done. Nothing is kept in static state.
 *
 * <pre>{@code
 * List<Row> rows = Sweep.over(alphas.length, i -> solve(alphas[i])).named("RS line").run();
 * try { rows = sweep.run(); } catch (Sweep.SweepInterruptedException e) { rows = e.partial(); }
 * }</pre>
 */
public final class Sweep<R> {
    private final int size;
    private final IntFunction<R> point;
    private final String name;
    private final int threads;
    private final boolean showProgress;

    private Sweep(int size, IntFunction<R> point, String name, int threads, boolean showProgress) {
        this.size = size;
        this.point = point;
        this.name = name;
        this.threads = threads;
        this.showProgress = showProgress;
    }

    /** A sweep over points 0..size-1. */
    public static <R> Sweep<R> over(int size, IntFunction<R> point) {
        dev.hebbian.Check.atLeast("size", size, 0);
        return new Sweep<>(size, point, "sweep", Runtime.getRuntime().availableProcessors(), true);
    }

    /** The name shown in the progress line. */
    public Sweep<R> named(String what) {
        return new Sweep<>(size, point, what, threads, showProgress);
    }

    /** Number of worker threads (default: the number of processors); results do not depend on it. */
    public Sweep<R> threads(int n) {
        dev.hebbian.Check.atLeast("threads", n, 1);
        return new Sweep<>(size, point, name, n, showProgress);
    }

    /** Whether to print a progress line per point (default true; off when the caller reports its own). */
    public Sweep<R> showProgress(boolean show) {
        return new Sweep<>(size, point, name, threads, show);
    }

    /**
     * Compute every point. If a point throws, the sweep stops and rethrows it; if the calling thread
     * is interrupted, the remaining points are cancelled and a {@link SweepInterruptedException}
     * carrying the finished ones is thrown (the thread's interrupt flag is set again); if it is stopped
     * (an Error such as ThreadDeath), the Error propagates with that exception attached as suppressed.
     */
    public List<R> run() {
        AtomicReferenceArray<R> done = new AtomicReferenceArray<>(size);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, size));
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads(name));
        List<Future<?>> futures = new ArrayList<>();
        try (Progress progress = showProgress ? Progress.start(name, size) : Progress.none()) {
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while (!cancelled.get() && (i = next.getAndIncrement()) < size) {
                        done.set(i, point.apply(i));
                        progress.step();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            cancelled.set(true);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(name + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            cancelled.set(true);
            Thread.currentThread().interrupt();
            throw new SweepInterruptedException(name, snapshot(done));
        } catch (Error stopped) { // ThreadDeath when a kernel stops the cell
            cancelled.set(true);
            stopped.addSuppressed(new SweepInterruptedException(name, snapshot(done)));
            throw stopped;
        } finally {
            pool.shutdownNow();
        }
        List<R> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) out.add(done.get(i));
        return out;
    }

    private List<R> snapshot(AtomicReferenceArray<R> done) {
        List<R> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) out.add(done.get(i));
        return Collections.unmodifiableList(out);
    }

    /** Thrown when a sweep is interrupted; it carries the finished points ({@link #partial()}). */
    public static final class SweepInterruptedException extends RuntimeException {
        private final transient List<?> partial;
        private final String sweep;

        public SweepInterruptedException(String name, List<?> partial) {
            super(name + " interrupted after " + partial.stream().filter(x -> x != null).count() + " of " + partial.size()
                    + " points; the finished points are in this exception's partial()");
            this.partial = partial;
            this.sweep = name;
        }

        /** The results in point order, null for points not done (unmodifiable). */
        @SuppressWarnings("unchecked")
        public <T> List<T> partial() {
            return (List<T>) partial;
        }

        /** The name of the sweep. */
        public String sweepName() {
            return sweep;
        }

        /** Number of points done. */
        public long done() {
            return partial.stream().filter(x -> x != null).count();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger k = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sweep-" + name + "-" + k.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
