package dev.hebbian.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;

import dev.hebbian.Check;
import dev.hebbian.numerics.FixedPoint;
import dev.hebbian.numerics.Gauss;

/**
 * Solves a {@link Functional} at one inverse temperature and ansatz (spec rsb-dense-networks.md
 * sections 3.3, 12.3, 12.4): each branch from its own seed, glassy parameters by the inf rule (the
 * branch's stationary point with the smallest A), the physical phase by sup over m. Immutable.
 *
 * <p>1RSB: at fixed theta the (m, q1, q2) self-consistency is solved by damped iteration + Newton
 * (warm started); theta is then placed at an interior minimum of A(theta) (a scan, then Brent on
 * dA/dtheta, which by the envelope theorem is the partial derivative at the stationary q's).
 * Candidates with q1 = q2 or theta at a boundary collapse to the RS solution, which is then
 * reported (spec section 12.3).
 */
public final class ReplicaSolver implements PointSolver {
    private static final double[] THETA_SCAN = {1.0, 0.9, 0.75, 0.6, 0.45, 0.33, 0.22, 0.14, 0.08, 0.04, 0.02};
    private static final double[] BIG_THETA_SCAN = {0.1, 0.25, 0.5, 0.75, 1, 1.35, 1.8, 2.4, 3.2, 4.3, 6, 8.5, 12, 17, 25};

    private final Functional f;
    private final double beta;
    private final Ansatz ansatz;
    private final int rsOrder;
    private final int outerOrder;
    private final int innerOrder;
    private final double tolerance;
    private final boolean allowUnconverged;

    private ReplicaSolver(Functional f, double beta, Ansatz ansatz, int rsOrder, int outerOrder, int innerOrder,
                          double tolerance, boolean allowUnconverged) {
        this.f = f;
        this.beta = beta;
        this.ansatz = ansatz;
        this.rsOrder = rsOrder;
        this.outerOrder = outerOrder;
        this.innerOrder = innerOrder;
        this.tolerance = tolerance;
        this.allowUnconverged = allowUnconverged;
    }

    /** A solver for {@code f} at inverse temperature beta (+infinity: T = 0). */
    public static ReplicaSolver of(Functional f, double beta, Ansatz ansatz) {
        Check.nonNegativeOrInfinite("beta", beta);
        return new ReplicaSolver(f, beta, ansatz, 128, 64, 48, 1e-12, false);
    }

    /** Gauss-Hermite orders: RS, 1RSB outer (z1) and inner (z2). */
    public ReplicaSolver orders(int rs, int outer, int inner) {
        Check.inRange("rsOrder", rs, 8, 200);
        Check.inRange("outerOrder", outer, 8, 200);
        Check.inRange("innerOrder", inner, 8, 200);
        return new ReplicaSolver(f, beta, ansatz, rs, outer, inner, tolerance, allowUnconverged);
    }

    public ReplicaSolver tolerance(double tol) {
        Check.positive("tolerance", tol);
        return new ReplicaSolver(f, beta, ansatz, rsOrder, outerOrder, innerOrder, tol, allowUnconverged);
    }

    /** If true, unconverged solutions are returned (converged = false) instead of thrown. */
    public ReplicaSolver allowUnconverged(boolean allow) {
        return new ReplicaSolver(f, beta, ansatz, rsOrder, outerOrder, innerOrder, tolerance, allow);
    }

    public ReplicaSolver beta(double b) {
        Check.nonNegativeOrInfinite("beta", b);
        return new ReplicaSolver(f, b, ansatz, rsOrder, outerOrder, innerOrder, tolerance, allowUnconverged);
    }

    public Functional functional() {
        return f;
    }

    @Override
    public double beta() {
        return beta;
    }

    public Ansatz ansatz() {
        return ansatz;
    }

    private boolean zeroT() {
        return Double.isInfinite(beta);
    }

    // ================================================================== selection (section 12.4)

    @Override
    public PointSolver lenient() {
        return allowUnconverged(true);
    }

    @Override
    public boolean hasRetrieval() {
        return f.hasMattis();
    }

