package dev.hebbian.theory.learning;

import dev.hebbian.numerics.Gauss;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

import dev.hebbian.numerics.FixedPoint;

/**
 * High-load (K = alpha_s N^(P-1)) RS theory of supervised learning (arXiv:2212.00606;
 * docs/learning.md#eq-learning-10), in the canonical convention (docs/conventions.md): the cross-talk covariance is
 * Xi(q) = c q^P with c = beta^2 alpha phi / 2, so that the noise field is
 * sqrt(Xi'(q)) Z = beta sqrt(alpha phi P/2 q^(P-1)) Z (docs/learning.md#eq-learning-10 with alpha = alpha_s P!/2). phi = 1 for the
 * supervised model; the unsupervised model (docs/learning.md#eq-learning-25) has phi = V_U / N_U^(2P). P = 2 uses the
 * AGS-type equations (docs/learning.md#eq-learning-18, #eq-learning-19).
 */
public final class HighLoadTheory {
    private static final double LN2 = Math.log(2), SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    /** Below this y the retrieval iteration has collapsed onto a y = 0 solution. */
    static final double Y_MIN = 1e-4;
    /** Below this q a spin-glass iteration has collapsed onto the ergodic solution. */
    static final double Q_MIN = 1e-6;

    private HighLoadTheory() {}

    // ---------------------------------------------------------------- finite temperature, P >= 4

    /**
     * The learning functional: the dense P-spin functional with c = alpha phi / 2 averaged over the law of the
     * normalised class average u (docs/learning.md#eq-learning-10): one engine with storage, whose functional
     * is the special case u = 1 (docs/storage.md#eq-storage-4).
     */
    public static dev.hebbian.theory.Functional functional(int P, double alpha, SignalLaw law, double phi) {
        return new dev.hebbian.theory.Functional(P, alpha * phi / 2, P).withSignal(law.signal());
    }

    /** The replica solver of the learning functional at inverse temperature beta (P &gt;= 3). */
    public static dev.hebbian.theory.ReplicaSolver solver(int P, double beta, double alpha, SignalLaw law, double phi,
                                                          dev.hebbian.theory.Ansatz ansatz) {
        return dev.hebbian.theory.ReplicaSolver.of(functional(P, alpha, law, phi), beta, ansatz);
    }

    /** A learning state from an engine solution: y is the engine's Mattis order parameter, m the overlap E tanh. */
    static LearningState state(Phase phase, dev.hebbian.theory.Functional f, dev.hebbian.theory.Solution s, double rho) {
        double y = s.m(), q = s.q();
        double m = y == 0 ? 0 : f.archetypeOverlap(s.beta(), y, q, Gauss.order(dev.hebbian.theory.ReplicaSolver.RS_ORDER));
        double nbar = phase == Phase.RETRIEVAL ? LowLoadTheory.nbar(y, rho) : 0;
        return new LearningState(phase, y, y, nbar, m, q, s.pressure(), s.freeEnergy(), Double.NaN, s.converged(), s.iterations(),
                s.residual());
    }

    /**
     * The retrieval state, or null if the solve from the retrieval seed collapses to y = 0. P &gt;= 4 goes
     * through the replica engine ({@link #functional}): (y0, q0), when they are a previous retrieval solution,
     * are a warm start (used only where Newton from it converges on the retrieval branch).
     */
    public static LearningState retrieval(int P, double beta, double alpha, SignalLaw law, double rho, double phi,
                                  double y0, double q0) {
        if (Double.isInfinite(beta) && (P == 2 || alpha == 0)) return zeroTemperatureRetrieval(P, alpha, law, rho, phi);
        if (P == 2) return retrievalAgs(beta, alpha * phi, law, rho, y0, q0);
        dev.hebbian.theory.ReplicaSolver s = solver(P, beta, alpha, law, phi, dev.hebbian.theory.Ansatz.RS);
        dev.hebbian.theory.PointSolver lenient = s.lenient();
        dev.hebbian.theory.Solution start = Double.isInfinite(beta) || q0 >= 1 || y0 <= 0 ? null
                : dev.hebbian.theory.Solution.of(dev.hebbian.theory.Ansatz.RS, dev.hebbian.theory.Branch.RETRIEVAL, beta, y0, q0, q0, 1,
                        Double.NaN, Double.NaN, Double.NaN, true, 0, 0, 0);
        dev.hebbian.theory.Solution r = lenient.solve(dev.hebbian.theory.Branch.RETRIEVAL, start);
        if (r.branch() != dev.hebbian.theory.Branch.RETRIEVAL || r.m() < Y_MIN) return null;
        return state(Phase.RETRIEVAL, s.functional(), r, rho);
    }

