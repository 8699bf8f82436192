package dev.hebbian.notebook;

import java.time.Duration;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long computation (a phase-diagram grid, a Monte Carlo run), printed to stderr as a
 * line every few seconds, which every kernel shows under the running cell and the CLI shows in the
 * terminal. Built on the {@code me.tongfei:progressbar} library. Turn it off with the system
 * property {@code hebbian.progress=false} (the test suite does).
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

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** Start reporting progress of {@code task} over {@code total} steps. */
    public static Progress start(String task, long total) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) return new Progress(null);
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis((int) Duration.ofSeconds(3).toMillis())
                .setMaxRenderedLength(100)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    System.err.println(line);
                    System.err.flush();
                }, 100))
                .showSpeed()
                .build();
        return new Progress(bar);
    }

    /** One more step done (thread-safe). */
    public void step() {
        if (bar != null) bar.step();
    }

    /** {@code n} more steps done (thread-safe). */
    public void stepBy(long n) {
        if (bar != null) bar.stepBy(n);
    }

    /** Set the number of steps done. */
    public void stepTo(long n) {
        if (bar != null) bar.stepTo(n);
    }

    /** Steps done so far. */
    public long current() {
        return bar == null ? 0 : bar.getCurrent();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
