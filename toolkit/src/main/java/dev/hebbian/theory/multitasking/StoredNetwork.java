package dev.hebbian.theory.multitasking;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.util.CombinatoricsUtils;

import dev.hebbian.Check;

/**
 * Closed forms of the stored multitasking network at T = 0, rho = 0 (see
 * arXiv:2308.04106; docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11): the hierarchical cascade H, m_k = (1-d) d^(k-1),
 * its existence condition sum_{k=1}^{K-1} d^k &lt; 1 and critical dilution d_c(K), the alternative
 * K = 3 state X, the symmetric state m^S(K), their energies e = -(1/2) sum m^2 and the H/X crossing.
 */
public final class StoredNetwork {
    private StoredNetwork() {}

    /** m_k^H = (1-d) d^(k-1), k = 1..K (docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11). */
    public static double[] hierarchical(int K, double d) {
        Check.atLeast("K", K, 1);
        Check.inHalfOpen("d", d, 0, 1);
        double[] m = new double[K];
        for (int k = 0; k < K; k++) m[k] = (1 - d) * Math.pow(d, k);
        return m;
    }

    /** Heterogeneous dilutions (docs/multitasking.md#eq-multitasking-9): the cascade m_k = (1 - d_k) prod_{j &lt; k} d_j, in the given order. */
    public static double[] hierarchical(double[] dilutions) {
        double[] m = new double[dilutions.length];
        double blank = 1;
        for (int k = 0; k < m.length; k++) {
            Check.inHalfOpen("d_" + (k + 1), dilutions[k], 0, 1);
            m[k] = (1 - dilutions[k]) * blank;
            blank *= dilutions[k];
        }
        return m;
    }

    /** e_H = -((1-d)^2/2) (1 - d^(2K))/(1 - d^2) (docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11). */
    public static double hierarchicalEnergy(int K, double d) {
        Check.atLeast("K", K, 1);
        Check.inHalfOpen("d", d, 0, 1);
        return -0.5 * (1 - d) * (1 - d) * (1 - Math.pow(d, 2 * K)) / (1 - d * d);
    }

    /** True iff H is a T = 0 fixed point: sum_{k=1}^{K-1} d^k &lt; 1 (docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11). */
    public static boolean hierarchicalExists(int K, double d) {
        Check.atLeast("K", K, 1);
        Check.inHalfOpen("d", d, 0, 1);
        double s = 0;
        for (int k = 1; k < K; k++) s += Math.pow(d, k);
        return s < 1;
    }

    /** d_c(K): root of sum_{k=1}^{K-1} d^k = 1 (1 for K &lt;= 2; tends to 1/2 as K grows), docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11. */
    public static double criticalDilution(int K) {
        Check.atLeast("K", K, 1);
        if (K <= 2) return 1.0;
        return new BrentSolver(1e-16, 1e-16, 1e-300).solve(200, x -> {
            double s = 0, p = 1;
            for (int k = 1; k < K; k++) {
                p *= x;
                s += p;
            }
            return s - 1;
        }, 0.0, 1.0);
    }

    /** d_c(infinity) = 1/2. */
    public static double criticalDilutionLimit() {
        return 0.5;
    }

    /** The K = 3 state X (docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11), p = 1 - d: (pd^2 + 2p^2 d + p^3/2, pd^2 + p^2 d + p^3/2, pd^2 + p^3/2). */
    public static double[] alternativeX(double d) {
        Check.inHalfOpen("d", d, 0, 1);
        double p = 1 - d;
        return new double[] {p * d * d + 2 * p * p * d + p * p * p / 2, p * d * d + p * p * d + p * p * p / 2,
                p * d * d + p * p * p / 2};
    }

    /** e = -(1/2) sum m^2 of a T = 0, rho = 0 state (docs/multitasking.md#eq-multitasking-1). */
    public static double energy(double[] m) {
        double e = 0;
        for (double v : m) e -= 0.5 * v * v;
        return e;
    }

    /** The dilution where e_H = e_X for K = 3 (docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11: 0.5469181607). */
    public static double hierarchicalAlternativeCrossing() {
        return new BrentSolver(1e-16, 1e-16, 1e-300).solve(200,
                x -> hierarchicalEnergy(3, x) - energy(alternativeX(x)), 0.3, 0.6);
    }

    /**
     * m^S(K) = (1-d) sum_j C(K-1, j) (1-d)^j d^(K-1-j) C(j, ceil(j/2)) 2^-j, the symmetric state with
     * sgn(0) = 0 (docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11).
     */
    public static double symmetricMagnetisation(int K, double d) {
        Check.atLeast("K", K, 1);
        Check.inHalfOpen("d", d, 0, 1);
        double s = 0;
        for (int j = 0; j <= K - 1; j++) {
            s += CombinatoricsUtils.binomialCoefficientDouble(K - 1, j) * Math.pow(1 - d, j) * Math.pow(d, K - 1 - j)
                    * CombinatoricsUtils.binomialCoefficientDouble(j, (j + 1) / 2) * Math.pow(2, -j);
        }
        return (1 - d) * s;
    }
}