    /**
     * The spin-glass state y = 0, q > 0 (docs/learning.md#eq-learning-16), or null if only q = 0 solves the equation. The
     * Gaussian expectations go through {@link TanhGauss} at every width (plain Gauss-Hermite left q stuck near 0.928
     * below T ~ 0.04).
     */
    public static LearningState spinGlass(int P, double beta, double alpha, double phi) {
        double ap = alpha * phi;
        Gauss g = Gauss.order(SignalLaw.DEFAULT_ORDER);
        if (Double.isInfinite(beta)) {
            if (P == 2) {
                // AGS at T = 0 with y = 0: sigma (1 - C) = sqrt(alpha), C = sqrt(2/pi) / sigma
                double sigma = SQRT_2_OVER_PI + Math.sqrt(ap), C = SQRT_2_OVER_PI / sigma;
                return new LearningState(Phase.SPIN_GLASS, 0, 0, 0, 0, 1, Double.POSITIVE_INFINITY,
                        agsGroundEnergy(ap, 0, C, sigma * SQRT_2_OVER_PI), Double.NaN, true, 0, 0);
            }
            double sigma = Math.sqrt(ap * P / 2);
            return new LearningState(Phase.SPIN_GLASS, 0, 0, 0, 0, 1, Double.POSITIVE_INFINITY, -sigma * SQRT_2_OVER_PI,
                    Double.NaN, true, 0, 0);
        }
        if (P == 2) {
            double qlo = Math.max(0, 1 - 1 / beta) + 1e-12;
            FixedPoint.Result r = FixedPoint.of(x -> {
                        double b = beta * Math.sqrt(ap * rTilde(beta, x[0]));
                        return new double[] {1 - TanhGauss.moments(0, b, g)[1]};
                    }).named("AGS spin glass").damping(0.5).tolerance(1e-12).maxIterations(20_000)
                    .bounds(new double[] {qlo}, new double[] {1}).allowUnconverged(true).solve(1);
            double q = r.x(0);
            if (q < Q_MIN || q <= qlo + 1e-9) return null;
            double A = agsPressure(beta, ap, 0, q, TanhGauss.moments(0, beta * Math.sqrt(ap * rTilde(beta, q)), g)[2]);
            return new LearningState(Phase.SPIN_GLASS, 0, 0, 0, 0, q, A, -A / beta, Double.NaN, r.converged(), r.iterations(), r.residual());
        }
        dev.hebbian.theory.ReplicaSolver solver = dev.hebbian.theory.ReplicaSolver.of(
                new dev.hebbian.theory.Functional(P, alpha * phi / 2, P), beta, dev.hebbian.theory.Ansatz.RS);
        dev.hebbian.theory.Solution r = solver.lenient().solve(dev.hebbian.theory.Branch.SPIN_GLASS);
        if (r.branch() != dev.hebbian.theory.Branch.SPIN_GLASS || r.q() < Q_MIN) return null;
        return state(Phase.SPIN_GLASS, solver.functional(), r, 0);
    }

