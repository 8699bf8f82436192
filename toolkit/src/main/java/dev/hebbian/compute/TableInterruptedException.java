package dev.hebbian.compute;

import tech.tablesaw.api.Table;

/**
 * Thrown when a sweep that builds a table ({@link Sweep#runTable}: the learning phase diagram, the
 * multitasking maps) is interrupted, on local threads or on a cluster; it carries the table of the
 * points finished before the interruption, with the same columns as the whole table:
 * <pre>{@code
 * Table t;
 * try { t = Learning.supervised().p(4).rho(0.1).highLoad().phaseDiagram(1.2, alphas); }
 * catch (TableInterruptedException e) { t = e.partial(); }
 * }</pre>
 * The rows are the finished points only, in point order (the storage diagram's
 * {@code PhaseDiagramInterruptedException} instead keeps every grid point and marks the missing ones
 * "not computed"). The cause is the sweep's {@link Sweep.SweepInterruptedException}, with the raw points.
 */
public final class TableInterruptedException extends RuntimeException {
    private final transient Table partial;
    private final long done;
    private final long total;

    public TableInterruptedException(String message, Table partial, long done, long total, Throwable cause) {
        super(message, cause);
        this.partial = partial;
        this.done = done;
        this.total = total;
    }

    /** The rows of the points finished before the interruption, in point order, with the columns of the whole table. */
    public Table partial() {
        return partial;
    }

    /** Number of points finished. */
    public long done() {
        return done;
    }

    /** Number of points of the whole sweep. */
    public long total() {
        return total;
    }
}
