package dev.hebbian.theory.multitasking;

import org.hipparchus.special.Erf;

import dev.hebbian.Check;

/**
 * Signal-to-noise analysis of the hierarchical configuration sigma* (see
 * arXiv:2308.04106; docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16): the one-step magnetisations m^(1) after a T = 0
 * parallel sweep (the exact per-class version), the cascade-level SNR_k with its threshold on rho,
 * and the coarse global-moment estimate of the fraction of stable neurons. All identical for
 * supervised and unsupervised learning.
 */
public final class MultitaskingSignalToNoise {
    private MultitaskingSignalToNoise() {}

    /** m^(1)_mu = sum_xi P(xi) xi^mu erf(a_xi / (sqrt2 s_xi)) with n proportional to m*_k = (1-d) d^(k-1) (docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16). */
    public static double[] oneStep(int K, double d, double rho) {
        return SelfConsistency.of(K, d, Double.POSITIVE_INFINITY, ChiLaw.gaussian(rho))
                .magnetisations(StoredNetwork.hierarchical(K, d));
    }

    /** D_k = d^2 (1 - d^(2(K-k)))/(1 + d) (docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16), k = 1..K. */
    public static double cascadeNoise(int K, double d, int k) {
        Check.atLeast("K", K, 1);
        Check.inRange("k", k, 1, K);
        Check.inHalfOpen("d", d, 0, 1);
        return d * d * (1 - Math.pow(d, 2 * (K - k))) / (1 + d);
    }

    /** SNR_k = [rho + (1 + rho) D_k]^(-1/2) for pattern k of the cascade (docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16). */
    public static double snr(int K, double d, double rho, int k) {
        Check.nonNegative("rho", rho);
        return 1 / Math.sqrt(rho + (1 + rho) * cascadeNoise(K, d, k));
    }

    /** The largest rho with SNR_k &gt; theta: (theta^-2 - D_k)/(1 + D_k) (negative: never) (docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16). */
    public static double rhoThreshold(int K, double d, int k, double theta) {
        Check.positive("theta", theta);
        double D = cascadeNoise(K, d, k);
        return (1 / (theta * theta) - D) / (1 + D);
    }

    /**
     * Global moments mu1 = E[h sigma*] = sum m*^2 and mu2 = E[h^2] = (1-d)(1+rho) sum m*^2 of the field
     * on sigma* (docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16), returned as {mu1, mu2}.
     */
    public static double[] globalMoments(int K, double d, double rho) {
        Check.atLeast("K", K, 1);
        Check.inHalfOpen("d", d, 0, 1);
        Check.nonNegative("rho", rho);
        double mu1 = (1 - d) * (1 - Math.pow(d, 2 * K)) / (1 + d);
        return new double[] {mu1, (1 - d) * (1 + rho) * mu1};
    }

    /** P(stable) ~ (1/2)[1 + erf(mu1/sqrt(2(mu2 - mu1^2)))] (docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16, coarse). */
    public static double stableFraction(int K, double d, double rho) {
        double[] mu = globalMoments(K, d, rho);
        double var = mu[1] - mu[0] * mu[0];
        if (var <= 0) return 1.0;
        return 0.5 * (1 + Erf.erf(mu[0] / Math.sqrt(2 * var)));
    }
}
