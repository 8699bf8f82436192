package dev.hebbian.theory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.hebbian.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A transition line of an (alpha, T) phase diagram as a curve: points in curve order (not one T per
 * alpha), so that re-entrant lines (a spinodal that returns to its T = 0 capacity after reaching its
 * largest load at finite T) and lines that end on the T = 0 axis are drawn whole.
 *
 * <p>Lines are traced by {@link #trace}: the boundary of a region {@code inside(alpha, T)} (e.g. "the
 * retrieval branch exists", "retrieval is the physical state") is followed by arclength steps in
 * the plane: each step predicts along the local tangent and corrects by bisection along the normal
 * through the predicted point. The trace starts on the upper branch at a given load, runs towards
 * small loads until alpha = 0, and towards large loads around the turning point (if any) down to
 * {@code tStop}; the T = 0 end of the line is then appended from the T = 0 theory (capacity or energy
 * crossing), which the traced points approach as T -&gt; 0.
 */
public record PhaseLine(String name, double[] alpha, double[] temperature) {
    public PhaseLine {
        if (alpha.length != temperature.length) throw new IllegalArgumentException("alpha and T differ in length");
        alpha = alpha.clone();
        temperature = temperature.clone();
    }

    /** Number of points. */
    public int size() {
        return alpha.length;
    }

    /** The last point (the T = 0 end of a line that reaches the T = 0 axis). */
    public double[] end() {
        return new double[] {alpha[size() - 1], temperature[size() - 1]};
    }

    /** The point of largest load (the nose of a re-entrant line). */
    public double[] maxAlpha() {
        int k = 0;
        for (int i = 1; i < size(); i++) if (alpha[i] > alpha[k]) k = i;
        return new double[] {alpha[k], temperature[k]};
    }

    /** The last traced point at T &gt; 0 (before an appended T = 0 end). */
    public double[] lastFinite() {
        for (int i = size() - 1; i >= 0; i--) if (temperature[i] > 0) return new double[] {alpha[i], temperature[i]};
        return new double[] {Double.NaN, Double.NaN};
    }

    /**
     * The temperatures of the line at load {@code a} (one per crossing of the vertical alpha = a, in
     * curve order; two for a re-entrant line between its T = 0 end and its nose), by linear
     * interpolation between points.
     */
    public double[] temperaturesAt(double a) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i + 1 < size(); i++) {
            double a0 = alpha[i], a1 = alpha[i + 1];
            if ((a0 - a) * (a1 - a) <= 0 && a0 != a1) {
                double t = temperature[i] + (temperature[i + 1] - temperature[i]) * (a - a0) / (a1 - a0);
                if (out.isEmpty() || Math.abs(out.get(out.size() - 1) - t) > 1e-12) out.add(t);
            } else if (a0 == a && a1 == a) {
                out.add(temperature[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The highest temperature of the line at load {@code a} (NaN if the line does not reach it). */
    public double upperTemperatureAt(double a) {
        double best = Double.NaN;
        for (double t : temperaturesAt(a)) if (!(t <= best)) best = t;
        return best;
    }

    /** Columns alpha, T, in curve order. */
    public Table table() {
        return Table.create(name, DoubleColumn.create("alpha", alpha), DoubleColumn.create("T", temperature));
    }

    /** Whether a point (alpha, T) lies inside the region whose boundary is traced. */
    @FunctionalInterface
    public interface Region {
        boolean inside(double alpha, double t);
    }

    /** Tracing parameters: step (in the plane, T and alpha unscaled), bisection tolerance, lowest traced T, largest load. */
    public record Options(double step, double tolerance, double tStop, double alphaMax, int maxPoints) {
        public Options {
            Check.positive("step", step);
            Check.positive("tolerance", tolerance);
            Check.positive("tStop", tStop);
            Check.positive("alphaMax", alphaMax);
        }

        /** Defaults: step 0.01, tolerance 1e-5, tStop 0.01, alphaMax 2, at most 2000 points. */
        public static Options defaults() {
            return new Options(0.01, 1e-5, 0.01, 2, 2000);
        }

        public Options step(double s) {
            return new Options(s, tolerance, tStop, alphaMax, maxPoints);
        }

        public Options tolerance(double t) {
            return new Options(step, t, tStop, alphaMax, maxPoints);
        }

        public Options tStop(double t) {
            return new Options(step, tolerance, t, alphaMax, maxPoints);
        }

        public Options alphaMax(double a) {
            return new Options(step, tolerance, tStop, a, maxPoints);
        }
    }

    /**
     * Trace the boundary of {@code region}, whose inside lies below the boundary at the start load
     * {@code alpha0} (searched in T in [tStop, tTop] by bisection), in both directions: towards
     * alpha = 0 (ending at the boundary's temperature at alpha = 0) and towards larger loads, around a
     * turning point, until T falls below {@code tStop}, where {@code zeroTemperatureEnd} (the load at
     * which the line meets T = 0, or NaN for none) is appended as the point (zeroTemperatureEnd, 0).
     * Throws if the boundary is not found at alpha0.
     */
    public static PhaseLine trace(String name, Region region, double alpha0, double tTop, double zeroTemperatureEnd,
                                  Options o) {
        double t0 = highestInside(region, alpha0, o.tStop(), tTop, o.tolerance());
        if (Double.isNaN(t0)) throw new IllegalStateException(name + ": no boundary at alpha = " + alpha0 + " in T in [" + o.tStop() + ", " + tTop + "]");
        List<double[]> back = follow(region, new double[] {alpha0, t0}, -1, tTop, o);
        List<double[]> fwd = follow(region, new double[] {alpha0, t0}, +1, tTop, o);
        List<double[]> pts = new ArrayList<>(back);
        Collections.reverse(pts);
        pts.add(new double[] {alpha0, t0});
        pts.addAll(fwd);
        // the alpha = 0 end: the boundary on the T axis
        double[] first = pts.get(0);
        if (first[0] > 0 && first[0] < 2 * o.step()) {
            double tz = highestInside(region, 0, o.tStop(), tTop, o.tolerance());
            if (Double.isFinite(tz)) pts.add(0, new double[] {0, tz});
        }
        return close(name, pts, zeroTemperatureEnd, o);
    }

    /**
     * A line that follows {@code head} up to load {@code alpha0} and from there traces the boundary of
     * {@code region} towards larger loads (around a turning point, if any, down to {@code tStop}),
     * closed at T = 0 by {@code zeroTemperatureEnd} as in {@link #trace}. For a region that contains
     * the one bounded by {@code head} and shares its boundary up to alpha0 (the 1RSB retrieval region,
     * which contains the RS one and coincides with it where RS retrieval is stable): only the part
     * where the two differ is traced. The kept part of head is its points before its first turn with
     * load below alpha0; alpha0 must lie on that part. Throws if the boundary is not found at alpha0.
     */
    public static PhaseLine extend(String name, PhaseLine head, double alpha0, Region region, double tTop,
                                   double zeroTemperatureEnd, Options o) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < head.size() && head.alpha[i] < alpha0; i++) {
            if (i > 0 && head.alpha[i] < head.alpha[i - 1]) break;
            pts.add(new double[] {head.alpha[i], head.temperature[i]});
        }
        if (pts.isEmpty() || head.maxAlpha()[0] <= alpha0)
            throw new IllegalArgumentException("alpha0 = " + alpha0 + " is not on the rising part of " + head.name()
                    + " (loads up to " + head.maxAlpha()[0] + ")");
        // the boundary at alpha0 near head's (a region test can be costly: no scan of the whole T range unless needed)
        double tHead = head.upperTemperatureAt(alpha0), w = 4 * o.step();
        double lo = Math.max(o.tStop(), tHead - w), hi = Math.min(tTop, tHead + w);
        double t0 = lo < hi ? highestInside(region, alpha0, lo, hi, 8, o.tolerance()) : Double.NaN;
        if (!(t0 < hi)) t0 = highestInside(region, alpha0, o.tStop(), tTop, o.tolerance());
        if (Double.isNaN(t0)) throw new IllegalStateException(name + ": no boundary at alpha = " + alpha0 + " in T in [" + o.tStop() + ", " + tTop + "]");
        pts.add(new double[] {alpha0, t0});
        // start along head's direction there (the line may be steep: a horizontal first guess would miss it)
        double[] prev = pts.get(pts.size() - 2);
        double dx = alpha0 - prev[0], dy = t0 - prev[1], len = Math.hypot(dx, dy);
        double[] tan0 = len > 0 && dx > 0 ? new double[] {dx / len, dy / len} : new double[] {1, 0};
        pts.addAll(follow(region, new double[] {alpha0, t0}, tan0, +1, tTop, o));
        return close(name, pts, zeroTemperatureEnd, o);
    }

    private static PhaseLine close(String name, List<double[]> pts, double zeroTemperatureEnd, Options o) {
        double[] last = pts.get(pts.size() - 1);
        if (Double.isFinite(zeroTemperatureEnd) && last[1] <= 2 * o.tStop()) pts.add(new double[] {zeroTemperatureEnd, 0});
        double[] a = new double[pts.size()], t = new double[pts.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = pts.get(i)[0];
            t[i] = pts.get(i)[1];
        }
        return new PhaseLine(name, a, t);
    }

    /** The highest T in [tLo, tHi] inside the region at load a (scan down in 40 steps, then bisection); NaN if none. */
    static double highestInside(Region region, double a, double tLo, double tHi, double tol) {
        return highestInside(region, a, tLo, tHi, 40, tol);
    }

    private static double highestInside(Region region, double a, double tLo, double tHi, int steps, double tol) {
        return ScanBisection.highest(t -> region.inside(a, t), tLo, tHi, steps, tol, null);
    }

    /**
     * Follow the boundary from x0 in direction {@code dir} (+1: alpha increasing at the start, the inside
     * on the right of the direction of travel; -1: decreasing, inside on the left).
     */
    private static List<double[]> follow(Region region, double[] x0, int dir, double tTop, Options o) {
        return follow(region, x0, new double[] {dir, 0}, dir, tTop, o);
    }

    /** As above from the unit tangent tan0 (pointing in the direction of travel). */
    private static List<double[]> follow(Region region, double[] x0, double[] tan0, int dir, double tTop, Options o) {
        List<double[]> out = new ArrayList<>();
        double[] x = x0.clone();
        double[] tan = tan0.clone();
        double ds = o.step();
        double minStep = o.step() / 64;
        while (out.size() < o.maxPoints()) {
            // inward normal: the tangent turned by -90 degrees (dir = +1) or +90 degrees (dir = -1)
            double[] n = dir > 0 ? new double[] {tan[1], -tan[0]} : new double[] {-tan[1], tan[0]};
            double[] p = {x[0] + ds * tan[0], x[1] + ds * tan[1]};
            double[] found = p[0] < 0 ? null : correct(region, p, n, ds, o);
            if (found == null) {
                if (p[0] < 0 && dir < 0 || x[0] <= 0) break; // reached alpha = 0
                ds /= 2;
                if (ds < minStep) break;
                continue;
            }
            if (found[1] < o.tStop() && x[1] > 1.5 * o.tStop() && tan[1] < 0 && ds > minStep) {
                ds = Math.min(ds / 2, (x[1] - o.tStop()) / -tan[1]); // land near tStop
                continue;
            }
            if (found[1] < o.tStop() || found[0] < 0) break;
            if (found[0] > o.alphaMax() || found[1] > tTop) break;
            double dx = found[0] - x[0], dy = found[1] - x[1], len = Math.hypot(dx, dy);
            if (len < 1e-12) break;
            double[] newTan = {dx / len, dy / len};
            // a reversal of direction means the correction jumped to another piece of boundary
            if (newTan[0] * tan[0] + newTan[1] * tan[1] < -0.2) {
                ds /= 2;
                if (ds < minStep) break;
                continue;
            }
            tan = newTan;
            x = found;
            out.add(found);
            ds = Math.min(o.step(), ds * 1.5);
        }
        return out;
    }

    /**
     * The boundary on the normal line through p: bisection between a point inside (p + s n, s &gt; 0)
     * and one outside; the bracket half-width grows from ds/2 to 2 ds. Null if no bracket.
     */
    private static double[] correct(Region region, double[] p, double[] n, double ds, Options o) {
        for (double w = ds / 2; w <= 2 * ds; w *= 2) {
            double[] in = {p[0] + w * n[0], p[1] + w * n[1]}, out = {p[0] - w * n[0], p[1] - w * n[1]};
            if (in[0] < 0 || out[0] < 0 || in[1] <= 0 || out[1] <= 0) continue;
            if (!region.inside(in[0], in[1]) || region.inside(out[0], out[1])) continue;
            double lo = w, hi = -w; // lo inside, hi outside, as coordinates s along n
            while (Math.abs(hi - lo) > o.tolerance()) {
                double mid = 0.5 * (lo + hi);
                if (region.inside(p[0] + mid * n[0], p[1] + mid * n[1])) lo = mid;
                else hi = mid;
            }
            double s = 0.5 * (lo + hi);
            return new double[] {p[0] + s * n[0], p[1] + s * n[1]};
        }
        return null;
    }
}
