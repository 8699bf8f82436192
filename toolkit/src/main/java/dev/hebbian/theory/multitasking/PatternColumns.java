package dev.hebbian.theory.multitasking;

import java.util.ArrayList;
import java.util.List;

/**
 * The 3^K pattern columns (xi^1..xi^K) of one site with their probabilities
 * P(xi) = d^(K-|S|) ((1-d)/2)^|S| (arXiv:2308.04106; docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4; with one dilution
 * d_mu per pattern, docs/multitasking.md#eq-multitasking-9, the product of the per-pattern factors), halved by the
 * gauge xi -> -xi (every quantity the theory needs is even under it): only columns whose first
 * non-zero entry is +1 are kept, with twice their probability. The all-blank column is dropped (it
 * contributes nothing to m, n or the Hessian, and ln cosh 0 = 0 to the pressure).
 */
final class PatternColumns {
    /** The largest K enumerated exactly (3^8 = 6561 columns; a finite-T solve at K = 8 takes seconds). */
    static final int MAX_K = 8;

    final int K;
    /** Dilution of each pattern (all equal in the standard model; docs/multitasking.md#eq-multitasking-9 otherwise). */
    final double[] dilutions;
    /** xi[c][mu] in {-1, 0, 1}. */
    final int[][] xi;
    /** Indices of the non-blank entries of column c. */
    final int[][] support;
    /** Probability of column c or its gauge image (twice P(xi)). */
    final double[] weight;

    PatternColumns(int K, double d) {
        this(filled(K, d));
    }

    private static double[] filled(int K, double d) {
        double[] a = new double[K];
        java.util.Arrays.fill(a, d);
        return a;
    }

    PatternColumns(double[] dilutions) {
        int K = dilutions.length;
        this.K = K;
        this.dilutions = dilutions.clone();
        List<int[]> cols = new ArrayList<>();
        int total = 1;
        for (int i = 0; i < K; i++) total *= 3;
        for (int code = 0; code < total; code++) {
            int[] x = new int[K];
            int c = code;
            for (int mu = 0; mu < K; mu++) {
                x[mu] = c % 3 - 1;
                c /= 3;
            }
            int first = 0;
            for (int v : x) {
                if (v != 0) {
                    first = v;
                    break;
                }
            }
            if (first == 1) cols.add(x);
        }
        int n = cols.size();
        xi = new int[n][];
        support = new int[n][];
        weight = new double[n];
        for (int c = 0; c < n; c++) {
            xi[c] = cols.get(c);
            int s = 0;
            for (int v : xi[c]) if (v != 0) s++;
            support[c] = new int[s];
            int j = 0;
            for (int mu = 0; mu < K; mu++) if (xi[c][mu] != 0) support[c][j++] = mu;
            double w = 2;
            for (int mu = 0; mu < K; mu++) w *= xi[c][mu] == 0 ? dilutions[mu] : (1 - dilutions[mu]) / 2;
            weight[c] = w;
        }
    }

    int size() {
        return xi.length;
    }
}
