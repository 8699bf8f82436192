package dev.hebbian.notebook;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

import dev.hebbian.display.KernelDisplay;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long computation (a phase-diagram grid, a Monte Carlo run), printed as a line every
 * few seconds to the standard error stream that was {@code System.err} when the task started: in a
 * kernel, the stream of the cell that started it, so lines printed by the library's own thread, or
 * after the kernel has put its own {@code System.err} back, still go to that cell (or are dropped by
 * the kernel) rather than to the Jupyter server's log; in the CLI, the terminal. Built on the
 * {@code me.tongfei:progressbar} library. Nothing is printed for a task that finishes within
 * {@link #QUIET_MILLIS}, so loops of short computations stay quiet. Turn it off with the system
 * property {@code hebbian.progress=false} (the test suite does).
 *
 * <p>When the thread that started the task is interrupted before the task is done (a kernel's
 * interrupt button), one line says so, e.g. {@code RS phase diagram interrupted after 12 of 40 steps},
 * printed by the interrupting thread during {@link Thread#interrupt()} itself. IJava, JJava and rapaio
 * end the cell as soon as they have interrupted it and drop the exception the computation throws
 * afterwards (such as {@code SweepInterruptedException}), and anything printed after the cell ended
 * goes to the Jupyter server's log or nowhere; this line is printed before the kernel ends the cell.
 * rapaio 3.0.1 sends all output under the last request it handled, here the interrupt request, which
 * no front end shows in the cell: the line is sent under the cell's own request instead
 * ({@link KernelDisplay#inCell}).
 * A task closed early without an interruption (an exception) after showing progress prints the same
 * line with "stopped".
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
    /** System.err when the task started: the cell's stream in a kernel. */
    private final PrintStream err = System.err;
    /** The kernel's cell that started the task, to which the interruption line is sent. */
    private final Object cell = KernelDisplay.currentCell();
    /** Told by {@link Thread#interrupt()} of the starting thread, in the interrupting thread. */
    private final InterruptWatch watch;
    private final java.util.concurrent.atomic.AtomicBoolean stopReported = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Hears the interruption of the thread that started the task at the moment it happens, in the
     * thread that interrupts it (a kernel's interrupt button): {@link Thread#interrupt()} closes the
     * interruptible channel a thread is marked as blocked on, calling {@link #implCloseChannel()}
     * before it returns. The kernel reports the cell as interrupted, and closes its output, only
     * after that, so the line printed there reaches the cell.
     */
    private final class InterruptWatch extends java.nio.channels.spi.AbstractInterruptibleChannel {
        InterruptWatch() {
            begin();
        }

        void release() {
            try {
                end(true);
            } catch (java.io.IOException ignored) { // closed by the interruption: already reported
            }
        }

        @Override
        protected void implCloseChannel() {
            reportStop(true);
        }
    }

    private void reportStop(boolean interrupted) {
        long d = done.get();
        if (d >= total || !stopReported.compareAndSet(false, true)) return;
        KernelDisplay.inCell(cell, () -> {
            err.println(stopMessage(task, d, total, interrupted));
            err.flush();
        });
    }

    static {
        KernelDisplay.register();
    }

    private Progress(String task, long total, boolean enabled) {
        this.task = task;
        this.total = total;
        this.enabled = enabled;
        this.watch = enabled && total > 0 && !Thread.currentThread().isInterrupted() ? new InterruptWatch() : null;
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
        ProgressBar b = bar(); // a bar made now starts from the steps done so far: this step is counted once, below
        done.addAndGet(n);
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
        err.println(line);
        err.flush();
    }

    /** The line printed when a task is closed before all its steps were done. */
    static String stopMessage(String task, long done, long total, boolean interrupted) {
        return task + (interrupted ? " interrupted" : " stopped") + " after " + done + " of " + total + " steps";
    }

    @Override
    public void close() {
        ProgressBar b = bar;
        if (watch != null) watch.release();
        boolean interrupted = Thread.currentThread().isInterrupted();
        if (enabled && (b != null || interrupted)) reportStop(interrupted);
        if (b != null) {
            b.stepTo(done.get());
            b.maxHint(Math.max(total, done.get()));
            b.close();
        }
    }
}
