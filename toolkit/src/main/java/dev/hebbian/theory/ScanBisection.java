package dev.hebbian.theory;

import java.util.function.DoublePredicate;

/**
 * The highest T in [lo, hi] at which a condition holds, for conditions that hold below a threshold
 * (a region under a transition line): a scan down from hi in a given number of equal steps finds the
 * first T where it holds, then bisection between that T and the step above narrows the threshold to a
 * tolerance. Shared by {@link Transitions} (one T per load) and {@link PhaseLine} (the start of a traced line).
 */
final class ScanBisection {
    private ScanBisection() {}

    /**
     * The threshold: hi if the condition holds at hi; NaN if it holds at none of the scan points
     * (lo included); otherwise the midpoint of the final bracket [below, above] of width at most
     * {@code tol}, which is written to {@code bracket} (if not null) as {below, above}.
     */
    static double highest(DoublePredicate holds, double lo, double hi, int steps, double tol, double[] bracket) {
        if (!(hi > lo)) throw new IllegalArgumentException("need lo < hi, got [" + lo + ", " + hi + "]");
        if (steps < 1) throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        if (holds.test(hi)) return hi;
        double below = Double.NaN, above = hi;
        for (int k = 1; k <= steps; k++) {
            double t = k == steps ? lo : hi - (hi - lo) * k / steps;
            if (holds.test(t)) {
                below = t;
                break;
            }
            above = t;
        }
        if (Double.isNaN(below)) return Double.NaN;
        while (above - below > tol) {
            double mid = 0.5 * (below + above);
            if (holds.test(mid)) below = mid;
            else above = mid;
        }
        if (bracket != null) {
            bracket[0] = below;
            bracket[1] = above;
        }
        return 0.5 * (below + above);
    }
}
