package dev.hebbian.simulation;

/**
 * P = 2 with dense +-1 patterns: the overlap sums bit-sliced, q_mu = p_mu + N in [0, 2N], so that
 * sum_mu u^mu_i p_mu costs about log2(2N) K / 64 popcounts and a flip adds +-2 to every q_mu with a
 * bit-sliced ripple adder (docs/monte-carlo.md, step 4).
 */
final class BitSlicedSums {
    private final Couplings c;
    private final int N;
    private final int K;
    /** Bit slices: 2N < 2^nbits. */
    final int nbits;
    /** Bit b of q_mu at bit mu & 63 of planes[(mu / 64) nbits + b] (0 on the padding lanes). */
    private final long[] planes;
    private final long[] validLanes;
    /** plusCount[i] = the number of +1 entries of spin i's patterns. */
    private final int[] plusCount;
    private long qSum;

    BitSlicedSums(Couplings c, double[] p1) {
        this.c = c;
        this.N = c.N();
        this.K = c.K();
        final int W = c.wordsPerSpin;
        nbits = 64 - Long.numberOfLeadingZeros(2L * N); // 2N < 2^nbits
        planes = new long[nbits * W];
        validLanes = new long[W];
        for (int mu = 0; mu < K; mu++) {
            long q = (long) p1[mu] + N;
            validLanes[mu >>> 6] |= 1L << (mu & 63);
            qSum += q;
            for (int b = 0; b < nbits; b++) {
                if (((q >>> b) & 1) != 0) planes[(mu >>> 6) * nbits + b] |= 1L << (mu & 63);
            }
        }
        plusCount = new int[N];
        for (int i = 0; i < N; i++) {
            int n = 0;
            for (int k = 0; k < W; k++) n += Long.bitCount(c.words[i * W + k]);
            plusCount[i] = n;
        }
    }

    /** The sums after spin i turned to s: q_mu += 2 s u^mu_i. */
    void add(int i, int s) {
        // +2 on the lanes where s u = +1 (plus), -2 on the other valid lanes
        final long[] w = c.words;
        final long[] pl = planes;
        final int W = c.wordsPerSpin;
        final int bi = i * W;
        for (int k = 0; k < W; k++) {
            final long valid = validLanes[k];
            final long plus = (s > 0 ? w[bi + k] : ~w[bi + k]) & valid;
            final long minus = valid & ~plus; // -2 = ...1110, +2 = ...0010 (two's complement)
            final int o = k * nbits;
            // bit 0 adds 0 and bit 1 adds 1 on every valid lane (no carry into bit 1), then the rest
            long x = pl[o + 1];
            long carry = x & valid;
            pl[o + 1] = x ^ valid;
            for (int b = 2; b < nbits; b++) {
                x = pl[o + b];
                final long t = x ^ minus;
                pl[o + b] = t ^ carry;
                carry = (x & minus) | (carry & t);
            }
        }
        qSum += 2L * s * (2L * plusCount[i] - K);
    }

    /** sum_mu u^mu_i p_mu, exact: 2 sum_b 2^b popcount(xi_i AND plane_b) - sum_mu q_mu - N (2 popcount(xi_i) - K). */
    long sum(int i) {
        final long[] w = c.words;
        final long[] pl = planes;
        final int W = c.wordsPerSpin;
        final int bi = i * W;
        final int nb = nbits;
        long weighted = 0;
        for (int k = 0; k < W; k++) {
            final long x = w[bi + k];
            final int o = k * nb;
            for (int b = 0; b < nb; b++) weighted += (long) Long.bitCount(x & pl[o + b]) << b;
        }
        return 2 * weighted - qSum - (long) N * (2L * plusCount[i] - K);
    }

    /** p1[mu] = q_mu - N for every mu. */
    void read(double[] p1) {
        for (int mu = 0; mu < K; mu++) {
            long q = 0;
            for (int b = nbits - 1; b >= 0; b--) q = 2 * q + ((planes[(mu >>> 6) * nbits + b] >>> (mu & 63)) & 1);
            p1[mu] = q - N;
        }
    }
}
