package dev.hebbian.notebook;

import java.util.concurrent.atomic.AtomicLong;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long computation (a phase-diagram grid, a Monte Carlo run), printed to stderr as a
 * line every few seconds, which every kernel shows under the running cell and the CLI shows in the
 * terminal. Built on the {@code me.tongfei:progressbar} library. Nothing is printed for a task that
 * finishes within {@link #QUIET_MILLIS}, so loops of short computations stay quiet. Turn it off with
 * the system property {@code hebbian.progress=false} (the test suite does).
 *
 * <pre>{@code
 * try (Progress p = Progress.start("RS phase diagram, P = 4", points)) {
 *     for (...) { ...; p.step(); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {
    /** System property that turns progress output off when "false". */
    public static final String PROPERTY = "hebbian.progress";
    /** Tasks shorter than this print nothing. */
    public static final long QUIET_MILLIS = 3000;

    private final String task;
    private final long total;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile ProgressBar bar;

    private Progress(String task, long total, boolean enabled) {
        this.task = task;
        this.total = total;
        this.enabled = enabled;
    }

    /** Start reporting progress of {@code task} over {@code total} steps. */
    public static Progress start(String task, long total) {
        return new Progress(task, total, !"false".equalsIgnoreCase(System.getProperty(PROPERTY)));
    }

    /** A progress that prints nothing. */
    public static Progress none() {
        return new Progress("", 0, false);
    }

    /** One more step done (thread-safe). */
    public void step() {
        stepBy(1);
    }

    /** {@code n} more steps done (thread-safe). */
    public void stepBy(long n) {
        done.addAndGet(n);
        ProgressBar b = bar();
        if (b != null) b.stepBy(n);
    }

    /** Set the number of steps done. */
    public void stepTo(long n) {
        done.set(n);
        ProgressBar b = bar();
        if (b != null) b.stepTo(n);
    }

    /** Steps done so far. */
    public long current() {
        return done.get();
    }

    private ProgressBar bar() {
        ProgressBar b = bar;
        if (b != null || !enabled || System.nanoTime() - startNanos < QUIET_MILLIS * 1_000_000L) return b;
        synchronized (this) {
            if (bar == null) {
                bar = new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(3000)
                        .setMaxRenderedLength(100)
                        .setConsumer(new DelegatingProgressBarConsumer(this::print, 100))
                        .showSpeed()
                        .startsFrom(done.get(), java.time.Duration.ofNanos(System.nanoTime() - startNanos))
                        .build();
            }
            return bar;
        }
    }

    private String lastLine = "";

    /** One line per refresh; the library renders some states twice, which are printed once. */
    private synchronized void print(String line) {
        String state = line.replaceAll("\\(\\d+:\\d+:\\d+ /.*$", ""); // the bar and counts, without the timings
        if (state.equals(lastLine)) return;
        lastLine = state;
        System.err.println(line);
        System.err.flush();
    }

    @Override
    public void close() {
        ProgressBar b = bar;
        if (b != null) {
            b.stepTo(done.get());
            b.maxHint(Math.max(total, done.get()));
            b.close();
        }
    }
}
