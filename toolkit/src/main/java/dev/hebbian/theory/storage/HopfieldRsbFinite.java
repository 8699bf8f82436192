package dev.hebbian.theory.storage;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.analysis.solvers.BrentSolver;

import dev.hebbian.Check;
import dev.hebbian.numerics.FixedPoint;
import dev.hebbian.numerics.Gauss;
import dev.hebbian.numerics.LogMath;
import dev.hebbian.numerics.NotConvergedException;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.PointSolver;
import dev.hebbian.theory.Solution;

/**
 * The P = 2 Hopfield model at 1RSB and finite temperature: the bipartite pressure of
 * arXiv:2111.12997; docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19 in the AGS convention (diagonal removed),
 *
 * <pre>
 * A = ln 2 + (1/theta) E1 ln E2 cosh^theta(beta m + z1 sqrt(alpha beta p1) + z2 sqrt(alpha beta (p2 - p1))) - beta m^2/2
 *     - (alpha/2) ln D2 - (alpha/(2 theta)) ln(D1/D2) + alpha beta q1/(2 D1) - (alpha beta/2)[p2 (1 - q2) + theta (q2 p2 - q1 p1)] - alpha beta/2,
 * D2 = 1 - beta (1 - q2), D1 = D2 - theta beta (q2 - q1), p1 = beta q1/D1^2, p2 = p1 + beta (q2 - q1)/(D1 D2),
 * </pre>
 *
 * stationary in (m, q1, q2) (m = E1 &lt;tanh&gt;, q2 = E1 &lt;tanh^2&gt;, q1 = E1 &lt;tanh&gt;^2, averages
 * over z2 with weight cosh^theta) and in theta (dA/dtheta = 0, the minimum of A over theta: sup over m,
 * inf over the glassy parameters, docs/storage.md#phase-selection). Where no such theta exists the RS (AGS) point is returned
 * (1RSB collapses to RS). The T = 0 limit is {@link HopfieldRsb} (tested to agree).
 *
 * <p>On the spin-glass branch (m = 0) two families of fixed points are followed along theta: q1 = 0 (exact by
 * symmetry) and q1 &gt; 0. Below T_g = 1 + sqrt(alpha) the q1 &gt; 0 one has the lower A, as for SK truncated at
 * one step (q0 &gt; 0 near T_c and at T = 0, docs/spin-glass.md#eq-spin-glass-6); near T_g, q2 ~ tau = 1 - T/T_g, q1/q2 ~ 0.4,
 * theta ~ tau sqrt(alpha) and A_1RSB - A_RS ~ tau^5.
 */
public final class HopfieldRsbFinite {
    private static final double LN2 = Math.log(2);
    /** Below T = 1/LOW_T_BETA the 1RSB branches are continued from their T = 0 solutions ({@link HopfieldRsb}). */
    private static final double LOW_T_BETA = 4;
    /**
     * Above this width a of a Gaussian field (z1 or z2) the ln cosh kink is resolved by panels instead of plain
     * Gauss-Hermite: with 4 the 64 x 48 tensor rule aliased at beta = 3-5 (errors up to 1e-3 in q2) and produced
     * spurious 1RSB fixed points; at a = 1.2-1.5 its error is still 1e-8 in q2 (checked against 300 x 300 Gauss-Hermite).
     */
    private static final double KINK = 1;
    private static final double[] THETA_SCAN = {0.98, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.12, 0.06, 0.03};
    /** The spin glass near T_g has theta ~ tau sqrt(alpha): its scan goes further down. */
    private static final double[] SG_THETA_SCAN = {0.98, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.12, 0.06, 0.03, 0.015, 0.008, 0.004, 0.002, 0.001};
    private final double alpha;
    private final double beta;
    private final Gauss g1;
    private final Gauss g2;
    private final boolean lenient;

    private HopfieldRsbFinite(double alpha, double beta, int outer, int inner, boolean lenient) {
        this.alpha = alpha;
        this.beta = beta;
        this.g1 = Gauss.order(outer);
        this.g2 = Gauss.order(inner);
        this.lenient = lenient;
    }

