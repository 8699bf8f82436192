package dev.hebbian.theory;

/**
 * Thrown when a {@link PhaseDiagram} computation is interrupted (the kernel's interrupt button,
 * {@link Thread#interrupt()}); it carries what was computed:
 * <pre>{@code
 * PhaseDiagram pd;
 * try { pd = problem.phaseDiagram(alphas, temps); } catch (PhaseDiagramInterruptedException e) { pd = e.partial(); }
 * }</pre>
 * In {@link #partial()}, grid points not reached have phase "not computed"; if the grid was complete
 * and the lines were interrupted, the lines not reached are NaN.
 */
public final class PhaseDiagramInterruptedException extends RuntimeException {
    private final transient PhaseDiagram partial;
    private final long solved;

    public PhaseDiagramInterruptedException(String message, PhaseDiagram partial, long solved, Throwable cause) {
        super(message, cause);
        this.partial = partial;
        this.solved = solved;
    }

    /** The grid (and lines) computed before the interruption. */
    public PhaseDiagram partial() {
        return partial;
    }

    /** Number of grid points solved. */
    public long solved() {
        return solved;
    }
}
