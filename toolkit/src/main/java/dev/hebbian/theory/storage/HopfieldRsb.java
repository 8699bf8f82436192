package dev.hebbian.theory.storage;

import org.hipparchus.special.Erf;

import dev.hebbian.numerics.FixedPoint;
import dev.hebbian.numerics.Gauss;
import dev.hebbian.numerics.LogMath;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.PointSolver;
import dev.hebbian.theory.Solution;

/**
 * The P = 2 Hopfield model at 1RSB and T = 0: the beta -&gt; infinity limit of the bipartite 1RSB
 * pressure of arXiv:2111.12997; docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19 (AGS convention, diagonal removed), with
 * Theta = beta*theta, C2 = beta (1 - q2), q1 &lt; 1 (q1 is Crisanti-Amit-Gutfreund's q0):
 *
 * <pre>
 * eps = (1/Theta) E1 ln E2 exp(Theta |m + s1 z1 + s2 z2|) - m^2/2 - (alpha/(2 Theta)) ln(D1/D2) + alpha q1/(2 D1)
 *       - (alpha/2) C2 [q1/D1^2 + (1 - q1)/(D1 D2)] - (alpha/2) Theta [q1 (1 - q1)/D1^2 + (1 - q1)/(D1 D2)] - alpha/2,
 * D2 = 1 - C2, D1 = D2 - Theta (1 - q1), s1^2 = alpha q1 / D1^2, s2^2 = alpha (1 - q1)/(D1 D2).
 * </pre>
 *
 * eps = -(ground-state energy per neuron). Its stationary points solve (with w = m + s1 z1, the
 * tilted average &lt;.&gt; over z2 with weight exp(Theta |w + s2 z2|), t(w) = &lt;sign&gt;):
 * m = E1 t, q1 = E1 t^2, C2 = E1 [2 phi_{s2}(w) / E2 exp(Theta |w + s2 z2|)] and d eps / d Theta = 0
 * (derived here from docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19; the derivative in Theta is analytic, see {@link #terms}).
 * Theta -&gt; 0 gives back the AGS T = 0 energy (tested).
 *
 * <p>Result: the 1RSB capacity is alpha_c = 0.1381865 (m_c = 0.96678, Theta = 36.8), the value of
 * Steffan and Kuehn, Z. Phys. B 95, 249 (1994) (0.138186), who could not confirm the 0.144 of
 * Crisanti, Amit and Gutfreund (1986) quoted in docs/storage.md#eq-storage-21 and #reference-values. Finite T: {@link HopfieldRsbFinite}.
 */
public final class HopfieldRsb {
    private HopfieldRsb() {}

    /**
     * One quadrature pass at (m, q1, Theta, C2): eps, the right-hand sides of the three
     * self-consistency equations, and the partial derivative d eps / d Theta at fixed (m, q1, C2).
     */
    public record Terms(double eps, double mHat, double q1Hat, double c2Hat, double dEpsDTheta) {}

    /** The quadrature rule for E1 at these parameters: composite, refined around the kink w = 0 of width s2. */
    static Gauss rule(double alpha, double m, double q1, double th, double c2) {
        double d2 = 1 - c2, d1 = d2 - th * (1 - q1);
        if (!(d1 > 0 && d2 > 0 && q1 > 0 && q1 < 1)) return Gauss.order(8);
        double s1 = Math.sqrt(alpha * q1) / d1, s = Math.sqrt(alpha * (1 - q1) / (d1 * d2));
        return Gauss.kinked(-m / s1, s / s1);
    }