    static double score(Solution s) {
        return PointSolver.score(s);
    }

    /** All branches that exist at this point, each from its own seed (the paramagnet only at T &gt; 0). */
    public List<Solution> branches() {
        List<Solution> out = new ArrayList<>();
        if (f.hasMattis()) out.add(solve(Branch.RETRIEVAL));
        out.add(solve(Branch.SPIN_GLASS));
        if (!zeroT()) out.add(solve(Branch.PARAMAGNET));
        return out;
    }

    /**
     * The stationary point reached from the seed of {@code seed}; the returned {@link Solution#branch()}
     * says where it landed (a retrieval seed may fall to m = 0 beyond the spinodal).
     */
    @Override
    public Solution solve(Branch seed) {
        if (seed == Branch.RETRIEVAL && !f.hasMattis())
            throw new Check.InvalidParameterException("branch", "retrieval",
                    "sg or para (this model has no Mattis magnetisation)");
        if (seed == Branch.PARAMAGNET && zeroT())
            throw new Check.InvalidParameterException("branch", "para", "retrieval or sg at T = 0 (the paramagnet has no T = 0 limit)");
        if (zeroT()) return ansatz == Ansatz.RS ? rsZero(seed) : rsbZero(seed);
        return ansatz == Ansatz.RS ? rs(seed) : rsb(seed);
    }

    // ================================================================== RS, finite T

    private Solution rs(Branch seed) {
        Gauss g = Gauss.order(rsOrder);
        FixedPoint.Result r;
        double m, q;
        if (seed == Branch.PARAMAGNET) {
            double[] fx = f.rsMap(beta, 0, 0, g);
            r = new FixedPoint.Result(new double[] {0}, Math.max(Math.abs(fx[0]), Math.abs(fx[1])), 0, true, tolerance, "exact");
            m = 0;
            q = 0;
        } else {
            boolean retr = seed == Branch.RETRIEVAL;
            r = rsNewton(retr, retr ? 1.0 : 0.0, 1.0, g);
            m = r.x(0);
            q = r.x(1);
        }
        return checked(rsSolution(m, q, r));
    }

    /**
     * RS fixed point: damped iteration (which only settles on attracting, i.e. physical, fixed
     * points) until the residual is below 1e-3, then Newton with the analytic Jacobian and
     * backtracking; damped steps again whenever Newton does not reduce the residual.
     */
    private FixedPoint.Result rsNewton(boolean retr, double m0, double q0, Gauss g) {
        double m = m0, q = q0;
        double[] fj = f.rsMapJacobian(beta, m, q, g);
        double res = rsResidual(retr, m, q, fj);
        int it = 0;
        String method = "damped";
        int noNewtonUntil = 0;
        while (res > tolerance && it < 3000) {
            it++;
            boolean moved = false;
            if ((res < 1e-3 || it > 300) && it >= noNewtonUntil) {
                double gm = fj[0] - m, gq = fj[1] - q;
                double dm, dq;
                if (retr) {
                    double a = fj[2] - 1, b = fj[3], c = fj[4], d = fj[5] - 1, det = a * d - b * c;
                    dm = (-gm * d + b * gq) / det;
                    dq = (-a * gq + c * gm) / det;
                } else {
                    dm = 0;
                    dq = -gq / (fj[5] - 1);
                }
                if (Double.isFinite(dm) && Double.isFinite(dq)) {
                    double t = 1;
                    for (int ls = 0; ls < 5; ls++, t *= 0.5) {
                        double mt = retr ? clamp(m + t * dm) : 0, qt = clamp(q + t * dq);
                        double[] ft = f.rsMapJacobian(beta, mt, qt, g);
                        double rt = rsResidual(retr, mt, qt, ft);
                        if (rt < res) {
                            m = mt;
                            q = qt;
                            fj = ft;
                            res = rt;
                            moved = true;
                            method = "damped+newton";
                            break;
                        }
                    }
                }
            }
            if (!moved) {
                if (it >= noNewtonUntil) noNewtonUntil = it + 50; // Newton failed: back off
                double eta = 0.7;
                if (retr) m = clamp(m + eta * (fj[0] - m));
                q = clamp(q + eta * (fj[1] - q));
                fj = f.rsMapJacobian(beta, m, q, g);
                res = rsResidual(retr, m, q, fj);
            }
        }
        return new FixedPoint.Result(new double[] {m, q}, res, it, res <= tolerance, tolerance, method);
    }

