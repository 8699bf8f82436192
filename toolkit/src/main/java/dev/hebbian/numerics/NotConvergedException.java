package dev.hebbian.numerics;

/**
 * Thrown when a solver did not reach its tolerance. It carries the last iterate's diagnostics, so
 * a caller that wants the unconverged point anyway can ask for it explicitly instead
 * (see {@link FixedPoint#allowUnconverged(boolean)}).
 */
public class NotConvergedException extends RuntimeException {
    private final FixedPoint.Result last;

    public NotConvergedException(String what, FixedPoint.Result last) {
        super(what + " did not converge: residual " + last.residual() + " after " + last.iterations()
                + " iterations (tolerance " + last.tolerance() + ")");
        this.last = last;
    }

    /** The last iterate, with its residual and iteration count. */
    public FixedPoint.Result last() {
        return last;
    }
}
