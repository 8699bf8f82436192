package dev.hebbian.theory.multitasking;

import dev.hebbian.Check;

/**
 * Landau expansion of f(n) near the ergodic line (arXiv:2308.04106; docs/multitasking.md#eq-multitasking-7, #eq-multitasking-8):
 * f ~ -ln2/beta + ((1+rho)/2)(1 - beta(1-d)) sum n^2
 *     + (beta^3/12)[(1-d) E chi^4 sum n^4 + 3 (1-d)^2 (1+rho)^2 sum_{mu != nu} n_mu^2 n_nu^2],
 * with E chi^4 = 1 + 6 rho + 3 rho^2 for the Gaussian law (computed from the atoms for the binomial).
 * The transition is continuous at beta(1-d) = 1, and the quartic term favours the parallel state
 * above d*(rho) and the pure state below.
 */
public final class Landau {
    private final double beta, d, rho, chi4;

    private Landau(double beta, double d, ChiLaw law) {
        this.beta = beta;
        this.d = d;
        this.rho = law.rho();
        if (law instanceof ChiLaw.Binomial b) {
            double[] v = b.values(), p = b.probabilities();
            double s = 0;
            for (int i = 0; i < v.length; i++) s += p[i] * Math.pow(v[i], 4);
            chi4 = s;
        } else {
            chi4 = 1 + 6 * rho + 3 * rho * rho;
        }
    }

    public static Landau of(double beta, double d, ChiLaw law) {
        Check.positive("beta", beta);
        Check.inHalfOpen("d", d, 0, 1);
        return new Landau(beta, d, law);
    }

    /** Coefficient of sum n^2: ((1+rho)/2)(1 - beta(1-d)). */
    public double quadratic() {
        return 0.5 * (1 + rho) * (1 - beta * (1 - d));
    }

    /** Coefficient of sum n^4: (beta^3/12)(1-d) E chi^4. */
    public double quarticSelf() {
        return beta * beta * beta / 12 * (1 - d) * chi4;
    }

    /** Coefficient of sum_{mu != nu} n_mu^2 n_nu^2: (beta^3/12) 3 (1-d)^2 (1+rho)^2. */
    public double quarticCross() {
        return beta * beta * beta / 12 * 3 * (1 - d) * (1 - d) * (1 + rho) * (1 + rho);
    }

    /** The fourth-order free energy at n. */
    public double freeEnergy(double[] n) {
        double s2 = 0, s4 = 0;
        for (double v : n) {
            s2 += v * v;
            s4 += v * v * v * v;
        }
        return -Math.log(2) / beta + quadratic() * s2 + quarticSelf() * s4 + quarticCross() * (s2 * s2 - s4);
    }

    /** True when the quartic term prefers the parallel state (equal n) to the pure one at fixed sum n^2. */
    public boolean prefersParallel() {
        return quarticCross() < quarticSelf();
    }
}
