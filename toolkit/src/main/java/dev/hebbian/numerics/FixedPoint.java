package dev.hebbian.numerics;

import java.util.Arrays;
import java.util.function.UnaryOperator;


/**
 * Solver of self-consistency equations x = F(x) (arXiv:2111.12997; docs/storage.md#phase-selection): damped
 * iteration x &lt;- (1 - eta) x + eta F(x), switching to Newton's method on G(x) = F(x) - x (finite
 * difference Jacobian, backtracking) when the iteration is slow, as near folds and first-order
 * points. Components may be kept inside a box (e.g. q in [0, 1]).
 *
 * <p>Immutable and reusable: each {@code with...} returns a new solver. An unconverged solve throws
 * {@link NotConvergedException} unless {@link #allowUnconverged(boolean)} was set, in which case the
 * returned {@link Result} says {@code converged = false}.
 */
public final class FixedPoint {
    /** A solution with its diagnostics. {@code residual} is max_i |F(x)_i - x_i|. */
    public record Result(double[] x, double residual, int iterations, boolean converged, double tolerance,
                         String method) {
        public Result {
            x = x.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        public double x(int i) {
            return x[i];
        }

        @Override
        public String toString() {
            return "Result" + Arrays.toString(x) + " residual=" + residual + " iterations=" + iterations
                    + " converged=" + converged + " method=" + method;
        }
    }

    private final UnaryOperator<double[]> map;
    private final double damping;
    private final double tolerance;
    private final int maxIterations;
    private final int newtonAfter;
    private final double[] lower;
    private final double[] upper;
    private final boolean allowUnconverged;
    private final String name;

    private FixedPoint(UnaryOperator<double[]> map, double damping, double tolerance, int maxIterations,
                       int newtonAfter, double[] lower, double[] upper, boolean allowUnconverged, String name) {
        this.map = map;
        this.damping = damping;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.newtonAfter = newtonAfter;
        this.lower = lower;
        this.upper = upper;
        this.allowUnconverged = allowUnconverged;
        this.name = name;
    }

    /** A solver for x = map(x); map must not modify its argument. */
    public static FixedPoint of(UnaryOperator<double[]> map) {
        return new FixedPoint(map, 0.5, 1e-12, 20_000, 200, null, null, false, "fixed point");
    }

    public FixedPoint named(String what) {
        return new FixedPoint(map, damping, tolerance, maxIterations, newtonAfter, lower, upper, allowUnconverged, what);
    }

    /** Damping eta in (0, 1]: 1 is plain iteration. */
    public FixedPoint damping(double eta) {
        dev.hebbian.Check.inClosed("damping", eta, Double.MIN_NORMAL, 1);
        return new FixedPoint(map, eta, tolerance, maxIterations, newtonAfter, lower, upper, allowUnconverged, name);
    }

    public FixedPoint tolerance(double tol) {
        dev.hebbian.Check.positive("tolerance", tol);
        return new FixedPoint(map, damping, tol, maxIterations, newtonAfter, lower, upper, allowUnconverged, name);
    }

    public FixedPoint maxIterations(int n) {
        dev.hebbian.Check.atLeast("maxIterations", n, 1);
        return new FixedPoint(map, damping, tolerance, n, newtonAfter, lower, upper, allowUnconverged, name);
    }

    /** Try Newton steps after this many damped iterations without convergence (0: Newton at once). */
    public FixedPoint newtonAfter(int n) {
        dev.hebbian.Check.atLeast("newtonAfter", n, 0);
        return new FixedPoint(map, damping, tolerance, maxIterations, n, lower, upper, allowUnconverged, name);
    }

    /** Keep each component i inside [lower[i], upper[i]]. */
    public FixedPoint bounds(double[] lo, double[] hi) {
        return new FixedPoint(map, damping, tolerance, maxIterations, newtonAfter, lo.clone(), hi.clone(),
                allowUnconverged, name);
    }

    /** If true, an unconverged solve returns its last iterate (converged = false) instead of throwing. */
    public FixedPoint allowUnconverged(boolean allow) {
        return new FixedPoint(map, damping, tolerance, maxIterations, newtonAfter, lower, upper, allow, name);
    }

    /** Solve from the seed x0. */
    public Result solve(double... x0) {
        int n = x0.length;
        double[] x = clip(x0.clone());
        double[] fx = map.apply(x);
        double res = residual(x, fx);
        int it = 0;
        String method = "damped";
        boolean newtonTried = false;
        while (res > tolerance && it < maxIterations) {
            if (!newtonTried && it >= newtonAfter) {
                newtonTried = true;
                int[] steps = new int[1];
                double[] xn = newton(x, Math.min(100, maxIterations - it), steps);
                if (xn != null) {
                    double[] fn = map.apply(xn);
                    double rn = residual(xn, fn);
                    it += steps[0];
                    if (rn < res) {
                        x = xn;
                        fx = fn;
                        res = rn;
                        method = "damped+newton";
                        continue;
                    }
                }
            }
            for (int i = 0; i < n; i++) x[i] = (1 - damping) * x[i] + damping * fx[i];
            x = clip(x);
            fx = map.apply(x);
            res = residual(x, fx);
            it++;
            if (newtonTried && it % 500 == 0) newtonTried = false; // retry Newton periodically
        }
        Result r = new Result(x, res, it, res <= tolerance, tolerance, method);
        if (!r.converged() && !allowUnconverged) throw new NotConvergedException(name, r);
        return r;
    }

    /** Newton on G(x) = F(x) - x from x; returns the best point found or null if the Jacobian failed. */
    private double[] newton(double[] start, int maxSteps, int[] steps) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = minus(map.apply(x), x);
        double norm = maxAbs(g);
        for (int step = 0; step < maxSteps && norm > tolerance; step++) {
            steps[0]++;
            double[][] jac = new double[n][n];
            for (int j = 0; j < n; j++) {
                double h = 1e-7 * Math.max(1, Math.abs(x[j]));
                double[] xp = x.clone(), xm = x.clone();
                xp[j] += h;
                xm[j] -= h;
                double[] gp = minus(map.apply(xp), xp), gm = minus(map.apply(xm), xm);
                for (int i = 0; i < n; i++) jac[i][j] = (gp[i] - gm[i]) / (2 * h);
            }
            double[] dx = Newton.solve(jac, g);
            if (dx == null) return step == 0 ? null : x;
            double t = 1;
            boolean improved = false;
            for (int ls = 0; ls < 30; ls++, t *= 0.5) {
                double[] xt = new double[n];
                for (int i = 0; i < n; i++) xt[i] = x[i] - t * dx[i];
                xt = clip(xt);
                double[] gt = minus(map.apply(xt), xt);
                double nt = maxAbs(gt);
                if (nt < norm) {
                    x = xt;
                    g = gt;
                    norm = nt;
                    improved = true;
                    break;
                }
            }
            if (!improved) break;
        }
        return x;
    }

    private double[] clip(double[] x) {
        if (lower != null) {
            for (int i = 0; i < x.length; i++) x[i] = Math.max(lower[i], Math.min(upper[i], x[i]));
        }
        return x;
    }

    /** The residual of x = F(x): max_i |F(x)_i - x_i|, infinite if any entry is NaN. */
    public static double residual(double[] x, double[] fx) {
        double r = 0;
        for (int i = 0; i < x.length; i++) {
            double d = Math.abs(fx[i] - x[i]);
            if (Double.isNaN(d)) return Double.POSITIVE_INFINITY;
            r = Math.max(r, d);
        }
        return r;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) c[i] = a[i] - b[i];
        return c;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Double.isNaN(v) ? Double.POSITIVE_INFINITY : Math.abs(v));
        return m;
    }
}
