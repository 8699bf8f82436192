package dev.hebbian.theory.learning;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

import dev.hebbian.Check;
import dev.hebbian.numerics.FixedPoint;

/**
 * Low-load (K finite) RS theory of the pure retrieval state (arXiv:2212.00606; docs/learning.md#eq-learning-3 to #eq-learning-9),
 * canonical beta (the paper's beta'): A = sup_y { -beta (P-1)/2 y^P + E ln 2 cosh(beta P/2 y^(P-1) u) }
 * (docs/learning.md#eq-learning-4), y = E[u tanh g], m = E tanh g, q = E tanh^2 g (docs/learning.md#eq-learning-4), stability (docs/learning.md#eq-learning-5); T = 0 closed forms
 * (docs/learning.md#eq-learning-7); spinodal and thermodynamic transition (docs/learning.md#eq-learning-9). The law of u selects exact / CLT / LD.
 */
public final class LowLoadTheory {
    private static final double LN2 = Math.log(2);
    /** Below this y the iteration has fallen onto the ergodic solution. */
    static final double Y_MIN = 1e-6;

    private LowLoadTheory() {}

    /** The retrieval state at inverse temperature beta (may be +infinity), or null if it does not exist. */
    public static LearningState retrieval(int P, double beta, SignalLaw law, double rho) {
        if (Double.isInfinite(beta)) {
            double y = law.meanAbs();
            return new LearningState(Phase.RETRIEVAL, y, y, nbar(y, rho), law.signMean(), law.nonZeroMass(),
                    Double.POSITIVE_INFINITY, -Math.pow(y, P) / 2, 0, true, 0, 0);
        }
        FixedPoint.Result r = FixedPoint.of(x -> new double[] {law.moments(a(P, beta, x[0]), 0)[2]})
                .named("low-load retrieval (P = " + P + ", beta = " + beta + ")")
                .damping(0.5).tolerance(1e-13).maxIterations(100_000)
                .bounds(new double[] {0}, new double[] {10}).allowUnconverged(true)
                .solve(law.meanAbs());
        double y = r.x(0);
        if (y < Y_MIN) return null;
        double[] mo = law.moments(a(P, beta, y), 0);
        double pressure = LN2 - beta * (P - 1) / 2 * Math.pow(y, P) + mo[3];
        double stab = beta * P * (P - 1) / 2.0 * Math.pow(y, P - 2) * mo[4];
        return new LearningState(Phase.RETRIEVAL, y, y, nbar(y, rho), mo[0], mo[1], pressure, -pressure / beta, stab,
                r.converged(), r.iterations(), r.residual());
    }

    /** The ergodic state y = m = q = 0, A = ln 2 (docs/learning.md#eq-learning-4); its (docs/learning.md#eq-learning-5) value is beta for P = 2, 0 otherwise. */
    public static LearningState ergodic(int P, double beta, SignalLaw law) {
        double stab = P == 2 ? beta * law.secondMoment() : 0;
        double f = Double.isInfinite(beta) ? 0 : -LN2 / beta;
        return new LearningState(Phase.ERGODIC, 0, 0, 0, 0, 0, LN2, f, stab, true, 0, 0);
    }

    /** Both states at one point. */
    static List<LearningState> states(int P, double beta, SignalLaw law, double rho) {
        List<LearningState> out = new ArrayList<>();
        LearningState r = retrieval(P, beta, law, rho);
        if (r != null) out.add(r);
        out.add(ergodic(P, beta, law));
        return out;
    }

    static double a(int P, double beta, double y) {
        return beta * P / 2.0 * Math.pow(y, P - 1);
    }

    static double nbar(double y, double rho) {
        return Double.isInfinite(rho) ? 0 : y / Math.sqrt(1 + rho);
    }

    /**
     * The low-load transition of the retrieval state (docs/learning.md#eq-learning-9): the spinodal beta_s where the
     * retrieval solution appears and the thermodynamic beta_c where its pressure reaches ln 2.
     * For P = 2 both are 1 / E u^2 (= 1 for the supervised normalisation) and the transition is continuous.
     */
    public record Transition(int P, double betaSpinodal, double ySpinodal, double mSpinodal, double betaCritical,
                             double yCritical, double mCritical, boolean continuous) {
        public double temperatureSpinodal() {
            return 1 / betaSpinodal;
        }

        public double temperatureCritical() {
            return 1 / betaCritical;
        }
    }

    /**
     * Transition lines by parametrising the retrieval branch with its field amplitude x = beta P/2 y^(P-1):
     * y = G(x) = E[u tanh(x u)], beta(x) = 2x / (P G(x)^(P-1)); the spinodal is min_x beta(x) (where (docs/learning.md#eq-learning-5)
     * reaches 1) and the thermodynamic point solves A(x) = ln 2 on the stable side.
     */
    public static Transition transition(int P, SignalLaw law) {
        Check.evenAtLeast("P", P, 2);
        if (P == 2) {
            double b = 1 / law.secondMoment();
            return new Transition(P, b, 0, 0, b, 0, 0, true);
        }
        java.util.function.DoubleUnaryOperator logBeta = lx -> {
            double x = Math.exp(lx), g = law.moments(x, 0)[2];
            return Math.log(2 * x / P) - (P - 1) * Math.log(g);
        };
        double lo = Math.log(1e-3), hi = Math.log(1e4);
        int n = 400;
        double best = Double.POSITIVE_INFINITY;
        int ib = 0;
        for (int i = 0; i <= n; i++) {
            double v = logBeta.applyAsDouble(lo + (hi - lo) * i / n);
            if (v < best) {
                best = v;
                ib = i;
            }
        }
        double step = (hi - lo) / n;
        double lxs = new BrentOptimizer(1e-14, 1e-14).optimize(new MaxEval(10_000),
                new UnivariateObjectiveFunction(logBeta::applyAsDouble), GoalType.MINIMIZE,
                new SearchInterval(lo + (ib - 1) * step, lo + (ib + 1) * step, lo + ib * step)).getPoint();
        double xs = Math.exp(lxs);
        double ys = law.moments(xs, 0)[2];
        double bs = Math.exp(logBeta.applyAsDouble(lxs));
        java.util.function.DoubleUnaryOperator dA = x -> {
            double[] mo = law.moments(x, 0);
            double b = 2 * x / (P * Math.pow(mo[2], P - 1));
            return -b * (P - 1) / 2 * Math.pow(mo[2], P) + mo[3];
        };
        double xh = xs * 2;
        while (dA.applyAsDouble(xh) <= 0) xh *= 2;
        double xc = new BrentSolver(1e-15, 1e-14).solve(10_000, dA::applyAsDouble, xs, xh);
        double[] mc = law.moments(xc, 0);
        double bc = 2 * xc / (P * Math.pow(mc[2], P - 1));
        return new Transition(P, bs, ys, law.moments(xs, 0)[0], bc, mc[2], mc[0], false);
    }
}