    /** eps(m, q1, Theta, C2) at load alpha (NaN outside the domain D1, D2 &gt; 0, 0 &lt;= q1 &lt; 1, Theta &gt; 0). */
    public static double epsilon(double alpha, double m, double q1, double th, double c2, Gauss g) {
        double d2 = 1 - c2, d1 = d2 - th * (1 - q1);
        if (!(d1 > 0 && d2 > 0 && q1 >= 0 && q1 < 1 && th > 0)) return Double.NaN;
        double s1 = Math.sqrt(alpha * q1) / d1, s = Math.sqrt(alpha * (1 - q1) / (d1 * d2));
        Gauss rule = s1 > 0 && s / s1 < 0.3 ? Gauss.kinked(-m / s1, s / s1) : g;
        double sum = 0;
        for (int k = 0; k < rule.size(); k++) sum += rule.weight(k) * logZ(m + s1 * rule.node(k), th, s);
        return sum / th - m * m / 2 - alpha / (2 * th) * Math.log(d1 / d2) + alpha * q1 / (2 * d1)
                - alpha / 2 * c2 * (q1 / (d1 * d1) + (1 - q1) / (d1 * d2))
                - alpha / 2 * th * (q1 * (1 - q1) / (d1 * d1) + (1 - q1) / (d1 * d2)) - alpha / 2;
    }

    /** ln E2 exp(Theta |w + s z2|) in closed form. */
    private static double logZ(double w, double th, double s) {
        double base = 0.5 * th * th * s * s;
        double a = th * w + LogMath.logNormalCdf(w / s + th * s);
        double b = -th * w + LogMath.logNormalCdf(-w / s + th * s);
        return base + LogMath.logAddExp(a, b);
    }

