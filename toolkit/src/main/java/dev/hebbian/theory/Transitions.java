package dev.hebbian.theory;

import java.util.function.DoubleFunction;
import java.util.function.Predicate;

import dev.hebbian.Check;

/**
 * Transition temperatures at fixed load by bisection in T (docs/storage.md; arXiv 2111.12997),
 * from a factory T -&gt; {@link PointSolver}: the retrieval spinodal (highest T at which the
 * retrieval branch exists), the thermodynamic retrieval line (highest T at which retrieval is the
 * physical state), the spin-glass line (highest T at which the m = 0 state is a spin glass: the RS
 * crossing A_SG = A_para, or the 1RSB static transition T_s) and the AT line (T at which the RS
 * retrieval branch becomes unstable, AT quantity = 1). NaN where a line does not exist in the
 * searched range [tMin, tMax] (the AT line: [{@link #AT_FLOOR}, tMax]). One temperature per load: the
 * upper branch of each line; whole curves, with their re-entrant lower branches, are {@link PhaseLine}s.
 */
public final class Transitions {
    private final DoubleFunction<PointSolver> atTemperature;
    private final double tMin;
    private final double tMax;
    private final double tolerance;

    private Transitions(DoubleFunction<PointSolver> atTemperature, double tMin, double tMax, double tolerance) {
        this.atTemperature = atTemperature;
        this.tMin = tMin;
        this.tMax = tMax;
        this.tolerance = tolerance;
    }

    /** Lines of the model given by {@code atTemperature}, searched in T in [tMin, tMax]. */
    public static Transitions of(DoubleFunction<PointSolver> atTemperature, double tMin, double tMax) {
        Check.positive("tMin", tMin);
        Check.positive("tMax", tMax);
        if (tMax <= tMin) throw new Check.InvalidParameterException("tMax", tMax, "> tMin = " + tMin);
        return new Transitions(t -> atTemperature.apply(t).lenient(), tMin, tMax, 1e-7);
    }

    /** Bisection tolerance in T. */
    public Transitions tolerance(double tol) {
        Check.positive("tolerance", tol);
        return new Transitions(atTemperature, tMin, tMax, tol);
    }

    /** Highest T at which the retrieval branch exists (retrieval seed stays at m &gt; 0). */
    public double retrievalSpinodal() {
        // coarse bisection, then Newton on the fold itself when the model offers it
        double coarse = Math.max(tolerance, 1e-3 * (tMax - tMin));
        double[] bracket = new double[2];
        double tc = highest(s -> exists(s.solve(Branch.RETRIEVAL), Branch.RETRIEVAL), coarse, bracket);
        if (!Double.isFinite(tc) || tc >= tMax || coarse <= tolerance) return tc;
        PointSolver lo = atTemperature.apply(bracket[0]);
        Solution near = lo.solve(Branch.RETRIEVAL);
        double fold = exists(near, Branch.RETRIEVAL) ? lo.foldTemperature(near) : Double.NaN;
        if (Double.isFinite(fold) && fold >= bracket[0] - coarse && fold <= bracket[1] + coarse) return fold;
        return highest(s -> exists(s.solve(Branch.RETRIEVAL), Branch.RETRIEVAL));
    }

    /**
     * Highest T at which the retrieval state's A is at least the paramagnet's (the RS
     * retrieval/paramagnet line at finite T, docs/storage.md).
     */
    public double retrievalParamagnet() {
        return highest(s -> {
            Solution r = s.solve(Branch.RETRIEVAL);
            return exists(r, Branch.RETRIEVAL) && s.hasParamagnet() && r.pressure() >= s.solve(Branch.PARAMAGNET).pressure();
        });
    }

    /** A branch counts as existing if the solve landed on it and is converged, or stalled next to a fold. */
    public static boolean exists(Solution s, Branch b) {
        return s.branch() == b && (s.converged() || s.residual() < 1e-8);
    }

    /** Highest T at which retrieval is the physical state (sup over m). */
    public double retrievalThermodynamic() {
        return highest(s -> s.solve().branch() == Branch.RETRIEVAL);
    }

    /** Highest T at which the m = 0 physical state is a spin glass (RS crossing, or 1RSB T_s). */
    public double spinGlass() {
        return highest(s -> s.glassy().branch() == Branch.SPIN_GLASS);
    }

    /**
     * T above which the RS retrieval branch is AT-stable (AT quantity lambda &lt; 1). Below tMin the search
     * goes on in log T down to {@value #AT_FLOOR}: as T -&gt; 0, lambda ~ Lambda0/T (RS instability, docs/storage.md: E sech^4
     * ~ (4/3) p(0)/beta), so the line lies near tMin lambda(tMin), far below tMin where p(0) is small (P = 2:
     * T_AT ~ 1e-3 at alpha = 0.1). NaN if the retrieval branch is AT-stable on [AT_FLOOR, tMax].
     */
    public double atLine() {
        Predicate<PointSolver> unstable = s -> {
            Solution r = s.solve(Branch.RETRIEVAL);
            return exists(r, Branch.RETRIEVAL) && s.atQuantity(r) > 1;
        };
        double t = highest(unstable);
        return Double.isNaN(t) ? atLineBelowTMin(unstable) : t;
    }

    /** Lowest temperature searched by {@link #atLine()} below tMin. */
    public static final double AT_FLOOR = 1e-8;

    private double atLineBelowTMin(Predicate<PointSolver> unstable) {
        PointSolver s = atTemperature.apply(tMin);
        Solution r = s.solve(Branch.RETRIEVAL);
        if (!exists(r, Branch.RETRIEVAL) || tMin <= AT_FLOOR) return Double.NaN;
        double lambda = s.atQuantity(r);
        if (!(lambda > 0 && lambda <= 1)) return Double.NaN; // no AT quantity (or > 1: then tMin would hold)
        // first guess lambda ~ Lambda0/T, then a bracket [lo, hi] (unstable at lo, stable at hi) by factors of 2
        double guess = Math.max(AT_FLOOR, Math.min(tMin, tMin * lambda));
        double lo, hi;
        if (unstable.test(atTemperature.apply(guess))) {
            lo = guess;
            hi = Math.min(tMin, 2 * guess);
            while (hi < tMin && unstable.test(atTemperature.apply(hi))) {
                lo = hi;
                hi = Math.min(tMin, 2 * hi);
            }
        } else {
            hi = guess;
            lo = Math.max(AT_FLOOR, guess / 2);
            while (!unstable.test(atTemperature.apply(lo))) {
                if (lo <= AT_FLOOR) return Double.NaN;
                hi = lo;
                lo = Math.max(AT_FLOOR, lo / 2);
            }
        }
        // bisection in log T to the tolerance, or to 1e-7 relative at these low temperatures
        while (hi - lo > Math.min(tolerance, 1e-7 * lo)) {
            double mid = Math.sqrt(lo * hi);
            if (unstable.test(atTemperature.apply(mid))) lo = mid;
            else hi = mid;
        }
        return Math.sqrt(lo * hi);
    }

    /**
     * The highest T in [tMin, tMax] at which {@code holds} is true: a scan down from tMax in
     * {@value #SCAN} steps finds the first T where it holds, then bisection between that T and the
     * step above. NaN if it holds nowhere on the scan, tMax if it holds there.
     */
    public double highest(Predicate<PointSolver> holds) {
        return highest(holds, tolerance, null);
    }

    private double highest(Predicate<PointSolver> holds, double tol, double[] bracket) {
        return ScanBisection.highest(t -> holds.test(atTemperature.apply(t)), tMin, tMax, SCAN, tol, bracket);
    }

    private static final int SCAN = 16;
}
