package dev.hebbian.theory.learning;

import org.hipparchus.special.Gamma;

import dev.hebbian.Check;
import dev.hebbian.numerics.FixedPoint;
import dev.hebbian.numerics.LogMath;

/**
 * What changes without supervision (arXiv:2212.00606; docs/learning.md#eq-learning-23, companion paper
 * arXiv 2211.14067): each example is stored as its own pattern (docs/learning.md#eq-learning-23) with normalisation N_U. The
 * archetype ("learning") state at low load is the supervised retrieval state with u = chi_hat / N_U;
 * the example ("storing") state breaks the symmetry between the examples (docs/learning.md#eq-learning-24, solved exactly over
 * chi_1 and the binomial sum of the other M - 1); at high load the cross-talk variance per tuple is
 * V_U / N_U^(2P), V_U = 1/M + (1 - 1/M) r^(2P) (docs/learning.md#eq-learning-25), so alpha_c^U = alpha_c^S R^P / V_U (docs/learning.md#eq-learning-25).
 */
public final class UnsupervisedTheory {
    private static final double LN2 = Math.log(2);

    private UnsupervisedTheory() {}

    /** The normalisation N_U of the unsupervised Hamiltonian (docs/learning.md#eq-learning-23): sqrt(R) (default) or r (unresolved in arXiv:2211.14067). */
    public enum Normalisation {
        SQRT_R, R;

        double value(ExampleSet d) {
            return this == SQRT_R ? Math.sqrt(d.R()) : d.r();
        }
    }

    /** The signal law of the unsupervised archetype state: u = chi_hat / N_U. */
    public static SignalLaw law(ExampleSet d, Noise noise, Normalisation n) {
        requireExamples(d);
        SignalLaw base = SignalLaw.of(d, noise);
        return n == Normalisation.SQRT_R ? base : base.scaled(Math.sqrt(d.R()) / n.value(d));
    }

    /** V_U = 1/M + (1 - 1/M) r^(2P): the per-tuple coupling variance times N_U^(2P) (docs/learning.md#eq-learning-25). */
    public static double varianceFactor(int P, ExampleSet d) {
        requireExamples(d);
        Check.evenAtLeast("P", P, 2);
        int M = d.M();
        return 1.0 / M + (1 - 1.0 / M) * Math.pow(d.r(), 2 * P);
    }

    /** The high-load noise factor phi = V_U / N_U^(2P) multiplying alpha in the cross-talk (docs/learning.md#eq-learning-25). */
    public static double noiseFactor(int P, ExampleSet d, Normalisation n) {
        return varianceFactor(P, d) / Math.pow(n.value(d), 2 * P);
    }

    /** alpha_c^U / alpha_c^S = R^P / V_U at T = 0 (docs/learning.md#eq-learning-25); depends on r and M separately. */
    public static double capacityRatio(int P, ExampleSet d) {
        return Math.pow(d.R(), P) / varianceFactor(P, d);
    }