    /** The model at load alpha and finite inverse temperature beta, Gauss-Hermite 64 x 48 (kink-adapted at low T). */
    public static HopfieldRsbFinite of(double alpha, double beta) {
        Check.nonNegative("alpha", alpha);
        Check.positive("beta", beta);
        if (Double.isInfinite(beta)) throw new Check.InvalidParameterException("beta", beta, "finite (T = 0 is HopfieldRsb)");
        return new HopfieldRsbFinite(alpha, beta, 64, 48, false);
    }

    /** The same model with the given quadrature orders (outer z1, inner z2). */
    public HopfieldRsbFinite orders(int outer, int inner) {
        return new HopfieldRsbFinite(alpha, beta, outer, inner, lenient);
    }

    /** A and the right-hand sides (m, q1, q2) of the self-consistency map at (m, q1, q2, theta); NaN outside the domain. */
    public record Eval(double pressure, double m, double q1, double q2) {}

    /** One nested quadrature pass (log-domain cosh^theta weights, docs/storage.md#eq-storage-14). */
    public Eval eval(double m, double q1, double q2, double theta) {
        double d2 = 1 - beta * (1 - q2), d1 = d2 - theta * beta * (q2 - q1);
        if (!(d1 > 0 && d2 > 0 && q1 >= 0 && q2 >= q1 && q2 <= 1 && theta > 0 && theta <= 1))
            return new Eval(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double p1 = beta * q1 / (d1 * d1), p2 = p1 + beta * (q2 - q1) / (d1 * d2);
        double a1 = Math.sqrt(alpha * beta * p1), a2 = Math.sqrt(alpha * beta * (p2 - p1));
        double h = beta * m;
        double refine = g1.size() / 64.0; // the doubled rule of the quadrature-error estimate also halves the kink panels
        Gauss outer = a1 > KINK ? Gauss.kinked(-h / a1, Math.max(a2, 1) / a1 / refine) : g1;
        double sumL = 0, sm = 0, sq1 = 0, sq2 = 0;
        double[] lw = new double[Math.max(g2.size(), 512)];
        for (int i = 0; i < outer.size(); i++) {
            double u0 = h + a1 * outer.node(i);
            Gauss inner = a2 > KINK ? Gauss.kinked(-u0 / a2, 1 / a2 / refine) : g2;
            int n = inner.size();
            if (lw.length < n) lw = new double[n];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                double u = u0 + a2 * inner.node(k);
                lw[k] = Math.log(inner.weight(k)) + theta * LogMath.logCosh(u);
                if (lw[k] > max) max = lw[k];
            }
            double z = 0, t1 = 0, t2 = 0;
            for (int k = 0; k < n; k++) {
                double w = Math.exp(lw[k] - max);
                double t = Math.tanh(u0 + a2 * inner.node(k));
                z += w;
                t1 += w * t;
                t2 += w * t * t;
            }
            t1 /= z;
            t2 /= z;
            double wo = outer.weight(i);
            sumL += wo * (max + Math.log(z));
            sm += wo * t1;
            sq1 += wo * t1 * t1;
            sq2 += wo * t2;
        }
        double a = LN2 + sumL / theta - beta * m * m / 2 - alpha / 2 * Math.log(d2) - alpha / (2 * theta) * Math.log(d1 / d2)
                + alpha * beta * q1 / (2 * d1) - alpha * beta / 2 * (p2 * (1 - q2) + theta * (q2 * p2 - q1 * p1)) - alpha * beta / 2;
        return new Eval(a, sm, sq1, sq2);
    }

    /** dA/dtheta at fixed (m, q1, q2) by a fourth-order central difference. */
    double dTheta(double m, double q1, double q2, double theta) {
        // A is smooth in theta on the scale of theta itself (Theta = beta theta at low T): a relative step of 1e-2 keeps the
        // rounding noise ~1e-13/h small (near T_g the whole 1RSB gain in A is 1e-9 and dA/dtheta ~1e-8)
        double h = 1e-2 * Math.min(theta, 1 - theta + 1e-3);
        double f1 = eval(m, q1, q2, theta + h).pressure(), f_1 = eval(m, q1, q2, theta - h).pressure();
        double f2 = eval(m, q1, q2, theta + 2 * h).pressure(), f_2 = eval(m, q1, q2, theta - 2 * h).pressure();
        return (8 * (f1 - f_1) - (f2 - f_2)) / (12 * h);
    }