    /** The ergodic state q = 0: A = ln 2 + c/2 for P >= 4; AGS paramagnet for P = 2 (beta < 1 only). */
    public static LearningState ergodic(int P, double beta, double alpha, double phi) {
        if (Double.isInfinite(beta)) return null; // RS paramagnet has negative entropy at T = 0
        double ap = alpha * phi, A;
        if (P == 2) {
            if (beta >= 1) return null;
            A = LN2 - ap / 2 * Math.log(1 - beta) - ap * beta / 2;
        } else {
            A = LN2 + beta * beta * ap / 4;
        }
        return new LearningState(Phase.ERGODIC, 0, 0, 0, 0, 0, A, -A / beta, Double.NaN, true, 0, 0);
    }

    /**
     * The physical non-retrieval state: the spin glass where it exists and its RS pressure is below the
     * ergodic one (c > c*; in the replica q direction the physical solution is the one of smaller
     * pressure, which is why the ergodic pressure ln 2 + c/2 can exceed every other at low T), else the
     * ergodic state.
     */
    static LearningState nonRetrieval(int P, double beta, double alpha, double phi) {
        LearningState sg = spinGlass(P, beta, alpha, phi), e = ergodic(P, beta, alpha, phi);
        if (sg == null) return e;
        if (e == null) return sg;
        return sg.pressure() <= e.pressure() ? sg : e;
    }

    /** Retrieval, spin-glass and ergodic solutions at one point (docs/learning.md#eq-learning-17, step 1). */
    static List<LearningState> states(int P, double beta, double alpha, SignalLaw law, double rho, double phi) {
        List<LearningState> out = new ArrayList<>();
        LearningState r = retrieval(P, beta, alpha, law, rho, phi, law.meanAbs(), 1);
        if (r != null) out.add(r);
        if (alpha > 0) {
            LearningState sg = spinGlass(P, beta, alpha, phi);
            if (sg != null) out.add(sg);
        }
        LearningState e = alpha > 0 ? ergodic(P, beta, alpha, phi) : LowLoadTheory.ergodic(P, beta, law);
        if (e != null) out.add(e);
        return out;
    }

    // ---------------------------------------------------------------- P = 2, AGS type (docs/learning.md#eq-learning-18)

    static double rTilde(double beta, double q) {
        double d = 1 - beta * (1 - q);
        return q / (d * d);
    }

    static double agsPressure(double beta, double alpha, double y, double q, double eLogCosh) {
        double d = 1 - beta * (1 - q);
        return -beta / 2 * y * y - alpha / 2 * (Math.log(d) - beta * q / d) - alpha * beta * beta / 2 * rTilde(beta, q) * (1 - q)
                - alpha * beta / 2 + LN2 + eLogCosh;
    }

    /**
     * T = 0 limit of -A/beta from (docs/learning.md#eq-learning-18) with q -> 1, C = beta (1 - q):
     * f = y^2/2 - alpha / (2 (1 - C)) + alpha C / (2 (1 - C)^2) + alpha/2 - E|y u + sigma Z|.
     */
    static double agsGroundEnergy(double alpha, double y, double C, double eAbsField) {
        return y * y / 2 - alpha / (2 * (1 - C)) + alpha * C / (2 * (1 - C) * (1 - C)) + alpha / 2 - eAbsField;
    }

    private static LearningState retrievalAgs(double beta, double alpha, SignalLaw law, double rho, double y0, double q0) {
        double qlo = Math.max(0, 1 - 1 / beta) + 1e-12;
        FixedPoint.Result r = FixedPoint.of(x -> {
                    double[] mo = law.moments(beta * x[0], beta * Math.sqrt(alpha * rTilde(beta, x[1])));
                    return new double[] {mo[2], mo[1]};
                }).named("AGS retrieval (beta = " + beta + ", alpha = " + alpha + ")")
                .damping(0.5).tolerance(1e-12).maxIterations(20_000)
                .bounds(new double[] {0, qlo}, new double[] {10, 1}).allowUnconverged(true).solve(y0, Math.max(q0, qlo));
        double y = r.x(0), q = r.x(1);
        if (y < Y_MIN) return null;
        double[] mo = law.moments(beta * y, beta * Math.sqrt(alpha * rTilde(beta, q)));
        double A = agsPressure(beta, alpha, y, q, mo[3]);
        return new LearningState(Phase.RETRIEVAL, y, y, LowLoadTheory.nbar(y, rho), mo[0], mo[1], A, -A / beta, Double.NaN,
                r.converged(), r.iterations(), r.residual());
    }

