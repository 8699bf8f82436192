package dev.hebbian.theory.multitasking;

/**
 * The named states of the multitasking network (arXiv:2308.04106; docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11
 * and 4.3). Used both as seeds of the solver ({@link #seed}) and as the classification of a solution.
 *
 * <ul>
 *   <li>ERGODIC: m = 0.</li>
 *   <li>PURE: only one pattern condensed, m = (m1, 0, ...).</li>
 *   <li>HIERARCHICAL: m1 &gt; m2 &gt; ... (the cascade; trailing zeros allowed, e.g. (m1, m2, 0) for
 *       d_2 &lt; d &lt; d_3); at T = 0, rho = 0 it is m_k = (1-d) d^(k-1).</li>
 *   <li>PARTIALLY_SYMMETRIC: some but not all of the top signals equal, e.g. (x, x, y) for K = 3.</li>
 *   <li>PARALLEL: all K signals equal and non-zero (the symmetric state S).</li>
 *   <li>ALTERNATIVE: the ordered state X of K = 3 beyond d_c (docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11; seeds and classification
 *       at T = 0, rho = 0).</li>
 * </ul>
 * Classification uses the magnitudes |m_mu| sorted in decreasing order.
 */
public enum MultitaskingState {
    ERGODIC, PURE, HIERARCHICAL, PARTIALLY_SYMMETRIC, PARALLEL, ALTERNATIVE;

    /** The seed n of this state for K patterns at dilution d (docs/multitasking.md#eq-multitasking-9). */
    public double[] seed(int K, double d) {
        double[] n = new double[K];
        double p = 1 - d;
        switch (this) {
            case ERGODIC -> { }
            case PURE -> n[0] = p;
            case HIERARCHICAL -> {
                for (int k = 0; k < K; k++) n[k] = p * Math.pow(d, k);
            }
            case PARTIALLY_SYMMETRIC -> {
                for (int k = 0; k < K; k++) n[k] = p * Math.pow(d, k);
                if (K >= 2) n[0] = n[1] = 0.5 * (n[0] + n[1]);
            }
            case PARALLEL -> {
                for (int k = 0; k < K; k++) n[k] = StoredNetwork.symmetricMagnetisation(K, d);
            }
            case ALTERNATIVE -> {
                if (K != 3) throw new dev.hebbian.Check.InvalidParameterException("K", K,
                        "3 for the alternative state X");
                n = StoredNetwork.alternativeX(d);
            }
        }
        return n;
    }

    /** Classify magnetisations with absolute tolerance tol on equalities and zeros. */
    public static MultitaskingState classify(double[] m, double tol) {
        double[] a = new double[m.length];
        for (int i = 0; i < m.length; i++) a[i] = Math.abs(m[i]);
        java.util.Arrays.sort(a);
        int K = a.length;
        // decreasing order
        for (int i = 0; i < K / 2; i++) {
            double t = a[i];
            a[i] = a[K - 1 - i];
            a[K - 1 - i] = t;
        }
        if (a[0] <= tol) return ERGODIC;
        int condensed = 0;
        for (double v : a) if (v > tol) condensed++;
        if (condensed == 1) return PURE;
        boolean allEqual = a[K - 1] > tol && a[0] - a[K - 1] <= tol;
        if (allEqual) return PARALLEL;
        boolean strict = true;
        for (int i = 0; i + 1 < condensed; i++) if (a[i] - a[i + 1] <= tol) strict = false;
        if (strict) return HIERARCHICAL;
        return PARTIALLY_SYMMETRIC;
    }
}