    private record Fixed(double theta, double[] x, double dA, FixedPoint.Result r) {}

    /**
     * (m, q1, q2) at fixed theta (m = 0 on the spin-glass branch). With zeroQ1 (spin glass only) q1 = 0 is held
     * exactly: at m = 0 the outer field vanishes and q1 = 0 solves its equation for every theta (docs/storage.md#eq-storage-10).
     */
    private Fixed fixed(boolean retr, boolean zeroQ1, double theta, double[] warm) {
        warm = warm.clone();
        int iq1 = retr ? 1 : 0, iq2 = retr ? 2 : 1;
        if (zeroQ1) warm[iq1] = 0;
        double d2 = 1 - beta * (1 - warm[iq2]);
        if (d2 > 0 && theta * beta * (warm[iq2] - warm[iq1]) >= 0.5 * d2) warm[iq1] = warm[iq2] - 0.5 * d2 / (theta * beta); // keep D1 > 0
        if (zeroQ1 && warm[iq1] != 0) warm[iq2] = 0.5 * d2 / (theta * beta);
        FixedPoint fp = retr
                ? FixedPoint.of(x -> {
                    Eval e = eval(x[0], x[1], x[2], theta);
                    return new double[] {e.m(), e.q1(), e.q2()};
                }).bounds(new double[] {0, 0, 0}, new double[] {1, 1, 1})
                : zeroQ1
                ? FixedPoint.of(x -> new double[] {eval(0, 0, x[0], theta).q2()}).bounds(new double[] {0}, new double[] {1})
                : FixedPoint.of(x -> {
                    Eval e = eval(0, x[0], x[1], theta);
                    return new double[] {e.q1(), e.q2()};
                }).bounds(new double[] {0, 0}, new double[] {1, 1});
        double[] start = zeroQ1 ? new double[] {warm[1]} : warm;
        fp = fp.damping(0.5).maxIterations(2000).tolerance(1e-12).allowUnconverged(true).named("P=2 1RSB at fixed theta");
        FixedPoint.Result r = fp.newtonAfter(40).solve(start);
        // spin glass at low T and small alpha: the damped map is expanding (leaves the domain D1 > 0 or wanders): Newton at once
        if (!r.converged() && !retr) r = fp.newtonAfter(0).solve(start);
        if (!r.converged()) return null;
        double[] y = zeroQ1 ? new double[] {0, r.x(0)} : r.x();
        double[] x = retr ? y : new double[] {0, y[0], y[1]};
        if (x[2] - x[1] < 1e-7) return null; // q1 = q2: the RS point, not a 1RSB one
        return new Fixed(theta, y, dTheta(x[0], x[1], x[2], theta), r);
    }

    /** On the spin-glass branch the q1 = 0 family and the q1 &gt; 0 family are different curves in theta; never bracket across them. */
    private static boolean sameFamily(boolean retr, Fixed a, Fixed b) {
        return retr || (a.x()[0] < 1e-9) == (b.x()[0] < 1e-9);
    }

    /**
     * The 1RSB candidate from one seed: the theta where dA/dtheta turns from - to + (a minimum of A along the
     * stationary curve of that family), polished by Newton in all the parameters, or null.
     */
    private Solution candidate(boolean retr, boolean zeroQ1, double[] seed, double[] thetas) {
        return candidate(retr, zeroQ1, seed, thetas, new ArrayList<>());
    }

