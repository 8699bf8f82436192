package dev.hebbian.numerics;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;

/**
 * The Newton step of every solver in the toolkit (self-consistency maps, folds, the joint 1RSB system, the
 * multitasking equations; docs/storage.md#phase-selection): the linear system J dx = b solved by Hipparchus' LU
 * decomposition with partial pivoting. A singular or non-finite system gives {@code null}, and the caller falls
 * back to damped iteration or a line search.
 */
public final class Newton {
    private Newton() {}

    /**
     * Solves a x = b; null when a is singular (an exactly zero pivot: the solvers' Jacobians are often badly
     * scaled near T = 0, so no absolute threshold is applied) or the solution is not finite. Neither argument is
     * modified.
     */
    public static double[] solve(double[][] a, double[] b) {
        double[] x;
        try {
            x = new LUDecomposition(new Array2DRowRealMatrix(a, true), 0.0).getSolver()
                    .solve(new ArrayRealVector(b, true)).toArray();
        } catch (RuntimeException singular) {
            return null;
        }
        for (double v : x) if (!Double.isFinite(v)) return null;
        return x;
    }
}
