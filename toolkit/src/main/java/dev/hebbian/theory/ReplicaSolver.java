package dev.hebbian.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;

import dev.hebbian.Check;
import dev.hebbian.numerics.FixedPoint;
import dev.hebbian.numerics.Gauss;

/**
 * Solves a {@link Functional} at one inverse temperature and ansatz (arXiv:2111.12997;
 * docs/storage.md#phase-selection): each branch from its own seed, glassy parameters by the inf rule (the
 * branch's stationary point with the smallest A), the physical phase by sup over m. Immutable.
 *
 * <p>1RSB: at fixed theta the (m, q1, q2) self-consistency is solved by damped iteration + Newton
 * with the analytic Jacobian (warm started along a scan in theta); theta is then placed at an
 * interior minimum of A(theta): the scan brackets a zero of dA/dtheta (by the envelope theorem the
 * partial derivative at the stationary q's), then Newton solves the whole stationarity system (m,
 * q1, q2, theta) inside the bracket (Brent on theta as the fallback).
 * Candidates with q1 = q2 or theta at a boundary collapse to the RS solution, which is then
 * reported (docs/storage.md#phase-selection).
 */
public final class ReplicaSolver implements PointSolver {
    private static final double[] THETA_SCAN = {1.0, 0.9, 0.75, 0.6, 0.45, 0.33, 0.22, 0.14, 0.08, 0.04, 0.02};
    /**
     * The theta values of the finite-T scan: the fixed list, extended at low T by Theta/beta for the T = 0
     * scan's Theta values below its smallest theta (as T -&gt; 0 the Parisi parameter scales as Theta T,
     * docs/storage.md, T = 0 limit), so that the 1RSB state is bracketed at any temperature.
     */
    private double[] thetaScan() {
        double last = THETA_SCAN[THETA_SCAN.length - 1];
        java.util.List<Double> extra = new ArrayList<>();
        for (int i = BIG_THETA_SCAN.length - 1; i >= 0; i--) {
            double th = BIG_THETA_SCAN[i] / beta;
            if (th < last) extra.add(th);
        }
        double[] out = java.util.Arrays.copyOf(THETA_SCAN, THETA_SCAN.length + extra.size());
        for (int i = 0; i < extra.size(); i++) out[THETA_SCAN.length + i] = extra.get(i);
        return out;
    }

    private static final double[] BIG_THETA_SCAN = {0.1, 0.25, 0.5, 0.75, 1, 1.35, 1.8, 2.4, 3.2, 4.3, 6, 8.5, 12, 17, 25};

    private final Functional f;
    private final double beta;
    private final Ansatz ansatz;
    private final int rsOrder;
    private final int outerOrder;
    private final int innerOrder;
    private final double tolerance;
    private final boolean allowUnconverged;
    /** Whether returned solutions leave their costly diagnostics to {@link #finish} ({@link #deferDiagnostics()}). */
    private final boolean deferred;

    private ReplicaSolver(Functional f, double beta, Ansatz ansatz, int rsOrder, int outerOrder, int innerOrder,
                          double tolerance, boolean allowUnconverged, boolean deferred) {
        this.f = f;
        this.beta = beta;
        this.ansatz = ansatz;
        this.rsOrder = rsOrder;
        this.outerOrder = outerOrder;
        this.innerOrder = innerOrder;
        this.tolerance = tolerance;
        this.allowUnconverged = allowUnconverged;
        this.deferred = deferred;
    }

    /** The default Gauss-Hermite order of the RS expectations. */
    public static final int RS_ORDER = 128;

    /** A solver for {@code f} at inverse temperature beta (+infinity: T = 0). */
    public static ReplicaSolver of(Functional f, double beta, Ansatz ansatz) {
        Check.inverseTemperature("beta", beta);
        return new ReplicaSolver(f, beta, ansatz, RS_ORDER, 64, 48, 1e-12, false, false);
    }

    /** Gauss-Hermite orders: RS, 1RSB outer (z1) and inner (z2). */
    public ReplicaSolver orders(int rs, int outer, int inner) {
        Check.inRange("rsOrder", rs, 8, 200);
        Check.inRange("outerOrder", outer, 8, 200);
        Check.inRange("innerOrder", inner, 8, 200);
        return new ReplicaSolver(f, beta, ansatz, rs, outer, inner, tolerance, allowUnconverged, deferred);
    }

    public ReplicaSolver tolerance(double tol) {
        Check.positive("tolerance", tol);
        return new ReplicaSolver(f, beta, ansatz, rsOrder, outerOrder, innerOrder, tol, allowUnconverged, deferred);
    }

    /** If true, unconverged solutions are returned (converged = false) instead of thrown. */
    public ReplicaSolver allowUnconverged(boolean allow) {
        return new ReplicaSolver(f, beta, ansatz, rsOrder, outerOrder, innerOrder, tolerance, allow, deferred);
    }