    /** As above; seen collects the first scanned point of each seed, and a seed landing on a seen one is skipped (same scan). */
    private Solution candidate(boolean retr, boolean zeroQ1, double[] seed, double[] thetas, List<double[]> seen) {
        List<Fixed> scan = new ArrayList<>();
        double[] warm = seed.clone();
        int its = 0;
        for (double th : thetas) {
            Fixed f = fixed(retr, zeroQ1, th, warm);
            if (f == null) continue;
            if (retr && f.x()[0] < 1e-3) continue; // fell off the retrieval branch
            if (scan.isEmpty()) {
                for (double[] o : seen) if (FixedPoint.residual(o, f.x()) < 1e-8) return null;
                seen.add(f.x());
            }
            scan.add(f);
            its += f.r().iterations();
            warm = f.x();
        }
        for (int i = 0; i < scan.size(); i++) {
            Fixed hi = scan.get(i), lo = i + 1 < scan.size() ? scan.get(i + 1) : null;
            if (hi.dA() > 0 && (lo == null || !sameFamily(retr, lo, hi))) {
                // the family ends (q1 > 0 merging into q1 = 0 at small theta) with dA/dtheta still > 0: Newton from its last point
                Solution s = polish(retr, zeroQ1, solution(retr, hi, its));
                if (s.converged() && s.theta() < hi.theta() && (retr || (s.q1() < 1e-9) == (hi.x()[0] < 1e-9))) return s;
            }
        }
        for (int i = 0; i + 1 < scan.size(); i++) {
            Fixed hi = scan.get(i), lo = scan.get(i + 1);
            if (lo.dA() < 0 && hi.dA() > 0 && sameFamily(retr, lo, hi)) {
                // Newton in all the parameters from the secant point of the bracket (cheaper than Brent over fixed points)
                double frac = -lo.dA() / (hi.dA() - lo.dA());
                double[] xi = new double[lo.x().length];
                for (int k = 0; k < xi.length; k++) xi[k] = lo.x()[k] + frac * (hi.x()[k] - lo.x()[k]);
                Solution guess = solution(retr, new Fixed(lo.theta() + frac * (hi.theta() - lo.theta()), xi, 0, null), its);
                if (!Double.isNaN(guess.pressure())) {
                    Solution s = polish(retr, zeroQ1, guess);
                    if (s.converged() && s.theta() > lo.theta() / 2 && s.theta() < 2 * hi.theta()
                            && (retr || (s.q1() < 1e-9) == (lo.x()[0] < 1e-9))) return s;
                }
                double[][] w = {lo.x()};
                int[] count = {its};
                Fixed[] last = {null};
                double th;
                try {
                    th = new BrentSolver(1e-12, 1e-12).solve(100, t -> {
                        Fixed f = fixed(retr, zeroQ1, t, w[0]);
                        if (f == null || retr && f.x()[0] < 1e-3 || !sameFamily(retr, f, lo)) throw new IllegalStateException("lost the branch");
                        count[0] += f.r().iterations();
                        w[0] = f.x();
                        last[0] = f;
                        return f.dA();
                    }, lo.theta(), hi.theta());
                } catch (RuntimeException e) {
                    continue;
                }
                Fixed sol = last[0] != null && last[0].theta() == th ? last[0] : fixed(retr, zeroQ1, th, w[0]);
                if (sol == null || !sameFamily(retr, sol, lo)) continue;
                Solution s = polish(retr, zeroQ1, solution(retr, sol, count[0]));
                if (s.converged() || i + 2 >= scan.size()) return s;
            }
        }
        return null;
    }

    /** Residuals of the stationarity equations in the unknowns y = (m?, q1?, q2, theta) of a family. */
    private double[] stationarity(boolean retr, boolean zeroQ1, double[] y) {
        double m = retr ? y[0] : 0, q1 = retr ? y[1] : zeroQ1 ? 0 : y[0], q2 = y[y.length - 2], th = y[y.length - 1];
        Eval e = eval(m, q1, q2, th);
        double dA = th * dTheta(m, q1, q2, th) / beta;
        return retr ? new double[] {e.m() - m, e.q1() - q1, e.q2() - q2, dA}
                : zeroQ1 ? new double[] {e.q2() - q2, dA} : new double[] {e.q1() - q1, e.q2() - q2, dA};
    }

    private static double maxAbs(double[] r) {
        double s = 0;
        for (double v : r) s = Double.isNaN(v) ? Double.POSITIVE_INFINITY : Math.max(s, Math.abs(v));
        return s;
    }