    // ---------------------------------------------------------------- zero temperature (docs/learning.md#eq-learning-14, #eq-learning-15, #eq-learning-19)

    /**
     * The load at which the T = 0 retrieval fixed point has signal-to-noise tau (field = tau sigma u):
     * alpha(tau) = (P/2) Y(tau)^(2P-2) / tau^2 / phi with Y(tau) = E[u erf(tau u / sqrt 2)] for P >= 4
     * (equivalent to docs/learning.md#eq-learning-14), and alpha(tau) = sigma^2 (1 - C)^2 with sigma = Y / tau,
     * C = tau sqrt(2/pi) E[exp(-tau^2 u^2 / 2)] / Y for P = 2 (docs/learning.md#eq-learning-19; NaN where C >= 1).
     */
    static double loadAt(int P, double tau, SignalLaw law, double phi) {
        double Y = law.uErfMean(tau);
        if (P == 2) {
            double sigma = Y / tau, C = tau * SQRT_2_OVER_PI * law.gaussMean(tau) / Y;
            return C >= 1 ? Double.NaN : sigma * sigma * (1 - C) * (1 - C) / phi;
        }
        return P / 2.0 * Math.pow(Y, 2 * P - 2) / (tau * tau) / phi;
    }

    /** The T = 0 critical load and the retrieval fixed point at the fold. */
    public record Capacity(int P, double alphaC, double tau, double y, double m) {}

    /** T = 0 critical load alpha_c(P, rho) (docs/learning.md#eq-learning-14, #eq-learning-19): the maximum over tau of alpha(tau). */
    public static Capacity capacity(int P, SignalLaw law, double phi) {
        DoubleUnaryOperator f = lt -> {
            double v = loadAt(P, Math.exp(lt), law, phi);
            return Double.isNaN(v) ? 0 : v;
        };
        double lo = Math.log(1e-3), hi = Math.log(1e3);
        int n = 600, ib = 0;
        double best = -1;
        for (int i = 0; i <= n; i++) {
            double v = f.applyAsDouble(lo + (hi - lo) * i / n);
            if (v > best) {
                best = v;
                ib = i;
            }
        }
        double step = (hi - lo) / n;
        double lt = new BrentOptimizer(1e-14, 1e-300).optimize(new MaxEval(10_000), new UnivariateObjectiveFunction(f::applyAsDouble),
                GoalType.MAXIMIZE, new SearchInterval(lo + Math.max(0, ib - 1) * step, lo + Math.min(n, ib + 1) * step, lo + ib * step))
                .getPoint();
        double tau = Math.exp(lt);
        return new Capacity(P, f.applyAsDouble(lt), tau, law.uErfMean(tau), law.erfMean(tau));
    }

    /** The T = 0 retrieval state at load alpha (largest-tau root of alpha(tau) = alpha), or null beyond alpha_c. */
    static LearningState zeroTemperatureRetrieval(int P, double alpha, SignalLaw law, double rho, double phi) {
        if (alpha == 0) return LowLoadTheory.retrieval(P, Double.POSITIVE_INFINITY, law, rho);
        DoubleUnaryOperator f = lt -> {
            double v = loadAt(P, Math.exp(lt), law, phi);
            return (Double.isNaN(v) ? 0 : v) - alpha;
        };
        double step = 0.05, lt = Math.log(1e6);
        while (f.applyAsDouble(lt) >= 0 && lt < 600) lt += 5;
        while (f.applyAsDouble(lt) < 0) {
            lt -= step;
            if (lt < Math.log(1e-4)) return null;
        }
        double root = new BrentSolver(1e-15, 1e-13).solve(10_000, f::applyAsDouble, lt, lt + step);
        double tau = Math.exp(root);
        double y = law.uErfMean(tau), m = law.erfMean(tau);
        double f0;
        if (P > 2) {
            double sigma = Math.sqrt(alpha * phi * P / 2);
            f0 = (P - 1) / 2.0 * Math.pow(y, P) - law.absMeanWithNoise(P / 2.0 * Math.pow(y, P - 1), sigma);
        } else {
            double sigma = y / tau, C = tau * SQRT_2_OVER_PI * law.gaussMean(tau) / y;
            f0 = agsGroundEnergy(alpha * phi, y, C, law.absMeanWithNoise(y, sigma));
        }
        return new LearningState(Phase.RETRIEVAL, y, y, LowLoadTheory.nbar(y, rho), m, 1, Double.POSITIVE_INFINITY, f0, Double.NaN,
                true, 0, Math.abs(f.applyAsDouble(root)));
    }

