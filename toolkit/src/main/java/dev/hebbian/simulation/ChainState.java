package dev.hebbian.simulation;

/**
 * The spins of one chain and the odd power sums of the pattern overlaps, kept up to date flip by
 * flip so that a local field costs O(K) and never enumerates tuples (docs/monte-carlo.md#eq-mc-1, docs/monte-carlo.md); for
 * P = 2 with dense +-1 patterns the sums are kept bit-sliced ({@link BitSlicedSums}) and the last
 * flips are logged, and odd[0] is read back from the slices only when asked.
 */
final class ChainState {
    /** Flips kept in the log (a power of 2). */
    static final int LOG = 64;
    final Couplings c;
    final int N;
    final int K;
    final byte[] sigma;
    /** odd[j][mu] = sum_i (u^mu_i sigma_i)^(2j+1); only j = 0 for ternary patterns. */
    final double[][] odd;
    /** P = 2 dense: the exact sums bit-sliced; null otherwise. */
    final BitSlicedSums sliced;
    /** P = 2 dense: the last LOG flips by version, logSpin[v & (LOG - 1)] flipped to logSign[...]; null otherwise. */
    final int[] logSpin;
    final byte[] logSign;
    long flips;
    /** Bumped at every change of the spins: a cached field of an older version is stale. */
    long version;
    /** Bumped at every change of the spins and of beta: a cached decision of an older epoch is stale. */
    long pEpoch;
    private boolean oddStale;

    ChainState(Couplings c, byte[] sigma0, boolean bitSliced) {
        this.c = c;
        this.N = c.N();
        this.K = c.K();
        this.sigma = sigma0.clone();
        this.odd = c.oddSums(sigma);
        if (bitSliced) {
            sliced = new BitSlicedSums(c, odd[0]);
            logSpin = new int[LOG];
            logSign = new byte[LOG];
        } else {
            sliced = null;
            logSpin = null;
            logSign = null;
        }
    }

    /** odd[0] = p_1, brought up to date from the integer sums when they lead (P = 2 dense). */
    double[] p1() {
        if (oddStale) {
            sliced.read(odd[0]);
            oddStale = false;
        }
        return odd[0];
    }

    /** Flips spin i and updates the sums (one method per representation, each JIT-compiled with its own profile). */
    void flip(int i) {
        if (sliced != null) flipSliced(i);
        else flipPlain(i);
    }

    private void flipSliced(int i) {
        int s = -sigma[i];
        sigma[i] = (byte) s;
        flips++;
        final int slot = (int) (version & (LOG - 1));
        logSpin[slot] = i;
        logSign[slot] = (byte) s;
        sliced.add(i, s);
        changed();
        oddStale = true; // odd[0] is read back from the planes when needed
    }

    private void flipPlain(int i) {
        int s = -sigma[i];
        sigma[i] = (byte) s;
        flips++;
        final int base = i * K;
        changed();
        final double[] u = c.u;
        final double[] p1 = p1();
        final double two = 2.0 * s;
        if (c.ub != null) {
            final byte[] ub = c.ub;
            for (int mu = 0; mu < K; mu++) p1[mu] += two * ub[base + mu];
        } else {
            for (int mu = 0; mu < K; mu++) p1[mu] += two * u[base + mu];
        }
        if (!c.ternary) {
            for (int j = 1; j < odd.length; j++) {
                double[] pj = odd[j];
                int pow = 2 * j + 1;
                for (int mu = 0; mu < K; mu++) pj[mu] += two * HeatBath.ipow(u[base + mu], pow);
            }
        }
    }

    /**
     * Flips the spins list[0 .. n) at once and recomputes the sums from scratch (real entries: updating
     * them would change their roundoff).
     */
    void flipAllAndRecompute(int[] list, int n) {
        for (int a = 0; a < n; a++) sigma[list[a]] = (byte) -sigma[list[a]];
        flips += n;
        changed();
        double[][] fresh = c.oddSums(sigma);
        for (int j = 0; j < odd.length; j++) System.arraycopy(fresh[j], 0, odd[j], 0, K);
    }

    private void changed() {
        version++;
        pEpoch++;
    }
}