    /**
     * Newton on all the stationarity equations at once (finite-difference Jacobian) from a scan+Brent point: the
     * theta equation is flat (A varies by ~1e-6 along theta near T_g), so alternating theta and (m, q1, q2) can
     * stall short of the tolerance. Returns the input when Newton does not improve it.
     */
    private Solution polish(boolean retr, boolean zeroQ1, Solution s) {
        if (s.residual() < 1e-11) return s;
        double[] y = retr ? new double[] {s.m(), s.q1(), s.q2(), s.theta()}
                : zeroQ1 ? new double[] {s.q2(), s.theta()} : new double[] {s.q1(), s.q2(), s.theta()};
        int n = y.length, its = s.iterations();
        double[] r = stationarity(retr, zeroQ1, y);
        for (int step = 0; step < 30 && maxAbs(r) > 1e-12; step++) {
            double[][] jac = new double[n][n];
            for (int j = 0; j < n; j++) {
                double h = j == n - 1 ? 0.02 * Math.min(y[j], 1 - y[j] + 1e-3) // theta: nested differences, see dTheta
                        : Math.min(1e-3 * Math.max(Math.abs(y[j]), 1e-2), 0.5 * Math.abs(y[j]));
                double[] yp = y.clone(), ym = y.clone();
                yp[j] += h;
                ym[j] -= h;
                double[] rp = stationarity(retr, zeroQ1, yp), rm = stationarity(retr, zeroQ1, ym);
                for (int i = 0; i < n; i++) jac[i][j] = (rp[i] - rm[i]) / (2 * h);
            }
            double[] dy = dev.hebbian.numerics.Newton.solve(jac, r);
            if (dy == null) break;
            double lambda = 1;
            double[] next = null, rn = null;
            for (int k = 0; k < 20; k++, lambda /= 2) {
                double[] cand = y.clone();
                for (int i = 0; i < n; i++) cand[i] -= lambda * dy[i];
                double[] rc = stationarity(retr, zeroQ1, cand);
                if (maxAbs(rc) < maxAbs(r)) {
                    next = cand;
                    rn = rc;
                    break;
                }
            }
            if (next == null) break;
            y = next;
            r = rn;
            its++;
        }
        double[] x = retr ? new double[] {y[0], y[1], y[2]} : new double[] {0, zeroQ1 ? 0 : y[0], y[n - 2]};
        if (x[2] - x[1] < 1e-7 || (retr && x[0] < 1e-3)) return s;
        double[] fx = retr ? x : new double[] {x[1], x[2]};
        Solution p = solution(retr, new Fixed(y[n - 1], fx, 0, null), its);
        return p.residual() < s.residual() ? p : s;
    }

    private Solution solution(boolean retr, Fixed f, int its) {
        double[] x = retr ? f.x() : new double[] {0, f.x()[0], f.x()[1]};
        Eval e = eval(x[0], x[1], x[2], f.theta());
        // theta equation as theta dA/dtheta / beta (the T = 0 Theta d eps/d Theta), so that it does not scale with beta
        double res = Math.max(FixedPoint.residual(x, new double[] {e.m(), e.q1(), e.q2()}), Math.abs(f.theta() * dTheta(x[0], x[1], x[2], f.theta())) / beta);
        double a2 = orders(2 * g1.size(), 2 * g2.size()).eval(x[0], x[1], x[2], f.theta()).pressure();
        double hb = 1e-5 * beta;
        HopfieldRsbFinite up = new HopfieldRsbFinite(alpha, beta + hb, g1.size(), g2.size(), lenient);
        HopfieldRsbFinite dn = new HopfieldRsbFinite(alpha, beta - hb, g1.size(), g2.size(), lenient);
        double u = -(up.eval(x[0], x[1], x[2], f.theta()).pressure() - dn.eval(x[0], x[1], x[2], f.theta()).pressure()) / (2 * hb);
        return Solution.of(Ansatz.ONE_RSB, Branch.classify(x[0], x[2]), beta, x[0], x[1], x[2], f.theta(), e.pressure(),
                -e.pressure() / beta, u, res < 1e-9, its, res, Math.abs(a2 - e.pressure()));
    }