    private static double rsResidual(boolean retr, double m, double q, double[] fj) {
        double r = Math.abs(fj[1] - q);
        if (retr) r = Math.max(r, Math.abs(fj[0] - m));
        return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }

    private static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    /**
     * The fold (spinodal) of the RS retrieval branch near {@code near}: Newton on the augmented system
     * F(m, q; beta) = (m, q), det(dF/d(m, q) - 1) = 0 in (m, q, beta) (spec section 12.3, "trace
     * folds"). Returns the fold temperature, or NaN if Newton does not converge.
     */
    @Override
    public double foldTemperature(Solution near) {
        if (ansatz != Ansatz.RS || zeroT() || !f.hasMattis() || near.branch() != Branch.RETRIEVAL) return Double.NaN;
        Gauss g = Gauss.order(rsOrder);
        double[] y = {near.m(), near.q(), near.beta()};
        double[] e = foldResidual(y, g);
        for (int it = 0; it < 40 && maxAbs(e) > 1e-12; it++) {
            double[][] jac = new double[3][3];
            for (int j = 0; j < 3; j++) {
                double h = 1e-7 * Math.max(1e-3, Math.abs(y[j]));
                double[] yp = y.clone(), ym = y.clone();
                yp[j] += h;
                ym[j] -= h;
                double[] ep = foldResidual(yp, g), em = foldResidual(ym, g);
                for (int k = 0; k < 3; k++) jac[k][j] = (ep[k] - em[k]) / (2 * h);
            }
            double[] dy;
            try {
                dy = new org.hipparchus.linear.LUDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(jac, false))
                        .getSolver().solve(new org.hipparchus.linear.ArrayRealVector(e, false)).mapMultiply(-1).toArray();
            } catch (RuntimeException singular) {
                return Double.NaN;
            }
            double t = 1, norm = maxAbs(e);
            boolean improved = false;
            for (int ls = 0; ls < 20; ls++, t *= 0.5) {
                double[] yt = {y[0] + t * dy[0], y[1] + t * dy[1], y[2] + t * dy[2]};
                if (yt[0] <= 0 || yt[0] > 1 || yt[1] <= 0 || yt[1] > 1 || yt[2] <= 0) continue;
                double[] et = foldResidual(yt, g);
                if (maxAbs(et) < norm) {
                    y = yt;
                    e = et;
                    improved = true;
                    break;
                }
            }
            if (!improved) break;
        }
        return maxAbs(e) <= 1e-10 && y[0] > 1e-6 ? 1 / y[2] : Double.NaN;
    }

    private double[] foldResidual(double[] y, Gauss g) {
        double[] fj = f.rsMapJacobian(y[2], y[0], y[1], g);
        double det = (fj[2] - 1) * (fj[5] - 1) - fj[3] * fj[4];
        return new double[] {fj[0] - y[0], fj[1] - y[1], det};
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Double.isNaN(v) ? Double.POSITIVE_INFINITY : Math.abs(v));
        return m;
    }

    /** Throws if not converged, unless unconverged solutions were allowed. */
    private Solution checked(Solution s) {
        if (!s.converged() && !allowUnconverged)
            throw new dev.hebbian.numerics.NotConvergedException(ansatz.label() + " " + s.branch().label() + " at beta=" + beta,
                    new FixedPoint.Result(new double[] {s.m(), s.q1(), s.q2(), s.theta()}, s.residual(), s.iterations(),
                            false, tolerance, "replica"));
        return s;
    }

    /** The RS solution record at (m, q) with diagnostics. */
    Solution rsSolution(double m, double q, FixedPoint.Result r) {
        Gauss g = Gauss.order(rsOrder);
        double a = f.rsPressure(beta, m, q, g);
        double a2 = f.rsPressure(beta, m, q, Gauss.order(Math.min(400, 2 * rsOrder)));
        double h = 1e-5 * Math.max(1, beta);
        double u = -(f.rsPressure(beta + h, m, q, g) - f.rsPressure(beta - h, m, q, g)) / (2 * h);
        double[] fx = f.rsMap(beta, m, q, g);
        double res = Math.max(f.hasMattis() || m != 0 ? Math.abs(fx[0] - m) : 0, Math.abs(fx[1] - q));
        return new Solution(Ansatz.RS, Branch.classify(m, q), beta, m, q, q, 1.0, a, -a / beta, u, r.converged(),
                r.iterations(), res, Math.abs(a2 - a));
    }

    /** The AT quantity (section 4) at an RS solution: RS is unstable where it exceeds 1. */
    @Override
    public double atQuantity(Solution rs) {
        return f.atQuantity(beta, rs.m(), rs.q(), Gauss.order(rsOrder));
    }

    // ================================================================== RS, T = 0 (section 8.1)

    private Solution rsZero(Branch seed) {
        FixedPoint.Result r;
        double m;
        if (seed == Branch.SPIN_GLASS) {
            m = 0;
            r = new FixedPoint.Result(new double[] {0}, Math.abs(f.rsGroundStateMap(0)), 0, true, tolerance, "exact");
        } else {
            r = solver(x -> new double[] {f.rsGroundStateMap(x[0])}, new double[] {0}, new double[] {1}, "T=0 RS retrieval")
                    .solve(1.0);
            m = r.x(0);
        }
        double eps = f.rsGroundState(m);
        return checked(new Solution(Ansatz.RS, Branch.classify(m, 1), beta, m, 1, 1, 1.0, Double.NaN, -eps, -eps,
                r.converged(), r.iterations(), Math.abs(f.rsGroundStateMap(m) - m), 0));
    }

    // ================================================================== 1RSB, finite T

    /** State of a 1RSB solve at fixed theta. */
    private record Fixed(double theta, double[] x, double a, double dTheta, FixedPoint.Result r, double m, double q1,
                         double q2) {}

    private Solution rsb(Branch seed) {
        Solution rsCand = allowUnconverged ? rs(seed) : allowUnconverged(true).rs(seed);
        if (seed == Branch.PARAMAGNET) return asRsb(rsCand);
        boolean retr = seed == Branch.RETRIEVAL;
        Gauss g1 = Gauss.order(outerOrder), g2 = Gauss.order(innerOrder);
        List<double[]> seeds = new ArrayList<>();
        if (retr) {
            seeds.add(new double[] {1, 0.9, 1});
            seeds.add(new double[] {1, 0.5, 1});
        } else {
            seeds.add(new double[] {0, 1});
            seeds.add(new double[] {0.5, 1});
        }
        List<Solution> cands = new ArrayList<>();
        cands.add(asRsb(rsCand));
        int its = rsCand.iterations();
        for (double[] s0 : seeds) {
            Solution c = rsbFromSeed(retr, s0, g1, g2);
            if (c == null) continue;
            its += c.iterations();
            cands.add(c);
        }
        return checked(withIterations(pick(cands, seed), its));
    }

    /**
     * Inf over glassy parameters among candidates from one seed: the smallest A (smallest epsilon at
     * T = 0) among those that stayed on the seed's branch, or among all if none did.
     */
    private static Solution pick(List<Solution> cands, Branch seed) {
        boolean any = cands.stream().anyMatch(c -> c.branch() == seed);
        Solution best = null;
        for (Solution c : cands) {
            if (any && c.branch() != seed) continue;
            if (best == null || score(c) < score(best) - 1e-12) best = c;
        }
        return best;
    }

    private Solution rsbFromSeed(boolean retr, double[] seed, Gauss g1, Gauss g2) {
        double[] warm = seed.clone();
        int total = 0;
        List<Fixed> scan = new ArrayList<>();
        for (double th : THETA_SCAN) {
            Fixed fx = fixedTheta(retr, th, warm, g1, g2);
            if (fx == null) continue;
            total += fx.r().iterations();
            scan.add(fx);
            warm = retr && fx.m() < 1e-3 ? seed.clone() : fx.x(); // never warm-start retrieval from m = 0
        }
        // scan is in descending theta; look for dA/dtheta going - -> + with increasing theta
        Fixed bestLo = null, bestHi = null;
        double bestA = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < scan.size(); i++) {
            Fixed hi = scan.get(i), lo = scan.get(i + 1);
            if (degenerate(hi) || degenerate(lo)) continue;
            if (lo.dTheta() < 0 && hi.dTheta() > 0) {
                double a = Math.min(lo.a(), hi.a());
                if (a < bestA) {
                    bestA = a;
                    bestLo = lo;
                    bestHi = hi;
                }
            }
        }
        if (bestLo == null) return null;
        final double[][] w = {bestLo.x()};
        final Fixed[] last = {null};
        final int[] its = {total};
        BrentSolver brent = new BrentSolver(1e-13, 1e-13, 1e-15);
        double th;
        try {
            final Fixed lo0 = bestLo, hi0 = bestHi;
            th = brent.solve(100, t -> {
                Fixed fx = fixedTheta(retr, t, w[0], g1, g2);
                if (fx == null || retr && fx.m() < 1e-3) fx = fixedTheta(retr, t, lo0.x(), g1, g2);
                if (fx == null || retr && fx.m() < 1e-3) fx = fixedTheta(retr, t, hi0.x(), g1, g2);
                if (fx == null || retr && fx.m() < 1e-3) throw new IllegalStateException("lost the branch");
                its[0] += fx.r().iterations();
                w[0] = fx.x();
                last[0] = fx;
                return fx.dTheta();
            }, bestLo.theta(), bestHi.theta());
        } catch (RuntimeException e) {
            return null;
        }
        Fixed sol = last[0] != null && last[0].theta() == th ? last[0] : fixedTheta(retr, th, w[0], g1, g2);
        if (sol == null || degenerate(sol)) return null;
        return rsbSolution(sol, its[0], g1, g2);
    }

    /**
     * The 1RSB stationary point in (m, q1, q2) at a fixed Parisi parameter theta in (0, 1] (finite T),
     * from the seed of a branch; theta is not optimised (spec section 5.2 without the theta equation).
     */
    public Solution solveAtTheta(Branch seed, double theta) {
        if (!(theta > 0 && theta <= 1)) throw new Check.InvalidParameterException("theta", theta, "in (0, 1]");
        if (ansatz != Ansatz.ONE_RSB) throw new Check.InvalidParameterException("ansatz", "rs", "1rsb when theta is given");
        if (zeroT()) throw new Check.InvalidParameterException("T", 0.0, "> 0 when theta is given (at T = 0 theta -> 0)");
        if (seed == Branch.RETRIEVAL && !f.hasMattis())
            throw new Check.InvalidParameterException("branch", "retrieval", "sg or para (this model has no Mattis magnetisation)");
        Gauss g1 = Gauss.order(outerOrder), g2 = Gauss.order(innerOrder);
        boolean retr = seed == Branch.RETRIEVAL;
        double[] x0 = retr ? new double[] {1, 0.9, 1} : seed == Branch.PARAMAGNET ? new double[] {0, 0} : new double[] {0.5, 1};
        Fixed fx = fixedTheta(retr, theta, x0, g1, g2);
        if (fx == null) throw new dev.hebbian.numerics.NotConvergedException("1RSB at theta=" + theta,
                new FixedPoint.Result(x0, Double.NaN, 0, false, tolerance, "damped+newton"));
        double[] e = f.rsbEval(beta, fx.m(), fx.q1(), fx.q2(), theta, g1, g2);
        double res = Math.max(Math.abs(e[2] - fx.q1()), Math.abs(e[3] - fx.q2()));
        if (retr) res = Math.max(res, Math.abs(e[1] - fx.m()));
        double h = 1e-5 * Math.max(1, beta);
        double u = -(f.rsbPressure(beta + h, fx.m(), fx.q1(), fx.q2(), theta, g1, g2)
                - f.rsbPressure(beta - h, fx.m(), fx.q1(), fx.q2(), theta, g1, g2)) / (2 * h);
        double a2 = f.rsbPressure(beta, fx.m(), fx.q1(), fx.q2(), theta, Gauss.order(Math.min(400, 2 * outerOrder)),
                Gauss.order(Math.min(400, 2 * innerOrder)));
        return new Solution(Ansatz.ONE_RSB, Branch.classify(fx.m(), fx.q2()), beta, fx.m(), fx.q1(), fx.q2(), theta, e[0],
                -e[0] / beta, u, fx.r().converged(), fx.r().iterations(), res, Math.abs(a2 - e[0]));
    }

    private static boolean degenerate(Fixed fx) {
        return fx.q2() - fx.q1() < 1e-7;
    }

    private Fixed fixedTheta(boolean retr, double theta, double[] warm, Gauss g1, Gauss g2) {
        UnaryOperator<double[]> map;
        double[] lo, hi;
        if (retr) {
            map = x -> {
                double[] e = f.rsbEval(beta, x[0], x[1], x[2], theta, g1, g2);
                return new double[] {e[1], e[2], e[3]};
            };
            lo = new double[] {0, 0, 0};
            hi = new double[] {1, 1, 1};
        } else {
            map = x -> {
                double[] e = f.rsbEval(beta, 0, x[0], x[1], theta, g1, g2);
                return new double[] {e[2], e[3]};
            };
            lo = new double[] {0, 0};
            hi = new double[] {1, 1};
        }
        FixedPoint.Result r = FixedPoint.of(map).bounds(lo, hi).tolerance(tolerance).newtonAfter(25).maxIterations(3000)
                .allowUnconverged(true).named("1RSB at theta=" + theta).solve(warm);
        if (!r.converged()) return null;
        double m = retr ? r.x(0) : 0, q1 = r.x(retr ? 1 : 0), q2 = r.x(retr ? 2 : 1);
        double[] e = f.rsbEval(beta, m, q1, q2, theta, g1, g2);
        return new Fixed(theta, r.x(), e[0], e[4], r, m, q1, q2);
    }

    private Solution rsbSolution(Fixed s, int iterations, Gauss g1, Gauss g2) {
        double[] e = f.rsbEval(beta, s.m(), s.q1(), s.q2(), s.theta(), g1, g2);
        double res = Math.max(Math.max(Math.abs(e[2] - s.q1()), Math.abs(e[3] - s.q2())), Math.abs(e[4]));
        if (f.hasMattis()) res = Math.max(res, Math.abs(e[1] - s.m()));
        Gauss d1 = Gauss.order(Math.min(400, 2 * outerOrder)), d2 = Gauss.order(Math.min(400, 2 * innerOrder));
        double a2 = f.rsbPressure(beta, s.m(), s.q1(), s.q2(), s.theta(), d1, d2);
        double h = 1e-5 * Math.max(1, beta);
        double u = -(f.rsbPressure(beta + h, s.m(), s.q1(), s.q2(), s.theta(), g1, g2)
                - f.rsbPressure(beta - h, s.m(), s.q1(), s.q2(), s.theta(), g1, g2)) / (2 * h);
        boolean ok = res <= 1e3 * tolerance;
        Solution sol = new Solution(Ansatz.ONE_RSB, Branch.classify(s.m(), s.q2()), beta, s.m(), s.q1(), s.q2(), s.theta(),
                e[0], -e[0] / beta, u, ok, iterations, res, Math.abs(a2 - e[0]));
        return sol;
    }

    private static Solution asRsb(Solution rs) {
        return new Solution(Ansatz.ONE_RSB, rs.branch(), rs.beta(), rs.m(), rs.q1(), rs.q2(), rs.theta(), rs.pressure(),
                rs.freeEnergy(), rs.energy(), rs.converged(), rs.iterations(), rs.residual(), rs.quadratureError());
    }

    private static Solution withIterations(Solution s, int its) {
        return new Solution(s.ansatz(), s.branch(), s.beta(), s.m(), s.q1(), s.q2(), s.theta(), s.pressure(),
                s.freeEnergy(), s.energy(), s.converged(), its, s.residual(), s.quadratureError());
    }

    // ================================================================== 1RSB, T = 0 (section 8.2)

    private record Fixed0(double bigTheta, double[] x, double eps, double dTheta, FixedPoint.Result r, double m,
                          double q1) {}

    private Solution rsbZero(Branch seed) {
        Solution rsCand = asRsb(allowUnconverged ? rsZero(seed) : allowUnconverged(true).rsZero(seed));
        boolean retr = seed == Branch.RETRIEVAL;
        Gauss g1 = Gauss.order(outerOrder);
        List<double[]> seeds = new ArrayList<>();
        if (retr) {
            seeds.add(new double[] {1, 0.95});
            seeds.add(new double[] {1, 0.7});
        } else {
            seeds.add(new double[] {0});
            seeds.add(new double[] {0.5});
        }
        List<Solution> cands = new ArrayList<>();
        cands.add(rsCand);
        int its = rsCand.iterations();
        for (double[] s0 : seeds) {
            Solution c = rsbZeroFromSeed(retr, s0, g1);
            if (c == null) continue;
            its += c.iterations();
            cands.add(c);
        }
        return checked(withIterations(pick(cands, seed), its));
    }

    private Solution rsbZeroFromSeed(boolean retr, double[] seed, Gauss g1) {
        double[] warm = seed.clone();
        List<Fixed0> scan = new ArrayList<>();
        int total = 0;
        for (double th : BIG_THETA_SCAN) {
            Fixed0 fx = fixedBigTheta(retr, th, warm, g1);
            if (fx == null) continue;
            total += fx.r().iterations();
            scan.add(fx);
            warm = retr && fx.m() < 1e-3 ? seed.clone() : fx.x();
        }
        Fixed0 bestLo = null, bestHi = null;
        double bestE = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < scan.size(); i++) {
            Fixed0 lo = scan.get(i), hi = scan.get(i + 1);
            if (1 - lo.q1() < 1e-7 || 1 - hi.q1() < 1e-7) continue;
            if (lo.dTheta() < 0 && hi.dTheta() > 0) {
                double e = Math.min(lo.eps(), hi.eps());
                if (e < bestE) {
                    bestE = e;
                    bestLo = lo;
                    bestHi = hi;
                }
            }
        }
        if (bestLo == null) return null;
        final double[][] w = {bestLo.x()};
        final Fixed0[] last = {null};
        final int[] its = {total};
        double th;
        try {
            final Fixed0 lo0 = bestLo, hi0 = bestHi;
            th = new BrentSolver(1e-13, 1e-13, 1e-15).solve(100, t -> {
                Fixed0 fx = fixedBigTheta(retr, t, w[0], g1);
                if (fx == null || retr && fx.m() < 1e-3) fx = fixedBigTheta(retr, t, lo0.x(), g1);
                if (fx == null || retr && fx.m() < 1e-3) fx = fixedBigTheta(retr, t, hi0.x(), g1);
                if (fx == null || retr && fx.m() < 1e-3) throw new IllegalStateException("lost the branch");
                its[0] += fx.r().iterations();
                w[0] = fx.x();
                last[0] = fx;
                return fx.dTheta();
            }, bestLo.bigTheta(), bestHi.bigTheta());
        } catch (RuntimeException e) {
            return null;
        }
        Fixed0 s = last[0] != null && last[0].bigTheta() == th ? last[0] : fixedBigTheta(retr, th, w[0], g1);
        if (s == null || 1 - s.q1() < 1e-7) return null;
        double[] e = f.rsbGroundStateEval(s.m(), s.q1(), th, g1);
        double res = Math.max(Math.abs(e[2] - s.q1()), Math.abs(e[3]));
        if (f.hasMattis()) res = Math.max(res, Math.abs(e[1] - s.m()));
        double e2 = f.rsbGroundStateEval(s.m(), s.q1(), th, Gauss.order(Math.min(400, 2 * outerOrder)))[0];
        return new Solution(Ansatz.ONE_RSB, Branch.classify(s.m(), 1), beta, s.m(), s.q1(), 1, th, Double.NaN, -e[0],
                -e[0], res <= 1e3 * tolerance, its[0], res, Math.abs(e2 - e[0]));
    }

    /**
     * Newton on the full T = 0 1RSB retrieval system (m, q1, Theta): the self-consistency of (m, q1)
     * and d epsilon/dTheta = 0, started from {@code start} (a solution at a nearby load). Used for
     * continuation along alpha up to the fold (maximal capacity). Returns null if Newton fails or
     * leaves the retrieval branch.
     */
    public Solution continueZeroTemperatureRetrieval(Solution start) {
        if (!zeroT() || ansatz != Ansatz.ONE_RSB || !f.hasMattis())
            throw new IllegalStateException("continuation is for the T = 0 1RSB retrieval branch");
        Gauss g1 = Gauss.order(outerOrder);
        UnaryOperator<double[]> map = x -> {
            double[] e = f.rsbGroundStateEval(x[0], x[1], x[2], g1);
            return new double[] {e[1], e[2], x[2] - e[3]};
        };
        FixedPoint.Result r = FixedPoint.of(map).bounds(new double[] {0, 0, 1e-3}, new double[] {1, 1, 1e3})
                .tolerance(tolerance).newtonAfter(0).damping(0.05).maxIterations(400).allowUnconverged(true)
                .named("T=0 1RSB continuation").solve(start.m(), start.q1(), start.theta());
        if (!r.converged() || r.x(0) < 0.05 || 1 - r.x(1) < 1e-7) return null;
        double[] e = f.rsbGroundStateEval(r.x(0), r.x(1), r.x(2), g1);
        double e2 = f.rsbGroundStateEval(r.x(0), r.x(1), r.x(2), Gauss.order(Math.min(400, 2 * outerOrder)))[0];
        return new Solution(Ansatz.ONE_RSB, Branch.RETRIEVAL, beta, r.x(0), r.x(1), 1, r.x(2), Double.NaN, -e[0], -e[0], true,
                r.iterations(), r.residual(), Math.abs(e2 - e[0]));
    }

    private Fixed0 fixedBigTheta(boolean retr, double bigTheta, double[] warm, Gauss g1) {
        UnaryOperator<double[]> map;
        double[] lo, hi;
        if (retr) {
            map = x -> {
                double[] e = f.rsbGroundStateEval(x[0], x[1], bigTheta, g1);
                return new double[] {e[1], e[2]};
            };
            lo = new double[] {0, 0};
            hi = new double[] {1, 1};
        } else {
            map = x -> new double[] {f.rsbGroundStateEval(0, x[0], bigTheta, g1)[2]};
            lo = new double[] {0};
            hi = new double[] {1};
        }
        FixedPoint.Result r = FixedPoint.of(map).bounds(lo, hi).tolerance(tolerance).newtonAfter(25).maxIterations(3000)
                .allowUnconverged(true).named("T=0 1RSB at Theta=" + bigTheta).solve(warm);
        if (!r.converged()) return null;
        double m = retr ? r.x(0) : 0, q1 = r.x(retr ? 1 : 0);
        double[] e = f.rsbGroundStateEval(m, q1, bigTheta, g1);
        return new Fixed0(bigTheta, r.x(), e[0], e[3], r, m, q1);
    }

    // ================================================================== helpers

    private FixedPoint solver(UnaryOperator<double[]> map, double[] lo, double[] hi, String name) {
        return FixedPoint.of(map).bounds(lo, hi).tolerance(tolerance).newtonAfter(50).maxIterations(20_000)
                .allowUnconverged(true).named(name);
    }
}