    // ---------------------------------------------------------------- spin-glass constants (docs/learning.md#eq-learning-16)

    /** c_s(P) (spin-glass spinodal), c*(P) (SG/ergodic RS transition) and q* for P >= 4 (docs/learning.md#eq-learning-16). */
    public record SpinGlassConstants(int P, double cSpinodal, double cStar, double qStar) {
        /** T_SG(alpha) = sqrt(alpha phi / (2 c*)) in canonical units (docs/learning.md#eq-learning-16 converted). */
        public double temperature(double alpha, double phi) {
            return Math.sqrt(alpha * phi / (2 * cStar));
        }
    }

    /** The constants of (docs/learning.md#eq-learning-16): along the SG branch b^2 = c P q^(P-1), q = E tanh^2(b Z). */
    public static SpinGlassConstants spinGlassConstants(int P) {
        dev.hebbian.Check.evenAtLeast("P", P, 4);
        return SG_CACHE.computeIfAbsent(P, HighLoadTheory::computeSpinGlassConstants);
    }

    private static final java.util.concurrent.ConcurrentHashMap<Integer, SpinGlassConstants> SG_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static SpinGlassConstants computeSpinGlassConstants(int P) {
        Gauss g = Gauss.order(SignalLaw.DEFAULT_ORDER);
        // q = E tanh^2(b Z) = 1 - E sech^2(b Z) and E ln cosh(b Z) through TanhGauss: Gauss-Hermite alone erred up
        // to 1e-4 in q at b = 3 (the kink of width 1/b), which moved q* and c*
        DoubleUnaryOperator qOf = b -> 1 - TanhGauss.moments(0, b, g)[1];
        DoubleUnaryOperator cOf = b -> b * b / (P * Math.pow(qOf.applyAsDouble(b), P - 1));
        double bs = new BrentOptimizer(1e-13, 1e-14).optimize(new MaxEval(10_000), new UnivariateObjectiveFunction(cOf::applyAsDouble),
                GoalType.MINIMIZE, new SearchInterval(0.05, 20, 1.5)).getPoint();
        double cs = cOf.applyAsDouble(bs);
        DoubleUnaryOperator dA = b -> {
            double q = qOf.applyAsDouble(b), c = cOf.applyAsDouble(b);
            return c / 2 * (-P * Math.pow(q, P - 1) + (P - 1) * Math.pow(q, P)) + TanhGauss.moments(0, b, g)[2];
        };
        // A_SG - A_E is positive at the spinodal and decreases along the branch: c* is its zero
        double bh = bs * 1.5;
        while (dA.applyAsDouble(bh) >= 0) bh *= 1.5;
        double bStar = new BrentSolver(1e-14, 1e-13).solve(10_000, dA::applyAsDouble, bs, bh);
        return new SpinGlassConstants(P, cs, cOf.applyAsDouble(bStar), qOf.applyAsDouble(bStar));
    }

    // ---------------------------------------------------------------- phase diagram (docs/learning.md#eq-learning-17)