    /** The RS (AGS) point written as a 1RSB one (q1 = q2, theta = 1). */
    private Solution rsAsRsb(Branch seed) {
        return Hopfield.of(alpha).solver(beta).lenient().solve(seed).as(Ansatz.ONE_RSB);
    }

    /** The stationary point from the seed of a branch: the smallest A among RS and the 1RSB candidates on that branch. */
    public Solution solve(Branch seed) {
        Solution rs = rsAsRsb(seed);
        if (seed == Branch.PARAMAGNET || alpha == 0) return rs; // alpha = 0 (Curie-Weiss): 1RSB is RS
        boolean retr = seed == Branch.RETRIEVAL;
        List<Solution> cands = new ArrayList<>();
        cands.add(rs);
        double q = Math.max(rs.q(), 0.5);
        double[][] seeds = retr ? new double[][] {{Math.max(rs.m(), 0.9), 0.9 * q, q}, {1, 0.5, 1}}
                : new double[][] {{0.5 * q, q}, {0.1, Math.max(q, 0.5)}};
        if (beta < LOW_T_BETA || alpha == 0) {
            List<double[]> seen = new ArrayList<>();
            for (double[] s : seeds) {
                Solution c = candidate(retr, false, s, retr ? THETA_SCAN : SG_THETA_SCAN, seen);
                if (c != null && c.branch() == rs.branch()) cands.add(c);
            }
            if (!retr) { // the q1 = 0 family (m = 0 symmetry), tracked on its own
                Solution c = candidate(false, true, new double[] {0, q}, SG_THETA_SCAN);
                if (c != null && c.branch() == rs.branch()) cands.add(c);
            }
        } else {
            // low T: continue the T = 0 solution (Theta = beta theta, C2 = beta (1 - q2)) to this beta
            HopfieldRsb.Point p0 = null;
            try {
                p0 = retr ? (alpha <= HopfieldRsb.capacityPoint().alpha() ? HopfieldRsb.retrieval(alpha) : null) : HopfieldRsb.spinGlass(alpha);
            } catch (RuntimeException noZeroTemperatureSolution) {
                // no T = 0 seed
            }
            if (p0 != null && !p0.collapsedToRs()) {
                double q2 = 1 - p0.c2() / beta, th0 = p0.theta() / beta;
                double[] s = retr ? new double[] {p0.m(), p0.q1(), q2} : new double[] {p0.q1(), q2};
                List<Double> ths = new ArrayList<>();
                for (double f = 4; f >= 0.2; f /= Math.sqrt(2)) if (th0 * f < 1) ths.add(th0 * f);
                Solution c = candidate(retr, false, s, ths.stream().mapToDouble(Double::doubleValue).toArray());
                if (c != null && c.branch() == rs.branch()) cands.add(c);
            }
        }
        Solution best = rs;
        for (Solution c : cands) if (c.pressure() < best.pressure() - 1e-12) best = c;
        if (!best.converged() && !lenient)
            throw new NotConvergedException("P = 2 1RSB " + seed.label(), new FixedPoint.Result(
                    new double[] {best.m(), best.q1(), best.q2(), best.theta()}, best.residual(), best.iterations(), false, 1e-9, "scan+brent"));
        return best;
    }

    /** As a {@link PointSolver} (retrieval, spin glass, paramagnet). */
    public PointSolver solver() {
        HopfieldRsbFinite self = this;
        return new AgsPointSolver(alpha, beta) {
            @Override
            public Solution solve(Branch seed) {
                return self.solve(seed);
            }

            @Override
            public double pressureAt(double m, double q1, double q2, double theta) {
                return theta >= 1 ? Hopfield.of(alpha).pressure(beta, m, q2, Gauss.order(128)) : eval(m, q1, q2, theta).pressure();
            }

            @Override
            public PointSolver lenient() {
                return new HopfieldRsbFinite(alpha, beta, g1.size(), g2.size(), true).solver();
            }
        };
    }
}
