package dev.hebbian.simulation;

/**
 * The exact local field of every spin, cached until a spin flips, by the fastest exact path: for
 * P = 2 with dense +-1 patterns exact integers brought up to date flip by flip from the flip log
 * (K/64 popcounts a flip) or afresh from the bit-sliced sums, for P = 4 dense table lookups, else
 * the direct kernel (docs/monte-carlo.md, steps 1, 2, 4 and 5).
 */
final class Fields {
    private final ChainState s;
    final DirectField direct;
    /** Null unless P = 4 with dense +-1 patterns and K small enough. */
    private final TableField table;
    /** P = 2 dense: the integer fields S_i = sum_mu u^mu_i p_mu (h_i = pref (S_i - sigma_i K)) at the version stamped in hCache; else null. */
    private final long[] sCache;
    private final int K;
    /**
     * hCache[2i] = field(i) in the state of version hCache[2i + 1] (fields only change when a spin
     * flips); value and stamp side by side, one cache line per spin.
     */
    private final double[] hCache;

    Fields(Couplings c, ChainState s, DirectField direct) {
        this.s = s;
        this.direct = direct;
        this.K = c.K();
        this.table = TableField.applies(c, direct.kind) ? new TableField(c, s, direct) : null;
        this.sCache = s.sliced != null ? new long[c.N()] : null;
        this.hCache = new double[2 * c.N()];
        for (int i = 0; i < c.N(); i++) hCache[2 * i + 1] = -1;
    }

    /** The exact field of spin i now (cached). */
    double field(int i) {
        if (hCache[2 * i + 1] == s.version) return hCache[2 * i];
        double h = sCache != null ? incremental(i) : table != null ? table.field(i) : direct.at(i);
        hCache[2 * i] = h;
        hCache[2 * i + 1] = s.version;
        return h;
    }

    /** field(i), by the incremental path for P = 2 dense (a separate copy: one JIT profile per representation). */
    double exact(int i) {
        return sCache != null ? sliced(i) : field(i);
    }

    private double sliced(int i) {
        if (hCache[2 * i + 1] == s.version) return hCache[2 * i];
        double h = incremental(i);
        hCache[2 * i] = h;
        hCache[2 * i + 1] = s.version;
        return h;
    }

    /** P = 2, dense: the field from the logged flips since the cached one, or afresh from the bit-sliced sums. */
    private double incremental(int i) {
        final long stamp = (long) hCache[2 * i + 1];
        final long version = s.version;
        final long behind = version - stamp;
        final BitSlicedSums sums = s.sliced;
        long S;
        if (stamp >= 0 && behind < sums.nbits) { // F popcounted rows against nbits of them afresh
            S = sCache[i];
            final long[] w = s.c.words;
            final int W = s.c.wordsPerSpin;
            final int bi = i * W;
            final int[] logSpin = s.logSpin;
            final byte[] logSign = s.logSign;
            for (long v = stamp; v < version; v++) {
                final int slot = (int) (v & (ChainState.LOG - 1));
                final int bj = logSpin[slot] * W;
                int diff = 0;
                for (int k = 0; k < W; k++) diff += Long.bitCount(w[bi + k] ^ w[bj + k]);
                S += 2L * logSign[slot] * (K - 2L * diff);
            }
        } else {
            S = sums.sum(i);
        }
        sCache[i] = S;
        return direct.pref * (double) (S - s.sigma[i] * (long) K);
    }

    /** Tests: the field from scratch by the fast exact path (bit-sliced sums for P = 2, table lookups for P = 4). */
    double fromScratch(int i) {
        if (sCache != null) return direct.pref * (double) (s.sliced.sum(i) - s.sigma[i] * (long) K);
        return table.lookup(i);
    }
}