    /**
     * The example-storing state at low load (docs/learning.md#eq-learning-24) for one class: overlap y1 with example 1 and y2 with
     * each of the other M - 1 examples (symmetric), started from sigma = eta^(1,1). Returns null when it
     * does not exist (the iteration falls onto the archetype state y1 = y2, or onto y = 0), and for M = 1.
     */
    public static LearningState exampleState(int P, double beta, ExampleSet d, Normalisation n) {
        requireExamples(d);
        int M = d.M();
        if (M == 1) return null;
        double nu = n.value(d), r = d.r();
        // atoms over chi_1 = +-1 and S = sum of the other M - 1 chi's = 2k - (M - 1)
        int K = M - 1;
        double p = (1 + r) / 2;
        double[] chi = new double[2 * (K + 1)], sum = new double[chi.length], w = new double[chi.length];
        double lg = Gamma.logGamma(K + 1.0);
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k <= K; k++) {
                int i = c * (K + 1) + k;
                chi[i] = c == 0 ? 1 : -1;
                sum[i] = 2.0 * k - K;
                double lw = lg - Gamma.logGamma(k + 1.0) - Gamma.logGamma(K - k + 1.0);
                double pk = r == 1 ? (k == K ? 1 : 0) : Math.exp(lw + k * Math.log(p) + (K - k) * Math.log1p(-p));
                w[i] = (c == 0 ? p : 1 - p) * pk;
            }
        }
        boolean zeroT = Double.isInfinite(beta);
        java.util.function.DoubleUnaryOperator act = h -> zeroT ? Math.signum(h) : Math.tanh(beta * P / (2.0 * M * nu) * h);
        FixedPoint.Result res = FixedPoint.of(x -> {
                    double a1 = Math.pow(x[0], P - 1), a2 = Math.pow(x[1], P - 1), y1 = 0, y2 = 0;
                    for (int i = 0; i < w.length; i++) {
                        double t = act.applyAsDouble(a1 * chi[i] + a2 * sum[i]);
                        y1 += w[i] * chi[i] * t;
                        y2 += w[i] * sum[i] / K * t;
                    }
                    return new double[] {y1 / nu, y2 / nu};
                }).named("unsupervised example state").damping(0.5).tolerance(1e-13).maxIterations(100_000)
                .bounds(new double[] {0, 0}, new double[] {100, 100}).allowUnconverged(true)
                .solve(1 / nu, r * r / nu);
        double y1 = res.x(0), y2 = res.x(1);
        if (y1 < LowLoadTheory.Y_MIN || Math.abs(y1 - y2) < 1e-6 * y1) return null;
        double a1 = Math.pow(y1, P - 1), a2 = Math.pow(y2, P - 1), m = 0, q = 0, lc = 0, eAbs = 0;
        for (int i = 0; i < w.length; i++) {
            double h = a1 * chi[i] + a2 * sum[i], t = act.applyAsDouble(h);
            m += w[i] * t;
            q += w[i] * t * t;
            if (!zeroT) lc += w[i] * LogMath.logCosh(beta * P / (2.0 * M * nu) * h);
            eAbs += w[i] * Math.abs(h);
        }
        double cost = (P - 1) / (2.0 * M) * (Math.pow(y1, P) + K * Math.pow(y2, P));
        double A = zeroT ? Double.POSITIVE_INFINITY : LN2 - beta * cost + lc;
        double f = zeroT ? cost - P / (2.0 * M * nu) * eAbs : -A / beta;
        return new LearningState(Phase.EXAMPLE, y1, y2, Double.NaN, m, q, A, f, Double.NaN, res.converged(), res.iterations(), res.residual());
    }

    // ---------------------------------------------------------------- loss-function bridge (docs/learning.md#eq-learning-26)

    /** L^+ = ||xi - sigma||^2 / (2N) = 1 - m (docs/learning.md#eq-learning-26). */
    public static double lossPlus(double m) {
        return 1 - m;
    }

    /** L^- = ||xi + sigma||^2 / (2N) = 1 + m (docs/learning.md#eq-learning-26). */
    public static double lossMinus(double m) {
        return 1 + m;
    }

    /** The loss L = L^+ L^- = 1 - m^2 (docs/learning.md#eq-learning-26): test loss against the archetype, training loss against an example. */
    public static double loss(double m) {
        Check.inClosed("m", m, -1, 1);
        return 1 - m * m;
    }

    /**
     * Energy per neuron of the dense Hopfield model written through the losses
     * (docs/learning.md#eq-learning-26), in the toolkit's normalisation (docs/conventions.md#eq-conventions-1):
     * H/N = -(1/2) sum_mu (1 - L_mu)^(P/2) = -(1/2) sum_mu m_mu^P, up to O(1/N). (The papers' Hamiltonian
     * has 1/P! in place of 1/2; docs/conventions.md#units-table.) Losses must be in [0, 1].
     */
    public static double energyFromLosses(int P, double[] losses) {
        Check.evenAtLeast("P", P, 2);
        double e = 0;
        for (int mu = 0; mu < losses.length; mu++) e += Math.pow(1 - checkedLoss("losses[" + mu + "]", losses[mu]), P / 2.0);
        return -e / 2;
    }

    /**
     * Energy per neuron of the unsupervised network written through the training losses
     * L_{mu a} = 1 - n_{mu a}^2 on the examples (docs/learning.md#eq-learning-26):
     * H_U/N = -(1/(2 M N_U^P)) sum_{mu, a} (1 - L_{mu a})^(P/2), up to O(1/N); losses[mu][a], M = losses[mu].length
     * (the same for every mu), nU the normalisation N_U of docs/conventions.md#eq-conventions-8.
     */
    public static double energyFromTrainingLosses(int P, double nU, double[][] losses) {
        Check.evenAtLeast("P", P, 2);
        Check.positive("nU", nU);
        if (losses.length == 0) return 0;
        int M = losses[0].length;
        if (M == 0) throw new Check.InvalidParameterException("losses[0].length", 0, ">= 1 (one loss per example)");
        double e = 0;
        for (int mu = 0; mu < losses.length; mu++) {
            if (losses[mu].length != M)
                throw new Check.InvalidParameterException("losses[" + mu + "].length", losses[mu].length, "= M = " + M + " (every class has M examples)");
            for (int a = 0; a < M; a++) e += Math.pow(1 - checkedLoss("losses[" + mu + "][" + a + "]", losses[mu][a]), P / 2.0);
        }
        return -e / (2.0 * M * Math.pow(nU, P));
    }

    private static double checkedLoss(String name, double l) {
        Check.inClosed(name, l, 0, 1);
        return l;
    }

    static void requireExamples(ExampleSet d) {
        if (!d.hasExamples())
            throw new Check.InvalidParameterException("M", "unspecified",
                    "given (the unsupervised model depends on r and M separately, not on rho alone)");
    }
}