    /**
     * The retrieval spinodal T_R(alpha) (docs/learning.md#eq-learning-17 step 2): the highest T in (0, tMax) where the retrieval
     * branch exists (y > 1e-4). A coarse scan down from tMax (retrieval can exist at finite T beyond the
     * T = 0 critical load when rho > 0), then bisection with continuation. NaN if it exists nowhere on the
     * scan, or already at tMax.
     */
    public static double retrievalSpinodal(int P, double alpha, SignalLaw law, double rho, double phi, double tMax) {
        int n = 40;
        double tLo = tMax / 100;
        LearningState found = null;
        double a = Double.NaN, b = tMax;
        for (int i = 0; i <= n; i++) {
            double t = tMax - (tMax - tLo) * i / n;
            LearningState s = retrieval(P, 1 / t, alpha, law, rho, phi, law.meanAbs(), 1);
            if (s != null && s.converged()) {
                if (i == 0) return Double.NaN;
                found = s;
                a = t;
                break;
            }
            b = t;
        }
        if (found == null) return Double.NaN;
        LearningState keep = found;
        for (int i = 0; i < 60 && b - a > 1e-7 * b; i++) {
            double t = 0.5 * (a + b);
            LearningState s = retrieval(P, 1 / t, alpha, law, rho, phi, keep.y(), keep.q());
            if (s != null && s.converged()) {
                a = t;
                keep = s;
            } else {
                b = t;
            }
        }
        return a;
    }

    /** One row of the (alpha, T) phase diagram: retrieval spinodal T_R, thermodynamic line T_M, SG line T_SG. */
    public record PhaseLines(double alpha, double tRetrieval, double tThermodynamic, double tSpinGlass) {}

    /**
     * The lines of docs/learning.md#eq-learning-17 at load alpha: T_R by bisection in T on the existence of the retrieval branch
     * (continued from low T), T_M as the highest T where A_R exceeds the physical non-retrieval pressure
 * ({@link #nonRetrieval}; the paper's max(A_SG, A_E) would let the negative-entropy ergodic state win at
 * low T), found by a scan down from T_R and bisection, and T_SG (docs/learning.md#eq-learning-16; AGS 1 + sqrt(alpha)
     * for P = 2). NaN when retrieval does not exist even at low temperature.
     */
    public static PhaseLines phaseLines(int P, double alpha, SignalLaw law, double rho, double phi, double tMax) {
        double tsg = P == 2 ? 1 + Math.sqrt(alpha * phi) : spinGlassConstants(P).temperature(alpha, phi);
        double tR = retrievalSpinodal(P, alpha, law, rho, phi, tMax);
        if (Double.isNaN(tR)) return new PhaseLines(alpha, Double.NaN, Double.NaN, tsg);
        double tLo = tMax / 100;
        // thermodynamic line
        java.util.function.DoubleFunction<double[]> gap = t -> {
            LearningState r = retrieval(P, 1 / t, alpha, law, rho, phi, law.meanAbs(), 1);
            if (r == null) return new double[] {-1};
            LearningState other = alpha > 0 ? nonRetrieval(P, 1 / t, alpha, phi) : LowLoadTheory.ergodic(P, 1 / t, law);
            return new double[] {other == null ? 1 : r.pressure() - other.pressure()};
        };
        // scan down from T_R for the highest temperature where retrieval is the global state, then bisect
        double tM = Double.NaN;
        if (gap.apply(tR)[0] > 0) {
            tM = tR; // continuous transition (P = 2) or retrieval global up to its spinodal
        } else {
            int n = 60;
            double prev = tR;
            for (int i = 1; i <= n; i++) {
                double t = tR - (tR - tLo) * i / n;
                if (gap.apply(t)[0] > 0) {
                    double c = t, d = prev;
                    for (int k = 0; k < 40 && d - c > 1e-9 * d; k++) {
                        double mid = 0.5 * (c + d);
                        if (gap.apply(mid)[0] > 0) c = mid;
                        else d = mid;
                    }
                    tM = 0.5 * (c + d);
                    break;
                }
                prev = t;
            }
        }
        return new PhaseLines(alpha, tR, tM, tsg);
    }
}
