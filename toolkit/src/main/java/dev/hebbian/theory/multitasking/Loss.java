package dev.hebbian.theory.multitasking;

import dev.hebbian.Check;

/**
 * The cost function / squared-error loss link (arXiv:2308.04106; docs/multitasking.md#eq-multitasking-17, #eq-multitasking-18):
 * L^+-(sigma; v) = (1/2N) ||v -+ sigma||^2, the two-sided loss L_mu = L^+ L^- = (1 - d_mu/2)^2 - m_mu^2,
 * and H^(0)/N = (1/2) sum_mu [L_mu - (1 - d_mu/2)^2]: minimising the Hamiltonian minimises sum_mu L_mu
 * (same minima). For the learning models the targets are the class means eta-hat^mu.
 */
public final class Loss {
    private Loss() {}

    /** L^+(sigma; v) = (1/2N) ||v - sigma||^2 for a target v (entries -1, 0, 1 or any real) and spins sigma. */
    public static double plus(int[] sigma, double[] v) {
        return half(sigma, v, -1);
    }

    /** L^-(sigma; v) = (1/2N) ||v + sigma||^2. */
    public static double minus(int[] sigma, double[] v) {
        return half(sigma, v, +1);
    }

    /** L = L^+ L^-, invariant under sigma -&gt; -sigma. */
    public static double twoSided(int[] sigma, double[] v) {
        return plus(sigma, v) * minus(sigma, v);
    }

    private static double half(int[] sigma, double[] v, int sign) {
        if (sigma.length != v.length) throw new IllegalArgumentException("sigma and v have different lengths");
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            double e = v[i] + sign * sigma[i];
            s += e * e;
        }
        return s / (2.0 * v.length);
    }

    /** L_mu = (1 - d_mu/2)^2 - m_mu^2 for a ternary target with blank fraction d_mu (docs/multitasking.md#eq-multitasking-17, #eq-multitasking-18). */
    public static double twoSidedFromOverlap(double m, double dMu) {
        Check.inClosed("d", dMu, 0, 1);
        double c = 1 - dMu / 2;
        return c * c - m * m;
    }

    /** H^(0)/N = (1/2) sum_mu [L_mu - (1 - d_mu/2)^2] (docs/multitasking.md#eq-multitasking-17, #eq-multitasking-18). */
    public static double storedEnergy(double[] losses, double[] dMu) {
        double e = 0;
        for (int mu = 0; mu < losses.length; mu++) {
            double c = 1 - dMu[mu] / 2;
            e += 0.5 * (losses[mu] - c * c);
        }
        return e;
    }

    /** Learning models: L^+- = c -+ (1+rho) n_mu with c = (1 + (1-d)(1+rho))/2 (docs/multitasking.md#eq-multitasking-17, #eq-multitasking-18); returns {L+, L-}. */
    public static double[] learningLosses(double n, double d, double rho) {
        Check.inHalfOpen("d", d, 0, 1);
        Check.nonNegative("rho", rho);
        double c = (1 + (1 - d) * (1 + rho)) / 2;
        return new double[] {c - (1 + rho) * n, c + (1 + rho) * n};
    }

    /** H^sup/N = (1/(2(1+rho))) sum_mu [L^+ L^- - c^2] = -((1+rho)/2) sum n^2 (docs/multitasking.md#eq-multitasking-17, #eq-multitasking-18). */
    public static double supervisedEnergy(double[] n, double d, double rho) {
        double c = (1 + (1 - d) * (1 + rho)) / 2, e = 0;
        for (double v : n) {
            double[] l = learningLosses(v, d, rho);
            e += (l[0] * l[1] - c * c) / (2 * (1 + rho));
        }
        return e;
    }
}
