package dev.hebbian.theory.spinglass;

import org.hipparchus.analysis.solvers.BrentSolver;

import dev.hebbian.Check;

/**
 * The soft (Gaussian-spin) P-spin glass of arXiv:2111.12997; docs/spin-glass.md#eq-spin-glass-1: real spins with a
 * N(0,1) prior, covariance xi(q) = beta^2 q^P / 2, self-overlap p_d free. RS pressure
 *
 * <pre>
 * A(p_d, p) = -1/2 ln(1 - xi'(p_d) + xi'(p)) + xi'(p) / (2 (1 - xi'(p_d) + xi'(p)))
 *             + 1/2 [xi(p_d) - p_d xi'(p_d) - xi(p) + p xi'(p)].
 * </pre>
 *
 * The "soft" part of the Hopfield decomposition (docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19) is the P = 2 case.
 */
public final class SoftSpinGlass {
    private final int p;
    private final double beta;

    private SoftSpinGlass(int p, double beta) {
        this.p = p;
        this.beta = beta;
    }

    /** The soft P-spin glass at inverse temperature beta. */
    public static SoftSpinGlass of(int p, double beta) {
        Check.atLeast("P", p, 2);
        Check.nonNegative("beta", beta);
        return new SoftSpinGlass(p, beta);
    }

    private double xi(double q) {
        return beta * beta * Math.pow(q, p) / 2;
    }

    private double xi1(double q) {
        return beta * beta * p * Math.pow(q, p - 1) / 2;
    }

    /** A(p_d, p); NaN outside the domain 1 - xi'(p_d) + xi'(p) &gt; 0. */
    public double pressure(double pd, double q) {
        double d = 1 - xi1(pd) + xi1(q);
        if (!(d > 0)) return Double.NaN;
        return -0.5 * Math.log(d) + xi1(q) / (2 * d) + 0.5 * (xi(pd) - pd * xi1(pd) - xi(q) + q * xi1(q));
    }

    /** dA/dp_d at p = 0 (analytic). */
    public double dPressureDpd(double pd) {
        double x2 = beta * beta * p * (p - 1) * Math.pow(pd, p - 2) / 2; // xi''(p_d)
        double d = 1 - xi1(pd);
        return 0.5 * x2 / d - 0.5 * pd * x2;
    }

    /**
     * The paramagnetic (p = 0) self-overlap: the smallest root of dA/dp_d = 0, i.e. p_d (1 - xi'(p_d)) =
     * 1 for P = 2; NaN when there is none (for P = 2 beyond b = 1/2, the semicircle edge).
     */
    public double paramagneticSelfOverlap() {
        // scan p_d upward inside the domain xi'(p_d) < 1 for the first sign change of p_d (1 - xi'(p_d)) - 1
        double hi = Math.pow(2 / (beta * beta * p), 1.0 / (p - 1)); // xi'(hi) = 1
        java.util.function.DoubleUnaryOperator g = x -> x * (1 - xi1(x)) - 1;
        int n = 4000;
        double prev = 1e-12, gPrev = g.applyAsDouble(prev);
        for (int i = 1; i <= n; i++) {
            double x = hi * i / (n + 1.0);
            double gx = g.applyAsDouble(x);
            if (gPrev < 0 && gx >= 0) return new BrentSolver(1e-15).solve(200, g::applyAsDouble, prev, x);
            prev = x;
            gPrev = gx;
        }
        return Double.NaN;
    }
}
