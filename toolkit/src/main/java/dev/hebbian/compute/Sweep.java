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
 * <p>The points run on local threads unless the sweep is sent to a {@link Cluster} ({@link #on(Cluster)},
 * or the thread's {@link Cluster#current()} default): then the per-point function (a
 * {@link SerializableIntFunction}, which a lambda passed to {@link #over(int, SerializableIntFunction)} is)
 * and everything it captures must be serializable, and so must the results. The results are the same,
 * in the same order, and progress and interruption behave the same. A sweep sent explicitly to a cluster
 * with a function that cannot be serialized fails with an error naming the class; one that merely
 * inherits a default cluster runs on local threads instead, with a warning.
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
    private final int threads; // 0: not set (the cluster's cap if it is Cluster.threads(n), else the number of processors)
    private final boolean showProgress;
    private final Cluster cluster; // null: Cluster.current(), falling back to local threads
    private final java.util.function.IntConsumer listener;

    private Sweep(int size, IntFunction<R> point, String name, int threads, boolean showProgress, Cluster cluster) {
        this(size, point, name, threads, showProgress, cluster, null);
    }

    private Sweep(int size, IntFunction<R> point, String name, int threads, boolean showProgress, Cluster cluster,
                  java.util.function.IntConsumer listener) {
        this.listener = listener;
        this.size = size;
        this.point = point;
        this.name = name;
        this.threads = threads;
        this.showProgress = showProgress;
        this.cluster = cluster;
    }

    /** A sweep over points 0..size-1 (local threads only, unless {@code point} is also Serializable). */
    public static <R> Sweep<R> over(int size, IntFunction<R> point) {
        dev.hebbian.Check.atLeast("size", size, 0);
        if (point == null) throw new IllegalArgumentException("point must not be null");
        return new Sweep<>(size, point, "sweep", 0, true, null);
    }

    /** A sweep over points 0..size-1 whose points can also run on a {@link Cluster} (a lambda here is serializable). */
    public static <R> Sweep<R> over(int size, SerializableIntFunction<R> point) {
        return over(size, (IntFunction<R>) point);
    }

    /** The name shown in the progress line. */
    public Sweep<R> named(String what) {
        return new Sweep<>(size, point, what, threads, showProgress, cluster, listener);
    }

    /**
     * Number of worker threads (default: the cap of a {@link Cluster#threads(int)} cluster, else the number of
     * processors); results do not depend on it. Local threads only.
     */
    public Sweep<R> threads(int n) {
        dev.hebbian.Check.atLeast("threads", n, 1);
        return new Sweep<>(size, point, name, n, showProgress, cluster, listener);
    }

    /** Whether to print a progress line per point (default true; off when the caller reports its own). */
    public Sweep<R> showProgress(boolean show) {
        return new Sweep<>(size, point, name, threads, show, cluster, listener);
    }

    /**
     * Run on {@code where} ({@link Cluster#local()}: local threads). The per-point function must then be
     * serializable (checked before anything is sent); the results do not depend on where they run.
     */
    public Sweep<R> on(Cluster where) {
        if (where == null) throw new IllegalArgumentException("cluster must not be null (use Cluster.local() for local threads)");
        return new Sweep<>(size, point, name, threads, showProgress, where, listener);
    }

    /**
     * Also tell {@code pointsDone} the number of points finished each time one finishes (from any
     * thread; for callers that report progress in their own units).
     */
    public Sweep<R> listener(java.util.function.IntConsumer pointsDone) {
        return new Sweep<>(size, point, name, threads, showProgress, cluster, pointsDone);
    }

    /** The cluster this sweep runs on: the one given to {@link #on}, else {@link Cluster#current()}. */
    public Cluster cluster() {
        return cluster != null ? cluster : Cluster.current();
    }

    /**
     * Compute every point. If a point throws, the sweep stops and rethrows it; if the calling thread
     * is interrupted, the remaining points are cancelled and a {@link SweepInterruptedException}
     * carrying the finished ones is thrown (the thread's interrupt flag is set again); if it is stopped
     * (an Error such as ThreadDeath), the Error propagates with that exception attached as suppressed.
     */
    public List<R> run() {
        Cluster where = cluster();
        if (!where.isLocal() && size > 0) {
            String problem = serializationProblem(point);
            if (problem == null) return runOn(where);
            if (cluster != null)
                throw new IllegalArgumentException(name + " cannot run on " + where.master() + ": " + problem
                        + ". Pass a SerializableIntFunction that captures only serializable values (see docs/cluster.md)");
            System.err.println("[" + name + "] runs on local threads, not on " + where.master() + ": " + problem);
        }
        return runLocal(where);
    }

    private List<R> runLocal(Cluster where) {
        AtomicReferenceArray<R> done = new AtomicReferenceArray<>(size);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        int cap = threads > 0 ? threads : where instanceof Cluster.Local l && l.threads > 0 ? l.threads
                : Runtime.getRuntime().availableProcessors();
        int workers = Math.max(1, Math.min(cap, size));
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads(name));
        List<Future<?>> futures = new ArrayList<>();
        try (Progress progress = showProgress ? Progress.start(name, size) : Progress.none()) {
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    Cluster.Local.SCOPED.set(Cluster.local()); // sweeps nested in a point stay on this machine
                    int i;
                    while (!cancelled.get() && (i = next.getAndIncrement()) < size) {
                        done.set(i, point.apply(i));
                        step(progress, finished);
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

    /**
     * Run and build a table from the results: {@code table} receives the indices of the points and their
     * results, in point order (here every point, {@code 0..size-1}). If the sweep is interrupted, a
     * {@link TableInterruptedException} is thrown instead, whose {@link TableInterruptedException#partial()}
     * is {@code table} applied to the finished points only, so an interrupted diagram gives the rows it
     * finished with the columns of the whole one, on local threads and on a cluster alike. (If it is
     * stopped by an Error, or the cluster is lost, that exception is attached as suppressed.)
     */
    public tech.tablesaw.api.Table runTable(java.util.function.BiFunction<int[], List<R>, tech.tablesaw.api.Table> table) {
        if (table == null) throw new IllegalArgumentException("table must not be null");
        List<R> all;
        try {
            all = run();
        } catch (SweepInterruptedException e) {
            throw partialTable(e, table);
        } catch (RuntimeException | Error stopped) { // ThreadDeath, or a lost cluster: attach the partial table
            for (Throwable s : stopped.getSuppressed())
                if (s instanceof SweepInterruptedException e) stopped.addSuppressed(partialTable(e, table));
            throw stopped;
        }
        int[] every = new int[size];
        for (int i = 0; i < size; i++) every[i] = i;
        return table.apply(every, all);
    }

    /** A point's result, or the message of the error it threw (what comes back from a cluster for a failed point). */
    private record Attempt<R>(R value, String error) implements java.io.Serializable {}

    /**
     * As {@link #runTable(java.util.function.BiFunction)}, where a point that throws does not stop the sweep: it
     * becomes a row built from {@code failedRow} (e.g. NaN values) with its error message, and every row gets the
     * column {@code note} (empty for points that succeeded), as in the storage phase diagrams. Interruptions
     * behave as in {@link #runTable(java.util.function.BiFunction)}.
     */
    public tech.tablesaw.api.Table runTable(java.util.function.BiFunction<int[], List<R>, tech.tablesaw.api.Table> table,
                                            java.util.function.Function<String, R> failedRow) {
        if (table == null || failedRow == null) throw new IllegalArgumentException("table and failedRow must not be null");
        IntFunction<R> p = point;
        SerializableIntFunction<Attempt<R>> attempt = i -> {
            try {
                return new Attempt<>(p.apply(i), null);
            } catch (RuntimeException e) {
                // an interruption or a cancelled task is not a failed point: it stops the sweep as in runTable
                if (Thread.currentThread().isInterrupted() || e instanceof java.util.concurrent.CancellationException
                        || e instanceof SweepInterruptedException) throw e;
                return new Attempt<>(null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        };
        return new Sweep<>(size, (IntFunction<Attempt<R>>) attempt, name, threads, showProgress, cluster, listener).runTable((done, attempts) -> {
            List<R> values = new ArrayList<>(attempts.size());
            tech.tablesaw.api.StringColumn note = tech.tablesaw.api.StringColumn.create("note");
            for (Attempt<R> a : attempts) {
                values.add(a.error() == null ? a.value() : failedRow.apply(a.error()));
                note.append(a.error() == null ? "" : a.error());
            }
            tech.tablesaw.api.Table t = table.apply(done, values);
            return t.addColumns(note);
        });
    }

    private TableInterruptedException partialTable(SweepInterruptedException e,
                                                   java.util.function.BiFunction<int[], List<R>, tech.tablesaw.api.Table> table) {
        List<R> partial = e.partial();
        List<R> values = new ArrayList<>();
        int[] indices = new int[(int) e.done()];
        for (int i = 0, k = 0; i < partial.size(); i++) {
            if (partial.get(i) == null) continue;
            indices[k++] = i;
            values.add(partial.get(i));
        }
        tech.tablesaw.api.Table rows = table.apply(indices, Collections.unmodifiableList(values));
        return new TableInterruptedException(name + " interrupted after " + indices.length + " of " + size
                + " points; their rows are in this exception's partial()", rows, indices.length, size, e);
    }

    /** Run on a distributed cluster: the same contract as the local run. */
    @SuppressWarnings("unchecked")
    private List<R> runOn(Cluster where) {
        AtomicReferenceArray<R> done = new AtomicReferenceArray<>(size);
        AtomicReferenceArray<Throwable> errors = new AtomicReferenceArray<>(size);
        AtomicInteger finished = new AtomicInteger();
        try (Progress progress = showProgress ? Progress.start(name + " on " + where.master(), size) : Progress.none()) {
            where.run(name, size, (SerializableIntFunction<R>) point, new Cluster.Sink<R>() {
                @Override
                public void done(int index, R value) {
                    done.set(index, value);
                    step(progress, finished);
                }

                @Override
                public void failed(int index, Throwable error) {
                    errors.set(index, error);
                    step(progress, finished);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepInterruptedException(name, snapshot(done));
        } catch (RuntimeException lost) { // the cluster could not go on: keep what it finished
            lost.addSuppressed(new SweepInterruptedException(name, snapshot(done)));
            throw lost;
        }
        // as locally, a point that threw fails the sweep (the lowest such index, so the error is deterministic)
        for (int i = 0; i < size; i++) {
            Throwable t = errors.get(i);
            if (t == null) continue;
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error err) throw err;
            throw new IllegalStateException(name + " failed at point " + i + ": " + t, t);
        }
        List<R> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) out.add(done.get(i));
        return out;
    }

    private void step(Progress progress, AtomicInteger finished) {
        progress.step();
        int n = finished.incrementAndGet();
        if (listener != null) listener.accept(n);
    }

    /** Null if {@code f} can be shipped to a cluster, else why not. */
    static String serializationProblem(Object f) {
        if (!(f instanceof java.io.Serializable))
            return "its per-point function (" + f.getClass().getName() + ") is not Serializable";
        try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
            o.writeObject(f);
            return null;
        } catch (java.io.NotSerializableException e) {
            return "its per-point function captures a value of class " + e.getMessage() + ", which is not Serializable";
        } catch (java.io.IOException | RuntimeException e) {
            return "its per-point function cannot be serialized (" + e + ")";
        }
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
