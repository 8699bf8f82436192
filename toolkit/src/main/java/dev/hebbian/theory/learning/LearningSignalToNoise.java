package dev.hebbian.theory.learning;

import org.hipparchus.special.Erf;

import dev.hebbian.Check;

/**
 * Signal-to-noise analysis of arXiv:2212.00606; docs/learning.md#eq-learning-20, #eq-learning-21, in the canonical load
 * (alpha = alpha_s P!/2). These formulas are the paper's derivation ([D]); the paper's own
 * "ultra-storage" and "ultra-detection" statements could not be read and may differ.
 */
public final class LearningSignalToNoise {
    private LearningSignalToNoise() {}

    /** Which cross-talk model: distinct index tuples (the toolkit default) or all tuples (docs/learning.md#eq-learning-22). */
    public enum Tuples { DISTINCT, ALL }

    /**
     * Inverse signal-to-noise ratio of the one-step stability of the archetype itself (docs/learning.md#eq-learning-20):
     * rho + alpha_s kappa_P (1 + rho)^P, kappa_P = (P-1)! (distinct) or (2P-3)!! (all tuples),
     * with alpha_s = 2 alpha / P!.
     */
    public static double archetypeInverseSnr(int P, double rho, double alpha, Tuples tuples) {
        Check.evenAtLeast("P", P, 2);
        Check.nonNegative("rho", rho);
        Check.nonNegative("alpha", alpha);
        double alphaS = 2 * alpha / factorial(P);
        double kappa = tuples == Tuples.DISTINCT ? factorial(P - 1) : doubleFactorial(2 * P - 3);
        return rho + alphaS * kappa * Math.pow(1 + rho, P);
    }

    /** Inverse SNR at the RS fixed point with overlap y (distinct tuples): rho + 2 alpha (1 + rho) / (P y^(2P-2)) (docs/learning.md#eq-learning-20, #eq-learning-21). */
    public static double fixedPointInverseSnr(int P, double rho, double alpha, double y) {
        Check.evenAtLeast("P", P, 2);
        Check.positive("y", y);
        return rho + 2 * alpha * (1 + rho) / (P * Math.pow(y, 2 * P - 2));
    }

    /** Per-site error probability Phi(-sqrt(SNR)) for a given inverse SNR (docs/learning.md#eq-learning-20, #eq-learning-21). */
    public static double errorProbability(double inverseSnr) {
        Check.nonNegative("inverseSnr", inverseSnr);
        return 0.5 * Erf.erfc(Math.sqrt(1 / inverseSnr) / Math.sqrt(2));
    }

    /**
     * The ultra-detection critical load alpha_c(P, rho -> infinity) (docs/learning.md#eq-learning-15, canonical):
     * (P/2) (2/pi)^(P-1) (P-2)^(P-2) / (P-1)^(P-1), for P >= 4; the retrieval state survives arbitrarily
     * noisy data at any alpha below it (docs/learning.md#eq-learning-20, #eq-learning-21, derived).
     */
    public static double ultraDetectionCapacity(int P) {
        Check.evenAtLeast("P", P, 4);
        return P / 2.0 * Math.pow(2 / Math.PI, P - 1) * Math.pow(P - 2, P - 2) / Math.pow(P - 1, P - 1);
    }

    /** The T = 0 magnetisation that survives as rho grows at low load: erf(1 / sqrt(2 rho)) (docs/learning.md#eq-learning-7). */
    public static double detectionMagnetisation(double rho) {
        Check.nonNegative("rho", rho);
        return rho == 0 ? 1 : Erf.erf(1 / Math.sqrt(2 * rho));
    }

    /** rho threshold for a T = 0 magnetisation at least m* (docs/learning.md#eq-learning-7, #eq-learning-8): 1 / (2 erfinv(m*)^2). */
    public static double rhoThreshold(double mStar) {
        Check.inHalfOpen("m", mStar, Double.MIN_NORMAL, 1);
        double e = Erf.erfInv(mStar);
        return 1 / (2 * e * e);
    }

    static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) f *= k;
        return f;
    }

    static double doubleFactorial(int n) {
        double f = 1;
        for (int k = n; k > 1; k -= 2) f *= k;
        return f;
    }
}