    /**
     * All terms in one pass with the rule {@code rule} for z1 (see {@link #rule}); NaN terms outside
     * the domain. d eps/d Theta = -I/Theta^2 + (1/Theta) dI/dTheta + (explicit terms), with I = E1 ln Z,
     * dI/dTheta = E1[Theta s2^2 + w t + s2 kappa + Theta t z1 s1 delta/D1 + Theta (Theta s2 + kappa) s2 delta/(2 D1)],
     * kappa = 2 phi(w/s2)/Z, delta = 1 - q1 (Gaussian integration by parts over z2).
     */
    public static Terms terms(double alpha, double m, double q1, double th, double c2, Gauss rule) {
        double d2 = 1 - c2, delta = 1 - q1, d1 = d2 - th * delta;
        if (!(d1 > 0 && d2 > 0 && q1 >= 0 && q1 < 1 && th > 0))
            return new Terms(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double s1 = Math.sqrt(alpha * q1) / d1, s = Math.sqrt(alpha * delta / (d1 * d2));
        double base = 0.5 * th * th * s * s;
        double sI = 0, sT = 0, sT2 = 0, sC = 0, sD = 0;
        for (int k = 0; k < rule.size(); k++) {
            double z = rule.node(k), wt = rule.weight(k);
            double w = m + s1 * z;
            double xa = w / s + th * s, xb = -w / s + th * s;
            double a = th * w + LogMath.logNormalCdf(xa);
            double b = -th * w + LogMath.logNormalCdf(xb);
            double lse = LogMath.logAddExp(a, b);
            double lnZ = base + lse;
            double t = Math.tanh(0.5 * (a - b));
            // kappa = 2 phi(w/s) / Z
            double kappa = 2 * Math.exp(LogMath.logNormalPdf(w / s) - lnZ);
            sI += wt * lnZ;
            sT += wt * t;
            sT2 += wt * t * t;
            sC += wt * kappa / s;
            sD += wt * (th * s * s + w * t + s * kappa + th * t * z * s1 * delta / d1
                    + th * (th * s + kappa) * s * delta / (2 * d1));
        }
        double eps = sI / th - m * m / 2 - alpha / (2 * th) * Math.log(d1 / d2) + alpha * q1 / (2 * d1)
                - alpha / 2 * c2 * (q1 / (d1 * d1) + delta / (d1 * d2))
                - alpha / 2 * th * (q1 * delta / (d1 * d1) + delta / (d1 * d2)) - alpha / 2;
        double dEps = -sI / (th * th) + sD / th
                + alpha / (2 * th * th) * Math.log(d1 / d2) + alpha * delta / (2 * th * d1)
                + alpha * q1 * delta / (2 * d1 * d1)
                - alpha / 2 * c2 * (2 * q1 * delta / (d1 * d1 * d1) + delta * delta / (d1 * d1 * d2))
                - alpha / 2 * (q1 * delta / (d1 * d1) + delta / (d1 * d2))
                - alpha / 2 * th * (2 * q1 * delta * delta / (d1 * d1 * d1) + delta * delta / (d1 * d1 * d2));
        return new Terms(eps, sT, sT2, sC, dEps);
    }

    /**
     * A T = 0 1RSB stationary point of the retrieval branch: m, q1, Theta = beta theta, C2 = beta (1 - q2)
     * and eps = -(ground-state energy); {@code residual} is the largest of the three self-consistency
     * residuals and |Theta d eps/d Theta|. {@code collapsedToRs}: no Theta-stationary point with q1 &lt; 1 is
     * resolved in double precision (small alpha, where the RSB correction to eps is below 1e-13): the
     * point is then the RS (AGS) one, q1 = 1, Theta = 0.
     */
    public record Point(double alpha, double m, double q1, double theta, double c2, double eps, double residual,
                        int iterations, boolean converged, boolean collapsedToRs) {}

    static final double TOLERANCE = 1e-13;
    /** Damped steps before Newton at fixed Theta: the damped map is attracted by the stable (upper) branch. */
    private static final int NEWTON_AFTER = 30;
    private static final double THETA_MIN = 1, THETA_MAX = 8192;

    /** The inner problem at fixed Theta: (m, q1, C2) = (E1 t, E1 t^2, E1 kappa/s2) by damped iteration then Newton. */
    static FixedPoint.Result inner(double alpha, double th, double[] warm) {
        return FixedPoint.of(x -> {
            Terms t = terms(alpha, x[0], x[1], th, x[2], rule(alpha, x[0], x[1], th, x[2]));
            return new double[] {t.mHat(), t.q1Hat(), t.c2Hat()};
        }).damping(0.5).newtonAfter(NEWTON_AFTER).maxIterations(3000).tolerance(TOLERANCE).allowUnconverged(true)
                .bounds(new double[] {0, 0, -1}, new double[] {1, 1, 1}).named("P=2 1RSB T=0 at fixed Theta").solve(warm);
    }

    /** Theta d eps / d Theta at the inner solution {@code x} (the equation for Theta). */
    static double thetaEquation(double alpha, double th, double[] x) {
        return th * terms(alpha, x[0], x[1], th, x[2], rule(alpha, x[0], x[1], th, x[2])).dEpsDTheta();
    }

    /**
     * The T = 0 1RSB retrieval point at load alpha (0 &lt;= alpha &lt;= alpha_c^1RSB): seeded by AGS and
     * Theta-scanned below alpha = 0.137, followed in m through the fold above it; where no Theta-stationary
     * point stands above rounding (small alpha) the AGS point, flagged {@code collapsedToRs}.
     */
    public static Point retrieval(double alpha) {
        dev.hebbian.Check.nonNegative("alpha", alpha);
        if (alpha > 0.137) return retrievalNearFold(alpha);
        Point p = alpha > 0 ? solve(alpha, seedFromRs(alpha), THETA_MIN, THETA_MAX) : null;
        if (p != null) return p;
        Solution rs = Hopfield.of(alpha).rs(Double.POSITIVE_INFINITY, Branch.RETRIEVAL);
        double c = alpha > 0 ? seedFromRs(alpha)[2] : 0;
        return new Point(alpha, rs.m(), 1, 0, c, -rs.energy(), rs.residual(), rs.iterations(), rs.converged(), true);
    }

    /**
     * The retrieval stationary point at load alpha from the seed (m, q1, C2) = {@code warm}, with Theta
     * searched in [thetaLo, thetaHi] (geometric scan by factors of sqrt 2, then Brent in ln Theta on the first
     * bracket where eps turns from decreasing to increasing: sup over m, and eps minimal = energy maximal in
     * Theta, the Parisi rule). Returns null if the inner problem has no retrieval solution there.
     */
    static Point solve(double alpha, double[] warm, double thetaLo, double thetaHi) {
        double[] x = warm.clone();
        int[] its = {0};
        double prevTh = Double.NaN, prevG = Double.NaN;
        double[] prevX = null;
        for (double th = thetaLo; th <= thetaHi * 1.0000001; th *= SCAN_RATIO) {
            FixedPoint.Result r = inner(alpha, th, x);
            its[0] += r.iterations();
            if (!sameBranch(r, x)) {
                prevG = Double.NaN;
                continue;
            }
            x = r.x();
            double gth = thetaEquation(alpha, th, x);
            if (prevG < -NOISE && gth > NOISE) {
                Point p = refine(alpha, prevTh, th, prevX, its);
                if (p != null) return p;
            }
            prevTh = th;
            prevG = gth;
            prevX = x;
        }
        return null;
    }

    private static final double SCAN_RATIO = Math.sqrt(2);
    /** |Theta d eps/d Theta| below this is rounding noise (seen: 1e-15); a bracket must stand above it. */
    private static final double NOISE = 1e-13;

    /** A converged inner solution on the retrieval branch of {@code from} (no jump to the other side of the fold or to m = 0). */
    private static boolean sameBranch(FixedPoint.Result r, double[] from) {
        return r.converged() && r.x(0) > 0.3 && r.x(2) > 0 && Math.abs(r.x(0) - from[0]) < 0.02;
    }

    private static Point refine(double alpha, double thLo, double thHi, double[] warm, int[] its) {
        double[] last = warm.clone();
        org.hipparchus.analysis.UnivariateFunction g = lnTh -> {
            double th = Math.exp(lnTh);
            FixedPoint.Result r = inner(alpha, th, last);
            its[0] += r.iterations();
            if (!sameBranch(r, last)) throw new IllegalStateException("left the retrieval branch");
            System.arraycopy(r.x(), 0, last, 0, 3);
            return thetaEquation(alpha, th, r.x());
        };
        double lnTh;
        try {
            lnTh = new org.hipparchus.analysis.solvers.BrentSolver(1e-12, 1e-12)
                    .solve(200, g, Math.log(thLo), Math.log(thHi));
        } catch (IllegalStateException e) {
            return null;
        }
        double th = Math.exp(lnTh);
        FixedPoint.Result r = inner(alpha, th, last);
        its[0] += r.iterations();
        double[] x = r.x();
        Terms t = terms(alpha, x[0], x[1], th, x[2], rule(alpha, x[0], x[1], th, x[2]));
        double res = Math.max(r.residual(), Math.abs(th * t.dEpsDTheta()));
        return new Point(alpha, x[0], x[1], th, x[2], t.eps(), res, its[0], r.converged() && res < 1e-10, false);
    }

    /**
     * The T = 0 1RSB maximal capacity of the P = 2 Hopfield model: the fold of the retrieval branch of
     * {@link #retrieval(double)}. The branch is followed in m (not in alpha, which folds): at fixed m the
     * unknowns are (alpha, q1, C2) by Newton and Theta by Brent on d eps/d Theta = 0; alpha(m) is then
     * maximised over m by golden section to {@code tolM} in m (alpha to ~tolM^2).
     */
    public static Point capacity(double tolM) {
        Point start = below();
        java.util.TreeMap<Double, Point> seen = new java.util.TreeMap<>();
        java.util.function.DoubleFunction<Point> at = m -> {
            Point near = seen.isEmpty() ? start : nearest(seen, m);
            Point p = atM(m, near);
            if (p != null) seen.put(m, p);
            return p;
        };
        double dm = 0.002, m = start.m();
        Point prev = start, cur = at.apply(m - dm);
        while (cur != null && cur.alpha() > prev.alpha()) {
            prev = cur;
            m -= dm;
            cur = at.apply(m - dm);
        }
        if (cur == null) throw new IllegalStateException("P = 2 1RSB capacity: lost the retrieval branch at m = " + (m - dm));
        // the maximum of alpha(m) is in [m - dm, m + dm]
        double lo = m - dm, hi = m + dm, gr = (Math.sqrt(5) - 1) / 2;
        double c = hi - gr * (hi - lo), d = lo + gr * (hi - lo);
        Point pc = at.apply(c), pd = at.apply(d);
        while (hi - lo > tolM) {
            if (pc.alpha() > pd.alpha()) {
                hi = d;
                d = c;
                pd = pc;
                c = hi - gr * (hi - lo);
                pc = at.apply(c);
            } else {
                lo = c;
                c = d;
                pc = pd;
                d = lo + gr * (hi - lo);
                pd = at.apply(d);
            }
        }
        return pc.alpha() > pd.alpha() ? pc : pd;
    }

    private static Point nearest(java.util.TreeMap<Double, Point> seen, double m) {
        var lo = seen.floorEntry(m);
        var hi = seen.ceilingEntry(m);
        if (lo == null) return hi.getValue();
        if (hi == null) return lo.getValue();
        return m - lo.getKey() < hi.getKey() - m ? lo.getValue() : hi.getValue();
    }

    /** The inner problem at fixed (m, Theta): (alpha, q1, C2) with E1 t = m, E1 t^2 = q1, E1 kappa/s2 = C2, by Newton. */
    static FixedPoint.Result innerAtM(double m, double th, double[] warm) {
        return FixedPoint.of(x -> {
            Terms t = terms(x[0], m, x[1], th, x[2], rule(x[0], m, x[1], th, x[2]));
            return new double[] {x[0] + m - t.mHat(), t.q1Hat(), t.c2Hat()};
        }).newtonAfter(0).maxIterations(200).tolerance(TOLERANCE).allowUnconverged(true)
                .bounds(new double[] {1e-6, 0, -1}, new double[] {1, 1, 1}).named("P=2 1RSB T=0 at fixed m, Theta").solve(warm);
    }

    /** The Theta-stationary point at fixed m, from the nearby point {@code near}; null if not found. */
    static Point atM(double m, Point near) {
        double[] last = {near.alpha(), near.q1(), near.c2()};
        int[] its = {0};
        org.hipparchus.analysis.UnivariateFunction g = lnTh -> {
            double th = Math.exp(lnTh);
            FixedPoint.Result r = innerAtM(m, th, last);
            its[0] += r.iterations();
            if (!r.converged() || r.x(2) <= 0) throw new IllegalStateException("no solution at m = " + m + ", Theta = " + th);
            System.arraycopy(r.x(), 0, last, 0, 3);
            return th * terms(r.x(0), m, r.x(1), th, r.x(2), rule(r.x(0), m, r.x(1), th, r.x(2))).dEpsDTheta();
        };
        try {
            double l0 = Math.log(near.theta());
            double lnTh = new org.hipparchus.analysis.solvers.BrentSolver(1e-12, 1e-12).solve(200, g, l0 - 0.5, l0 + 0.5, l0);
            double th = Math.exp(lnTh);
            FixedPoint.Result r = innerAtM(m, th, last);
            double[] x = r.x();
            Terms t = terms(x[0], m, x[1], th, x[2], rule(x[0], m, x[1], th, x[2]));
            double res = Math.max(r.residual(), Math.abs(th * t.dEpsDTheta()));
            return new Point(x[0], m, x[1], th, x[2], t.eps(), res, its[0] + r.iterations(), r.converged() && res < 1e-10, false);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The retrieval point at load alpha above the RS fold (alpha in (0.137, alpha_c^1RSB]): the root of
     * alpha(m) = alpha on the upper side of the fold, by bisection in m between m(0.137) and m_c.
     */
    private static Point retrievalNearFold(double alpha) {
        Point top = capacityPoint();
        if (alpha > top.alpha()) throw new dev.hebbian.Check.InvalidParameterException("alpha", alpha,
                String.format("at most %.6f, the 1RSB capacity of P = 2, for the retrieval branch", top.alpha()));
        Point hiP = below();
        double mHi = hiP.m(), mLo = top.m();
        Point near = hiP, best = null;
        for (int i = 0; i < 200 && mHi - mLo > 1e-14; i++) {
            double mid = 0.5 * (mLo + mHi);
            Point p = atM(mid, near);
            if (p == null) throw new IllegalStateException("P = 2 1RSB: lost the retrieval branch at m = " + mid);
            near = p;
            if (p.alpha() > alpha) mLo = mid;
            else {
                mHi = mid;
            }
            best = p;
        }
        return best; // a stationary point at alpha(m) = alpha to ~1e-13
    }

    private static volatile Point capacityPoint;
    private static volatile Point below;

    /** The retrieval point at alpha = 0.137, just below the RS fold: where the continuation in m starts (computed once). */
    private static Point below() {
        Point p = below;
        if (p == null) below = p = solve(0.137, seedFromRs(0.137), THETA_MIN, THETA_MAX);
        return p;
    }

    /** The capacity point (computed once, to 1e-7 in m). */
    public static Point capacityPoint() {
        Point p = capacityPoint;
        if (p == null) capacityPoint = p = capacity(1e-7);
        return p;
    }

    private static double[] seedFromRs(double alpha) {
        Solution rs = Hopfield.of(alpha).rs(Double.POSITIVE_INFINITY, Branch.RETRIEVAL);
        double y = Erf.erfInv(rs.m());
        double k = Math.sqrt(2 / Math.PI) * Math.exp(-y * y) / Math.sqrt(alpha), c = k / (1 + k);
        return new double[] {rs.m(), 1 - 1e-3, c};
    }

    /**
     * The spin-glass (m = 0) 1RSB ground state at load alpha: (q1, C2) at fixed Theta by damped iteration,
     * Theta by the same bracket-and-Brent rule as the retrieval branch, scanned from Theta = 1/16.
     */
    public static Point spinGlass(double alpha) {
        dev.hebbian.Check.positive("alpha", alpha);
        double k = Math.sqrt(2 / (Math.PI * alpha));
        double c0 = k / (1 + k); // the RS (AGS) T = 0 spin-glass C
        double[] x = {0.5, c0};
        int its = 0;
        double prevTh = Double.NaN, prevG = Double.NaN;
        double[] prevX = null;
        for (double th = 1.0 / 16; th <= THETA_MAX; th *= SCAN_RATIO) {
            if (th * (1 - x[0]) >= 0.5 * (1 - x[1])) x[0] = 1 - 0.5 * (1 - x[1]) / th; // keep D1 > 0
            FixedPoint.Result r = innerGlass(alpha, th, x);
            its += r.iterations();
            if (!r.converged() || r.x(1) <= 0) {
                prevG = Double.NaN;
                continue;
            }
            x = r.x();
            double gth = thetaEquation(alpha, th, new double[] {0, x[0], x[1]});
            if (prevG < -NOISE && gth > NOISE) {
                double[] last = prevX.clone();
                int[] count = {its};
                org.hipparchus.analysis.UnivariateFunction g = lnTh -> {
                    double t = Math.exp(lnTh);
                    FixedPoint.Result rr = innerGlass(alpha, t, last);
                    count[0] += rr.iterations();
                    System.arraycopy(rr.x(), 0, last, 0, 2);
                    return thetaEquation(alpha, t, new double[] {0, rr.x(0), rr.x(1)});
                };
                double t = Math.exp(new org.hipparchus.analysis.solvers.BrentSolver(1e-12, 1e-12)
                        .solve(200, g, Math.log(prevTh), Math.log(th)));
                FixedPoint.Result rr = innerGlass(alpha, t, last);
                Terms tt = terms(alpha, 0, rr.x(0), t, rr.x(1), rule(alpha, 0, rr.x(0), t, rr.x(1)));
                double res = Math.max(rr.residual(), Math.abs(t * tt.dEpsDTheta()));
                return new Point(alpha, 0, rr.x(0), t, rr.x(1), tt.eps(), res, count[0] + rr.iterations(),
                        rr.converged() && res < 1e-10, false);
            }
            prevTh = th;
            prevG = gth;
            prevX = x;
        }
        throw new IllegalStateException("P = 2 1RSB spin glass: no Theta-stationary point found at alpha = " + alpha);
    }

    static FixedPoint.Result innerGlass(double alpha, double th, double[] warm) {
        return FixedPoint.of(x -> {
            Terms t = terms(alpha, 0, x[0], th, x[1], rule(alpha, 0, x[0], th, x[1]));
            // outside the domain D1 > 0 the map is undefined: step back towards it instead
            double cMax = 1 - th * (1 - t.q1Hat());
            return new double[] {t.q1Hat(), Math.min(t.c2Hat(), cMax - 0.5 * (cMax - Math.min(x[1], cMax)) - 1e-9)};
        }).damping(0.5).newtonAfter(NEWTON_AFTER).maxIterations(3000).tolerance(TOLERANCE).allowUnconverged(true)
                .bounds(new double[] {0, -1}, new double[] {1, 1}).named("P=2 1RSB T=0 spin glass at fixed Theta").solve(warm);
    }

    /** The T = 0 1RSB model at load alpha as a {@link PointSolver}: retrieval and spin-glass branches. */
    public static PointSolver solver(double alpha) {
        dev.hebbian.Check.nonNegative("alpha", alpha);
        return new AgsPointSolver(alpha, Double.POSITIVE_INFINITY) {
            @Override
            public Solution solve(Branch seed) {
                if (seed == Branch.PARAMAGNET)
                    throw new dev.hebbian.Check.InvalidParameterException("branch", "para", "retrieval or sg at T = 0");
                if (alpha == 0) { // Curie-Weiss: no glassy parameters, 1RSB is RS
                    Solution rs = Hopfield.of(0).rs(Double.POSITIVE_INFINITY, seed);
                    return Solution.of(dev.hebbian.theory.Ansatz.ONE_RSB, rs.branch(), rs.beta(), rs.m(), 1, 1, 0, rs.pressure(),
                            rs.freeEnergy(), rs.energy(), rs.converged(), rs.iterations(), rs.residual(), rs.quadratureError());
                }
                Point p;
                if (seed == Branch.SPIN_GLASS) p = spinGlass(alpha);
                else if (alpha > capacityPoint().alpha()) p = spinGlass(alpha); // no retrieval branch: it lands in the glass
                else p = retrieval(alpha);
                if (!p.converged()) throw new dev.hebbian.numerics.NotConvergedException("P = 2 1RSB T = 0 " + seed.label(),
                        new FixedPoint.Result(new double[] {p.m(), p.q1(), p.theta(), p.c2()}, p.residual(), p.iterations(), false, 1e-10, "scan+brent"));
                return toSolution(p);
            }
        };
    }

    /** As a {@link Solution} (T = 0 convention: q2 = 1, theta holds Theta, freeEnergy = energy = -eps). */
    static Solution toSolution(Point p) {
        double qErr = quadratureError(p);
        return Solution.of(dev.hebbian.theory.Ansatz.ONE_RSB, p.collapsedToRs() ? Branch.classify(p.m(), 1) : Branch.classify(p.m(), p.q1()),
                Double.POSITIVE_INFINITY, p.m(), p.q1(), 1, p.theta(), Double.NaN, -p.eps(), -p.eps(), p.converged(),
                p.iterations(), p.residual(), qErr);
    }

    /** Change of eps when the kink-adapted rule is refined (panels of a quarter of the kink width). */
    static double quadratureError(Point p) {
        if (p.collapsedToRs()) return 0;
        double d2 = 1 - p.c2(), d1 = d2 - p.theta() * (1 - p.q1());
        double s1 = Math.sqrt(p.alpha() * p.q1()) / d1, s = Math.sqrt(p.alpha() * (1 - p.q1()) / (d1 * d2));
        double fine = terms(p.alpha(), p.m(), p.q1(), p.theta(), p.c2(), Gauss.kinked(-p.m() / s1, s / s1 / 4)).eps();
        return Math.abs(fine - p.eps());
    }
}
