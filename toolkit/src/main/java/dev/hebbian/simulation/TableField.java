package dev.hebbian.simulation;

/**
 * P = 4 fields with dense +-1 patterns and unit weights by table lookups, exact in long arithmetic
 * (docs/monte-carlo.md, step 2): for every block b of 8 patterns and every 8-bit sign mask,
 * table[256 b + mask] = sum_(k<8) (+-1 by bit k) g_(8b+k) with g_mu = p_mu^3 + (8 - 3N) p_mu, so a
 * field is K/8 lookups; after a flip the direct kernel serves the first REBUILD_AFTER fields and only
 * then is the table rebuilt (ski rental).
 */
final class TableField {
    /** Largest K for the lookup tables (32 K longs each: 8 MB per chain). */
    static final int TABLE_MAX_K = 1 << 15;
    /** Direct-kernel fields after a change of the spins before the table is rebuilt (a rebuild costs about as much). */
    static final int REBUILD_AFTER = 16;

    private final Couplings c;
    private final ChainState s;
    private final DirectField direct;
    private final int N;
    private final int K;
    private final long[] table;
    private final long[] g;
    private final long[] lo = new long[16];
    private final long[] hi = new long[16];
    /** sum_mu (3N - 6 - 3 p_mu^2), the part of the field proportional to sigma_i. */
    private long gConst;
    /** The version the table was built for (-1: never). */
    private long tableVersion = -1;
    /** Fields computed by the direct kernel in the state of version countVersion. */
    private int directSinceChange;
    private long countVersion;

    /** Whether the tables apply (else use the direct kernel). */
    static boolean applies(Couplings c, int kind) {
        if (c.bits == null || c.K() > TABLE_MAX_K) return false;
        if (kind != DirectField.P4_PLUS_MINUS) return false; // P = 2 dense uses the bit-sliced sums instead
        double n = c.N();
        // every partial sum of the table field stays below 2^62 in magnitude (exact long arithmetic)
        return (double) c.K() * (n * n * n + 6 * n * n + 3 * n) < 0x1p62;
    }

    TableField(Couplings c, ChainState s, DirectField direct) {
        this.c = c;
        this.s = s;
        this.direct = direct;
        this.N = c.N();
        this.K = c.K();
        this.table = new long[c.blocks << 8];
        this.g = new long[c.blocks * 8];
    }

    /** The field from the current state: by lookups when the table is up to date or worth rebuilding, else by the direct kernel. */
    double field(int i) {
        final long version = s.version;
        if (tableVersion != version) {
            if (countVersion != version) {
                countVersion = version;
                directSinceChange = 0;
            }
            if (directSinceChange < REBUILD_AFTER) {
                directSinceChange++;
                return direct.at(i);
            }
            rebuild();
        }
        return lookup(i);
    }

    /**
     * The field by lookups (rebuilding the table if stale), P = 4 (docs/conventions.md#eq-conventions-2 with s = p - u_i sigma_i,
     * u_i sigma_i = +-1): u_i s (s^2 - (3N - 5)) = sigma_i (3N - 6 - 3p^2) + u_i (p^3 + (8 - 3N) p), so
     * h = (pref / 6) (sigma_i gConst + sum_mu u_i g_mu).
     */
    double lookup(int i) {
        if (tableVersion != s.version) rebuild();
        final byte[] bits = c.bits;
        final long[] t = table;
        final int nb = c.blocks;
        final int base = i * nb;
        long sum = 0;
        for (int b = 0; b < nb; b++) sum += t[(b << 8) | (bits[base + b] & 0xff)];
        return direct.pref * (double) (s.sigma[i] * gConst + sum) / 6;
    }

    private void rebuild() {
        final double[] p1 = s.p1();
        long squares = 0;
        for (int mu = 0; mu < K; mu++) {
            long p = (long) p1[mu];
            g[mu] = p * p * p + (8 - 3L * N) * p;
            squares += p * p;
        }
        gConst = (long) K * (3L * N - 6) - 3 * squares;
        final long[] t = table;
        for (int b = 0; b < c.blocks; b++) {
            quarterTable(8 * b, lo);
            quarterTable(8 * b + 4, hi);
            for (int h = 0; h < 16; h++) {
                final long x = hi[h];
                final int o = (b << 8) | (h << 4);
                for (int l = 0; l < 16; l++) t[o + l] = x + lo[l];
            }
        }
        tableVersion = s.version;
    }

    /** t[m] = sum_(k<4) (bit k of m ? +1 : -1) g[from + k], m = 0 .. 15. */
    private void quarterTable(int from, long[] t) {
        t[0] = -(g[from] + g[from + 1] + g[from + 2] + g[from + 3]);
        for (int m = 1; m < 16; m++) t[m] = t[m & (m - 1)] + 2 * g[from + Integer.numberOfTrailingZeros(m)];
    }
}
