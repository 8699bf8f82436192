package dev.hebbian.simulation;

/**
 * TEST-ONLY oracle: the energy of the dense network by explicit enumeration of index tuples,
 * H = -(1/(2 N^(P-1))) sum_mu w_mu sum_(i_1..i_P) u_(i_1) sigma_(i_1) ... u_(i_P) sigma_(i_P), over ordered
 * tuples of distinct indices (canonical, docs/conventions.md) or over all N^P tuples. Exponential cost.
 */
final class BruteForce {
    private BruteForce() {}

    static double energy(int P, double[][] u, double[] w, byte[] sigma, boolean distinct) {
        int N = sigma.length;
        double total = 0;
        int[] idx = new int[P];
        for (int mu = 0; mu < u.length; mu++) {
            double sum = 0;
            long count = (long) Math.pow(N, P);
            for (long t = 0; t < count; t++) {
                long r = t;
                for (int k = 0; k < P; k++) {
                    idx[k] = (int) (r % N);
                    r /= N;
                }
                if (distinct && hasRepeat(idx)) continue;
                double prod = 1;
                for (int k = 0; k < P; k++) prod *= u[mu][idx[k]] * sigma[idx[k]];
                sum += prod;
            }
            total += w[mu] * sum;
        }
        return -total / (2 * Math.pow(N, P - 1));
    }

    private static boolean hasRepeat(int[] idx) {
        for (int a = 0; a < idx.length; a++) for (int b = a + 1; b < idx.length; b++) if (idx[a] == idx[b]) return true;
        return false;
    }
}