    public ReplicaSolver beta(double b) {
        Check.inverseTemperature("beta", b);
        return new ReplicaSolver(f, b, ansatz, rsOrder, outerOrder, innerOrder, tolerance, allowUnconverged, deferred);
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

    // ================================================================== selection (docs/storage.md#phase-selection)

    @Override
    public PointSolver lenient() {
        return allowUnconverged(true);
    }

    @Override
    public double pressureAt(double m, double q1, double q2, double theta) {
        if (zeroT()) return Double.NaN;
        if (ansatz == Ansatz.RS || theta >= 1) return f.rsPressure(beta, m, q2, Gauss.order(rsOrder));
        return f.rsbPressure(beta, m, q1, q2, theta, Gauss.order(outerOrder), Gauss.order(innerOrder));
    }

    @Override
    public boolean hasRetrieval() {
        return f.hasMattis();
    }

    /** RS at finite T below {@link Functional#retrievalBetaBound()}: the retrieval equation has no m &gt; 0 solution. */
    @Override
    public boolean retrievalExcluded() {
        return ansatz == Ansatz.RS && !zeroT() && beta < f.retrievalBetaBound();
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
        return done(solveRaw(seed));
    }

    /** A returned solution: with its diagnostics completed, unless they are deferred. */
    private Solution done(Solution s) {
        return deferred ? s : finish(s);
    }

    /**
     * The same solver, whose solutions leave the costly diagnostics (the quadrature error's refined twin, the 1RSB
     * energy) to {@link #finish}: a phase diagram solves two or three branches per point and reports one.
     */
    @Override
    public ReplicaSolver deferDiagnostics() {
        return deferred ? this : new ReplicaSolver(f, beta, ansatz, rsOrder, outerOrder, innerOrder, tolerance, allowUnconverged, true);
    }

    /**
     * The solution's diagnostics as {@link #solve(Branch)} gives them: the energy -dA/dbeta of a 1RSB state
     * (central difference of A at fixed order parameters; RS: analytic, docs/storage.md#phase-selection) and the
     * quadrature error, the change of A (of the T = 0 energy) when every rule is refined (twice the order, kink
     * panels refined; docs/numerics.md#quadrature). Values already present are kept.
     */
    @Override
    public Solution finish(Solution s) {
        boolean rsb = s.ansatz() == Ansatz.ONE_RSB && s.q1() != s.q2(); // a 1RSB state, not a collapsed RS one
        double energy = s.energy(), qe = s.quadratureError();
        if (!Double.isNaN(energy) && !Double.isNaN(qe)) return s;
        int o1 = Math.min(400, 2 * outerOrder), o2 = Math.min(400, 2 * innerOrder);
        if (s.zeroTemperature()) {
            if (Double.isNaN(qe))
                qe = rsb ? Math.abs(f.rsbGroundStateEval(s.m(), s.q1(), s.bigTheta(), Gauss.order(o1).withRefinedKinks())[0] + energy) : 0;
            return s.withEnergyAndQuadratureError(energy, qe);
        }
        if (rsb && Double.isNaN(energy)) {
            Gauss g1 = Gauss.order(outerOrder), g2 = Gauss.order(innerOrder);
            double h = 1e-5 * Math.max(1, beta);
            energy = -(f.rsbPressure(beta + h, s.m(), s.q1(), s.q2(), s.theta(), g1, g2)
                    - f.rsbPressure(beta - h, s.m(), s.q1(), s.q2(), s.theta(), g1, g2)) / (2 * h);
        }
        if (Double.isNaN(qe)) {
            double a2 = rsb ? f.rsbPressure(beta, s.m(), s.q1(), s.q2(), s.theta(), Gauss.order(o1).withRefinedKinks(),
                    Gauss.order(o2).withRefinedKinks())
                    : f.rsPressure(beta, s.m(), s.q2(), Gauss.order(Math.min(400, 2 * rsOrder)).withRefinedKinks());
            qe = Math.abs(a2 - s.pressure());
        }
        return s.withEnergyAndQuadratureError(energy, qe);
    }

    private Solution solveRaw(Branch seed) {
        if (seed == Branch.RETRIEVAL && !f.hasMattis())
            throw new Check.InvalidParameterException("branch", "retrieval",
                    "sg or para (this model has no Mattis magnetisation)");
        if (seed == Branch.PARAMAGNET && zeroT())
            throw new Check.InvalidParameterException("branch", "para", "retrieval or sg at T = 0 (the paramagnet has no T = 0 limit)");
        if (zeroT()) return ansatz == Ansatz.RS ? rsZero(seed) : rsbZero(seed);
        return ansatz == Ansatz.RS ? rs(seed) : rsb(seed);
    }

    /**
     * The stationary point reached from the seed of {@code seed}, with {@code start} (a solution at a neighbouring
     * point, e.g. the previous temperature of a phase-diagram row) as the initial guess: RS at finite T only
     * (elsewhere {@code start} is ignored). The guess is used only where it cannot change the branch: a retrieval
     * start must be a converged retrieval solution (beyond the spinodal the cold seed is used), a spin-glass
     * start a converged spin-glass solution; Newton from it must converge to the solver's tolerance on a
     * fixed point that attracts the damped iteration (as the cold seed's does) and on the same branch,
     * otherwise the point is solved from the cold seed. The result is polished to the same tolerance as
     * {@link #solve(Branch)}.
     */
    @Override
    public Solution solve(Branch seed, Solution start) {
        return done(solveRaw(seed, start));
    }

    private Solution solveRaw(Branch seed, Solution start) {
        if (start == null || zeroT() || ansatz != Ansatz.RS || seed == Branch.PARAMAGNET || !start.converged()
                || start.ansatz() != Ansatz.RS || start.branch() != seed || seed == Branch.RETRIEVAL && !f.hasMattis())
            return solveRaw(seed);
        Gauss g = Gauss.order(rsOrder);
        boolean retr = seed == Branch.RETRIEVAL;
        double[] map = new double[2];
        FixedPoint.Result r = rsNewton(retr, retr ? start.m() : 0.0, start.q(), g, true, map);
        if (r != null) {
            double m = r.x(0), q = r.x(1);
            if (Branch.classify(m, q) == seed) return checked(rsSolution(m, q, r, map));
        }
        return solveRaw(seed);
    }

    // ================================================================== RS, finite T

    private Solution rs(Branch seed) {
        Gauss g = Gauss.order(rsOrder);
        FixedPoint.Result r;
        double m, q;
        double[] map = new double[2];
        if (seed == Branch.PARAMAGNET) {
            map = f.rsMap(beta, 0, 0, g);
            r = new FixedPoint.Result(new double[] {0}, Math.max(Math.abs(map[0]), Math.abs(map[1])), 0, true, tolerance, "exact");
            m = 0;
            q = 0;
        } else {
            boolean retr = seed == Branch.RETRIEVAL;
            r = rsNewton(retr, retr ? 1.0 : 0.0, 1.0, g, false, map);
            m = r.x(0);
            q = r.x(1);
        }
        return checked(rsSolution(m, q, r, map));
    }

    /**
     * RS fixed point: damped iteration (which only settles on attracting, i.e. physical, fixed
     * points) until the residual is below 1e-3, then Newton with the analytic Jacobian and
     * backtracking; damped steps again whenever Newton does not reduce the residual.
     */
    private FixedPoint.Result rsNewton(boolean retr, double m0, double q0, Gauss g, boolean warm, double[] map) {
        double m = m0, q = q0;
        double[] fj = f.rsMapJacobian(beta, m, q, g);
        double res = rsResidual(retr, m, q, fj);
        int it = 0;
        String method = "damped";
        int noNewtonUntil = 0;
        while (res > tolerance && it < 3000) {
            if (warm && it >= 12) return null; // a warm start that is not in Newton's basin: the cold seed decides
            it++;
            boolean moved = false;
            if ((warm || res < 1e-3 || it > 300) && it >= noNewtonUntil) {
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
                if (warm) return null;
                if (it >= noNewtonUntil) noNewtonUntil = it + 50; // Newton failed: back off
                double eta = 0.7;
                if (retr) m = clamp(m + eta * (fj[0] - m));
                q = clamp(q + eta * (fj[1] - q));
                fj = f.rsMapJacobian(beta, m, q, g);
                res = rsResidual(retr, m, q, fj);
            }
        }
        if (warm) {
            // keep a warm result only if it attracts the damped iteration x <- x + eta (F(x) - x), as the cold
            // seed's fixed point does: the eigenvalues of dF/dx - 1 have negative real parts (1 - dF/dq > 0 for q alone)
            double a = fj[2] - 1, d = fj[5] - 1;
            boolean attracting = retr ? a * d - fj[3] * fj[4] > 0 && a + d < 0 : d < 0;
            if (!(res <= tolerance) || !attracting) return null;
            method = "warm+newton";
        }
        map[0] = fj[0]; // the map at the returned point: the same sums as f.rsMap there
        map[1] = fj[1];
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
     * F(m, q; beta) = (m, q), det(dF/d(m, q) - 1) = 0 in (m, q, beta) (docs/storage.md#phase-selection, "trace
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
            double[] dy = dev.hebbian.numerics.Newton.solve(jac, e);
            if (dy == null) return Double.NaN;
            for (int k = 0; k < 3; k++) dy[k] = -dy[k];
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

    /** The RS solution record at (m, q): pressure and energy in one pass, the quadrature error left to {@link #finish}. */
    private Solution rsSolution(double m, double q, FixedPoint.Result r, double[] fx) {
        double[] au = f.rsPressureEnergy(beta, m, q, Gauss.order(rsOrder));
        double res = Math.max(f.hasMattis() || m != 0 ? Math.abs(fx[0] - m) : 0, Math.abs(fx[1] - q));
        return Solution.of(Ansatz.RS, Branch.classify(m, q), beta, m, q, q, 1.0, au[0], -au[0] / beta, au[1], r.converged(),
                r.iterations(), res, Double.NaN);
    }

    /** The AT quantity (docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4) at an RS solution: RS is unstable where it exceeds 1. */
    @Override
    public double atQuantity(Solution rs) {
        return f.atQuantity(beta, rs.m(), rs.q(), Gauss.order(rsOrder));
    }

    // ================================================================== RS, T = 0 (docs/storage.md#eq-storage-11, #eq-storage-12)

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
        return checked(Solution.of(Ansatz.RS, Branch.classify(m, 1), beta, m, 1, 1, 1.0, Double.NaN, -eps, -eps,
                r.converged(), r.iterations(), Math.abs(f.rsGroundStateMap(m) - m), 0));
    }

    // ================================================================== 1RSB, finite T

    /**
     * State of a 1RSB solve at fixed theta; {@code e} is the evaluation at the solution
     * ({@link Functional#rsbEvalJacobian} layout, or the 5 values of {@link Functional#rsbEval}).
     */
    private record Fixed(double theta, double[] x, double a, double dTheta, FixedPoint.Result r, double m, double q1,
                         double q2, double[] e) {}

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
        Scan previous = null;
        for (double[] s0 : seeds) {
            Scan scan = scan(retr, s0, g1, g2, previous);
            its += scan.iterations;
            Solution c = rsbFromScan(retr, scan, previous, g1, g2);
            previous = scan;
            // an unconverged candidate is not a stationary point: it cannot take part in the inf rule
            if (c == null || !c.converged()) continue;
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

    /**
     * The theta scan from one seed (descending theta, warm started along the scan with a tangent
     * predictor) and its best bracket of dA/dtheta = 0. Once a point coincides with the previous seed's
     * point at the same theta, the rest of the scan would repeat the previous one: it is shared.
     */
    private static final class Scan {
        final List<Fixed> points = new ArrayList<>();
        int iterations;
        Fixed bestLo, bestHi;

        Fixed at(double theta) {
            for (Fixed q : points) if (q.theta() == theta) return q;
            return null;
        }
    }

    private Scan scan(boolean retr, double[] seed, Gauss g1, Gauss g2, Scan previous) {
        Scan sc = new Scan();
        double[] warm = seed.clone();
        Fixed prev = null;
        for (double th : thetaScan()) {
            double[] start = prev == null ? warm : predict(retr, prev, th);
            Fixed fx = fixedTheta(retr, th, start, g1, g2, prev != null);
            if (fx == null) continue;
            sc.iterations += fx.r().iterations();
            boolean fell = retr && fx.m() < 1e-3;
            Fixed twin = previous == null || fell ? null : previous.at(th);
            if (twin != null && sameState(twin.x(), fx.x())) {
                for (Fixed q : previous.points) if (q.theta() <= th) sc.points.add(q);
                break;
            }
            sc.points.add(fx);
            prev = fell ? null : fx;
            warm = fell ? seed.clone() : fx.x(); // never warm-start retrieval from m = 0
        }
        // neighbours in the scan: look for dA/dtheta going - -> + with increasing theta, keep the smallest A
        double bestA = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < sc.points.size(); i++) {
            Fixed a0 = sc.points.get(i), a1 = sc.points.get(i + 1);
            Fixed lo = a0.theta() < a1.theta() ? a0 : a1, hi = lo == a0 ? a1 : a0;
            if (degenerate(hi) || degenerate(lo)) continue;
            if (lo.dTheta() < 0 && hi.dTheta() > 0) {
                double a = Math.min(lo.a(), hi.a());
                if (a < bestA) {
                    bestA = a;
                    sc.bestLo = lo;
                    sc.bestHi = hi;
                }
            }
        }
        return sc;
    }

    /**
     * Whether two fixed points are the same state, so that continuing from either gives the same scan:
     * within 1e-9, and exactly zero in the same components (an exact zero, e.g. q1 = 0 at zero field,
     * is invariant under the iteration, a tiny nonzero value may grow where zero is unstable).
     */
    private static boolean sameState(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++)
            if (!(Math.abs(a[i] - b[i]) < 1e-9) || (a[i] == 0) != (b[i] == 0)) return false;
        return true;
    }

    /** The tangent predictor x + (theta - theta0) dx/dtheta from a solution at theta0 (its Jacobian). */
    private double[] predict(boolean retr, Fixed from, double theta) {
        double[] x = from.x().clone();
        if (from.e().length < 21) return x;
        int[] v = vars(retr);
        int n = v.length;
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) a[i][j] = jac(from.e(), v[i], v[j]) - (i == j ? 1 : 0);
            b[i] = -jac(from.e(), v[i], 3);
        }
        double[] dx = dev.hebbian.numerics.Newton.solve(a, b);
        if (dx == null) return x;
        double dt = theta - from.theta();
        for (int i = 0; i < n; i++) x[i] = clamp(x[i] + dt * dx[i]);
        return x;
    }

    private Solution rsbFromScan(boolean retr, Scan sc, Scan previous, Gauss g1, Gauss g2) {
        if (sc.bestLo == null) return null;
        // a bracket inside the part shared with the previous seed gives the previous seed's candidate again
        if (previous != null && sc.bestLo == previous.bestLo && sc.bestHi == previous.bestHi) return null;
        final Fixed lo0 = sc.bestLo, hi0 = sc.bestHi;
        Fixed joint = jointNewton(retr, lo0, hi0, g1, g2);
        if (joint != null) return rsbSolution(joint, sc.iterations + joint.r().iterations());
        // fallback: Brent on dA/dtheta(theta) with the (m, q1, q2) equations solved at each theta
        final double[][] w = {lo0.x()};
        final Fixed[] last = {null};
        final int[] its = {sc.iterations};
        BrentSolver brent = new BrentSolver(1e-13, 1e-13, 1e-15);
        double th;
        try {
            th = brent.solve(100, t -> {
                Fixed fx = fixedTheta(retr, t, w[0], g1, g2, false);
                if (fx == null || retr && fx.m() < 1e-3) fx = fixedTheta(retr, t, lo0.x(), g1, g2, false);
                if (fx == null || retr && fx.m() < 1e-3) fx = fixedTheta(retr, t, hi0.x(), g1, g2, false);
                if (fx == null || retr && fx.m() < 1e-3) throw new IllegalStateException("lost the branch");
                its[0] += fx.r().iterations();
                w[0] = fx.x();
                last[0] = fx;
                return fx.dTheta();
            }, lo0.theta(), hi0.theta());
        } catch (RuntimeException e) {
            return null;
        }
        Fixed sol = last[0] != null && last[0].theta() == th ? last[0] : fixedTheta(retr, th, w[0], g1, g2, false);
        if (sol == null || degenerate(sol)) return null;
        return rsbSolution(sol, its[0]);
    }

    /**
     * Newton with the analytic Jacobian on the whole stationarity system, self-consistency of (m,) q1,
     * q2 and dA/dtheta = 0, started inside the bracket [lo, hi] by linear interpolation of dA/dtheta;
     * theta is kept inside the bracket. Returns null if it does not converge to 1e-12, leaves the
     * retrieval branch or collapses to q1 = q2 (the caller then falls back to Brent on theta).
     */
    private Fixed jointNewton(boolean retr, Fixed lo, Fixed hi, Gauss g1, Gauss g2) {
        int[] v = vars(retr);
        int n = v.length;
        double w = lo.dTheta() / (lo.dTheta() - hi.dTheta());
        double[] y = new double[n + 1];
        double[] xl = lo.x(), xh = hi.x();
        for (int i = 0; i < n; i++) y[i] = clamp(xl[i] + w * (xh[i] - xl[i]));
        y[n] = lo.theta() + w * (hi.theta() - lo.theta());
        double[] e = eval(retr, y, y[n], g1, g2, true);
        double res = jointResidual(retr, y, e);
        int steps = 0;
        for (; steps < 40 && res > tolerance; steps++) {
            double[][] a = new double[n + 1][n + 1];
            double[] b = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                int vi = i < n ? v[i] : 3;
                for (int j = 0; j <= n; j++) a[i][j] = jac(e, vi, j < n ? v[j] : 3) - (i == j && i < n ? 1 : 0);
                b[i] = -(i < n ? e[1 + vi] - y[i] : e[4]);
            }
            double[] dy = dev.hebbian.numerics.Newton.solve(a, b);
            if (dy == null) return null;
            boolean moved = false;
            double t = 1;
            for (int ls = 0; ls < 12 && !moved; ls++, t *= 0.5) {
                double[] yt = new double[n + 1];
                for (int i = 0; i < n; i++) yt[i] = clamp(y[i] + t * dy[i]);
                yt[n] = Math.max(lo.theta(), Math.min(hi.theta(), y[n] + t * dy[n]));
                double[] et = eval(retr, yt, yt[n], g1, g2, true);
                double rt = jointResidual(retr, yt, et);
                if (rt < res) {
                    y = yt;
                    e = et;
                    res = rt;
                    moved = true;
                }
            }
            if (!moved) break;
        }
        if (res > tolerance) return null;
        double m = mOf(retr, y), q1 = q1Of(retr, y), q2 = q2Of(retr, y);
        if (retr && m < 1e-3) return null;
        double[] x = java.util.Arrays.copyOf(y, n);
        Fixed fx = new Fixed(y[n], x, e[0], e[4], new FixedPoint.Result(x, res, steps, true, tolerance, "newton(theta)"),
                m, q1, q2, e);
        return degenerate(fx) ? null : fx;
    }

    /**
     * The theta equation's residual on the scale of the order parameters: dA/dtheta grows as beta^2 at low T
     * (A ~ beta epsilon, theta ~ Theta/beta), so it is measured as d(A/beta)/dTheta = (dA/dtheta)/beta^2 there
     * (at T = 0 the equation is already d epsilon/dTheta).
     */
    private double thetaResidual(double dAdTheta) {
        return zeroT() ? Math.abs(dAdTheta) : Math.abs(dAdTheta) / Math.max(1, beta * beta);
    }

    private double jointResidual(boolean retr, double[] y, double[] e) {
        double r = Math.max(mapResidual(retr, y, e), thetaResidual(e[4]));
        return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }

    /**
     * The unknowns' positions in (m, q1, q2, theta): (m, q1, q2) for retrieval, (q1, q2) at m = 0; at T
     * = 0 q2 = 1 is not an unknown (theta stands for Theta = beta theta).
     */
    private int[] vars(boolean retr) {
        if (zeroT()) return retr ? new int[] {0, 1} : new int[] {1};
        return retr ? new int[] {0, 1, 2} : new int[] {1, 2};
    }

    private static double mOf(boolean retr, double[] x) {
        return retr ? x[0] : 0;
    }

    private static double q1Of(boolean retr, double[] x) {
        return x[retr ? 1 : 0];
    }

    private double q2Of(boolean retr, double[] x) {
        return zeroT() ? 1 : x[retr ? 2 : 1];
    }

    /** d out_i / d in_j from an {@link Functional#rsbEvalJacobian} result, i, j indices in (m, q1, q2, theta). */
    private static double jac(double[] e, int i, int j) {
        return e[5 + 4 * i + j];
    }

    /**
     * The 1RSB evaluation at unknowns x (see {@link #vars}) and theta, in the layout of {@link
     * Functional#rsbEvalJacobian} (5 values, or 21 with the Jacobian). At T = 0: {epsilon, E<sgn>,
     * E<sgn>^2, 1, d epsilon/dTheta} of {@link Functional#rsbGroundStateEval}, the Jacobian by central
     * differences (one-sided at the bounds).
     */
    private double[] eval(boolean retr, double[] x, double theta, Gauss g1, Gauss g2, boolean withJacobian) {
        double m = mOf(retr, x), q1 = q1Of(retr, x);
        if (zeroT()) return groundEval(retr, m, q1, theta, g1, withJacobian);
        double q2 = q2Of(retr, x);
        return withJacobian ? f.rsbEvalJacobian(beta, m, q1, q2, theta, g1, g2) : f.rsbEval(beta, m, q1, q2, theta, g1, g2);
    }

    private double[] groundEval(boolean retr, double m, double q1, double bigTheta, Gauss g1, boolean withJacobian) {
        double[] g = f.rsbGroundStateEval(m, q1, bigTheta, g1);
        double[] out = new double[withJacobian ? 21 : 5];
        out[0] = g[0];
        out[1] = g[1];
        out[2] = g[2];
        out[3] = 1;
        out[4] = g[3];
        if (!withJacobian) return out;
        for (int j : retr ? new int[] {0, 1, 3} : new int[] {1, 3}) {
            double v = j == 0 ? m : j == 1 ? q1 : bigTheta, h = 1e-7 * Math.max(1, Math.abs(v));
            double vp = j == 3 ? v + h : Math.min(1, v + h), vm = j == 3 ? Math.max(v - h, 0.5 * v) : Math.max(0, v - h);
            double[] gp = f.rsbGroundStateEval(j == 0 ? vp : m, j == 1 ? vp : q1, j == 3 ? vp : bigTheta, g1);
            double[] gm = f.rsbGroundStateEval(j == 0 ? vm : m, j == 1 ? vm : q1, j == 3 ? vm : bigTheta, g1);
            out[5 + j] = (gp[1] - gm[1]) / (vp - vm);
            out[5 + 4 + j] = (gp[2] - gm[2]) / (vp - vm);
            out[5 + 12 + j] = (gp[3] - gm[3]) / (vp - vm);
        }
        return out;
    }

    private double mapResidual(boolean retr, double[] x, double[] e) {
        int[] v = vars(retr);
        double r = 0;
        for (int i = 0; i < v.length; i++) r = Math.max(r, Math.abs(e[1 + v[i]] - x[i]));
        return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }

    /**
     * The 1RSB stationary point in (m, q1, q2) at a fixed Parisi parameter theta in (0, 1] (finite T),
     * from the seed of a branch; theta is not optimised (docs/storage.md#eq-storage-8, #eq-storage-9 without the theta equation).
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
        Fixed fx = fixedTheta(retr, theta, x0, g1, g2, false);
        if (fx == null) throw new dev.hebbian.numerics.NotConvergedException("1RSB at theta=" + theta,
                new FixedPoint.Result(x0, Double.NaN, 0, false, tolerance, "damped+newton"));
        double[] e = f.rsbEval(beta, fx.m(), fx.q1(), fx.q2(), theta, g1, g2);
        double res = Math.max(Math.abs(e[2] - fx.q1()), Math.abs(e[3] - fx.q2()));
        if (retr) res = Math.max(res, Math.abs(e[1] - fx.m()));
        double h = 1e-5 * Math.max(1, beta);
        double u = -(f.rsbPressure(beta + h, fx.m(), fx.q1(), fx.q2(), theta, g1, g2)
                - f.rsbPressure(beta - h, fx.m(), fx.q1(), fx.q2(), theta, g1, g2)) / (2 * h);
        double a2 = f.rsbPressure(beta, fx.m(), fx.q1(), fx.q2(), theta, Gauss.order(Math.min(400, 2 * outerOrder)).withRefinedKinks(),
                Gauss.order(Math.min(400, 2 * innerOrder)).withRefinedKinks());
        return Solution.of(Ansatz.ONE_RSB, Branch.classify(fx.m(), fx.q2()), beta, fx.m(), fx.q1(), fx.q2(), theta, e[0],
                -e[0] / beta, u, fx.r().converged(), fx.r().iterations(), res, Math.abs(a2 - e[0]));
    }

    private static boolean degenerate(Fixed fx) {
        return fx.q2() - fx.q1() < 1e-7;
    }

    /**
     * The (m, q1, q2) self-consistency at fixed theta (finite T) from {@code warm}: damped iteration (which only
     * settles on attracting fixed points) until the residual is below 1e-3 or for 25 steps, then Newton
     * with the analytic Jacobian and backtracking; damped steps again whenever Newton does not reduce
     * the residual. With {@code eager} (warm start predicted along a continuation in theta), Newton is
     * tried first and its result kept only if it is an attracting fixed point of the damped iteration.
     * Null if not converged in 3000 steps, or if the residual has not fallen by 10% in 100 steps.
     */
    private Fixed fixedTheta(boolean retr, double theta, double[] warm, Gauss g1, Gauss g2, boolean eager) {
        int[] v = vars(retr);
        int n = v.length;
        double[] x0 = warm.clone();
        for (int i = 0; i < n; i++) x0[i] = clamp(x0[i]);
        double[] e0 = eval(retr, x0, theta, g1, g2, true);
        Iterate cur = new Iterate(x0, e0, mapResidual(retr, x0, e0));
        int it = 0;
        if (eager && cur.res > tolerance) {
            for (int steps = 0; steps < 6 && cur.res > tolerance; steps++) {
                it++;
                Iterate next = newtonStep(retr, theta, cur, g1, g2, 1); // full steps only: quadratic regime or give up
                if (next == null) break;
                cur = next;
            }
            if (cur.res <= tolerance && attracting(retr, cur.e))
                return fixed(retr, theta, cur, it, "newton");
            cur = new Iterate(x0, e0, mapResidual(retr, x0, e0)); // fall back to the damped iteration
        }
        int noNewtonUntil = 0, bestAt = it;
        double best = cur.res;
        String method = "damped";
        while (cur.res > tolerance && it < 3000) {
            if (it - bestAt > 100) return null; // stagnating (e.g. a 2-cycle of the damped iteration): give up
            it++;
            Iterate next = null;
            if ((cur.res < 1e-3 || it > 25) && it >= noNewtonUntil) {
                next = newtonStep(retr, theta, cur, g1, g2, 5);
                if (next == null) noNewtonUntil = it + 50; // Newton failed: back off
                else method = "damped+newton";
            }
            if (next == null) {
                double[] x = cur.x.clone();
                for (int i = 0; i < n; i++) x[i] = clamp(x[i] + 0.5 * (cur.e[1 + v[i]] - x[i]));
                double[] e = eval(retr, x, theta, g1, g2, cur.res < 1e-2); // near: the Jacobian for the coming Newton step
                next = new Iterate(x, e, mapResidual(retr, x, e));
            }
            cur = next;
            if (cur.res < 0.9 * best) {
                best = cur.res;
                bestAt = it;
            }
        }
        return cur.res <= tolerance ? fixed(retr, theta, cur, it, method) : null;
    }

    /** A point of an iteration at fixed theta: unknowns, evaluation there, residual. */
    private record Iterate(double[] x, double[] e, double res) {}

    private Fixed fixed(boolean retr, double theta, Iterate c, int iterations, String method) {
        double[] x = c.x;
        double m = mOf(retr, x), q1 = q1Of(retr, x), q2 = q2Of(retr, x);
        return new Fixed(theta, x, c.e[0], c.e[4], new FixedPoint.Result(x, c.res, iterations, true, tolerance, method), m,
                q1, q2, c.e);
    }

    /**
     * One Newton step on F(x) - x at fixed theta, halving it up to {@code tries - 1} times; null if it does
     * not reduce the residual.
     */
    private Iterate newtonStep(boolean retr, double theta, Iterate c, Gauss g1, Gauss g2, int tries) {
        int[] v = vars(retr);
        int n = v.length;
        double[] e = c.e.length < 21 ? eval(retr, c.x, theta, g1, g2, true) : c.e;
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) a[i][j] = jac(e, v[i], v[j]) - (i == j ? 1 : 0);
            b[i] = c.x[i] - e[1 + v[i]];
        }
        double[] dx = dev.hebbian.numerics.Newton.solve(a, b);
        double t = 1;
        for (int ls = 0; dx != null && ls < tries; ls++, t *= 0.5) {
            double[] xt = new double[n];
            for (int i = 0; i < n; i++) xt[i] = clamp(c.x[i] + t * dx[i]);
            double[] et = eval(retr, xt, theta, g1, g2, true);
            double rt = mapResidual(retr, xt, et);
            if (rt < c.res) return new Iterate(xt, et, rt);
        }
        return null;
    }

    /**
     * Whether a fixed point attracts the damped iteration x &lt;- (x + F(x))/2: all eigenvalues of (1 +
     * dF/dx)/2 inside the unit circle.
     */
    private boolean attracting(boolean retr, double[] e) {
        int[] v = vars(retr);
        int n = v.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) d[i][j] = 0.5 * jac(e, v[i], v[j]) + (i == j ? 0.5 : 0);
        try {
            for (org.hipparchus.complex.Complex ev : new org.hipparchus.linear.EigenDecompositionNonSymmetric(
                    new org.hipparchus.linear.Array2DRowRealMatrix(d, false)).getEigenvalues())
                if (!(ev.norm() < 1)) return false;
            return true;
        } catch (RuntimeException failed) {
            return false;
        }
    }

    private Solution rsbSolution(Fixed s, int iterations) {
        double[] e = s.e();
        double res = Math.max(Math.max(Math.abs(e[2] - s.q1()), Math.abs(e[3] - s.q2())), thetaResidual(e[4]));
        if (f.hasMattis()) res = Math.max(res, Math.abs(e[1] - s.m()));
        boolean ok = res <= 1e3 * tolerance; // energy and quadrature error: finish()
        return Solution.of(Ansatz.ONE_RSB, Branch.classify(s.m(), s.q2()), beta, s.m(), s.q1(), s.q2(), s.theta(),
                e[0], -e[0] / beta, Double.NaN, ok, iterations, res, Double.NaN);
    }

    private static Solution asRsb(Solution rs) {
        return rs.as(Ansatz.ONE_RSB);
    }

    private static Solution withIterations(Solution s, int its) {
        return s.withIterations(its);
    }

    // ================================================================== 1RSB, T = 0 (docs/storage.md#eq-storage-13, #eq-storage-14, #eq-storage-15)

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
            // never warm-start retrieval from m = 0, nor the glass from (numerically) q1 = 0: q1 = 0 is an
            // exact fixed point at zero field, and leaving it would rely on rounding noise
            boolean fell = retr ? fx.m() < 1e-3 : fx.q1() < 1e-6 && seed[0] > 0;
            warm = fell ? seed.clone() : fx.x();
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
        Fixed joint = jointNewton(retr, asFixed(bestLo), asFixed(bestHi), g1, g1);
        if (joint != null) return rsbZeroSolution(joint, total + joint.r().iterations(), g1);
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
        return rsbZeroSolution(asFixed(s), its[0], g1);
    }

    private static Fixed asFixed(Fixed0 s) {
        return new Fixed(s.bigTheta(), s.x(), s.eps(), s.dTheta(), s.r(), s.m(), s.q1(), 1, null);
    }

    /** The T = 0 1RSB solution record (docs/storage.md#eq-storage-13, #eq-storage-14, #eq-storage-15) at a stationary point, theta standing for Theta. */
    private Solution rsbZeroSolution(Fixed s, int iterations, Gauss g1) {
        double th = s.theta();
        double[] e = f.rsbGroundStateEval(s.m(), s.q1(), th, g1);
        double res = Math.max(Math.abs(e[2] - s.q1()), Math.abs(e[3]));
        if (f.hasMattis()) res = Math.max(res, Math.abs(e[1] - s.m()));
        return Solution.of(Ansatz.ONE_RSB, Branch.classify(s.m(), 1), beta, s.m(), s.q1(), 1, th, Double.NaN, -e[0],
                -e[0], res <= 1e3 * tolerance, iterations, res, Double.NaN); // quadrature error: finish()
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
                .named("T=0 1RSB continuation").solve(start.m(), start.q1(), start.bigTheta());
        if (!r.converged() || r.x(0) < 0.05 || 1 - r.x(1) < 1e-7) return null;
        double[] e = f.rsbGroundStateEval(r.x(0), r.x(1), r.x(2), g1);
        double e2 = f.rsbGroundStateEval(r.x(0), r.x(1), r.x(2), Gauss.order(Math.min(400, 2 * outerOrder)).withRefinedKinks())[0];
        return Solution.of(Ansatz.ONE_RSB, Branch.RETRIEVAL, beta, r.x(0), r.x(1), 1, r.x(2), Double.NaN, -e[0], -e[0], true,
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
