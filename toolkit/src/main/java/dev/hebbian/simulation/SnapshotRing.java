package dev.hebbian.simulation;

/**
 * A ring of snapshots of the overlap sums and bounds on how far the fields have moved since each
 * (docs/monte-carlo.md, step 10): with +-1 patterns |h_i(now) - h_i(then)| <= pref sum_mu |p_mu(now) -
 * p_mu(then)| while spin i itself has not flipped, and after f random flips that l1 distance grows like
 * 2K sqrt(2f / pi), not 2Kf. A snapshot is taken at the start of a round at most every SNAP_EVERY
 * flips. Chains without exact integer sums (P = 4, real patterns) take distance 0 at a snapshot's own
 * state and infinity after.
 */
final class SnapshotRing {
    static final int SNAPS = 32;
    static final int SNAP_EVERY = 16;

    private final ChainState s;
    private final int K;
    private final double pref;
    /** The most a field moves per flip: 2 K pref (with slack) for P = 2 dense, else infinity. */
    final double stepRoom;
    /** P = 2 dense: the exact overlap sums p_mu at version pVersion (brought up to date from the flip log when needed), and their snapshots; null otherwise. */
    private final int[] pNow;
    private long pVersion;
    private final int[][] snap;
    private final long[] snapVersion = new long[SNAPS];
    /** pref-scaled l1 distance (with slack) of each live snapshot to the latest one. */
    private final double[] snapRoom = new double[SNAPS];
    /** Serial of the latest snapshot (-1: none yet). */
    long latest = -1;
    /** pref-scaled l1 distance of the sums at version distVersion to the latest snapshot. */
    private double roomNow;
    private long distVersion = -1;

    SnapshotRing(ChainState s, double pref) {
        this.s = s;
        this.K = s.K;
        this.pref = pref;
        final boolean exact = s.sliced != null;
        this.stepRoom = exact ? 2.0 * K * pref * (1 + 1e-9) : Double.POSITIVE_INFINITY;
        if (exact) {
            pNow = new int[K];
            for (int mu = 0; mu < K; mu++) pNow[mu] = (int) s.odd[0][mu];
            snap = new int[SNAPS][K];
        } else {
            pNow = null;
            snap = null;
        }
    }

    /** Whether snapshot serial can still be used (taken, and not yet evicted). */
    boolean live(long serial) {
        return serial >= 0 && serial > latest - SNAPS;
    }

    /** The distance bound from snapshot serial (live) to the latest one. */
    double toLatest(long serial) {
        return snapRoom[(int) (serial & (SNAPS - 1))];
    }

    /** The version of the spins at the latest snapshot (one must exist). */
    long latestVersion() {
        return snapVersion[(int) (latest & (SNAPS - 1))];
    }

    /** A bound on how far (pref-scaled l1) the sums are now from snapshot serial s: infinity once it is evicted. */
    double room(long serial) {
        if (serial < 0 || serial <= latest - SNAPS) return Double.POSITIVE_INFINITY;
        return snapRoom[(int) (serial & (SNAPS - 1))] + roomHere();
    }

    /** A bound on the distance of the current sums to the latest snapshot. */
    double roomHere() {
        final long since = s.version - distVersion;
        return roomNow + (since == 0 ? 0 : since * stepRoom);
    }

    /**
     * At the start of a round: a new snapshot of the sums when none is recent enough (SNAP_EVERY flips),
     * and the distance of the current sums to the latest one.
     */
    void checkpoint() {
        final long version = s.version;
        if (version == distVersion) return;
        if (pNow != null) syncSums();
        final int cur = (int) (latest & (SNAPS - 1));
        if (pNow == null || latest < 0 || version - snapVersion[cur] >= SNAP_EVERY) {
            latest++;
            final int slot = (int) (latest & (SNAPS - 1));
            snapVersion[slot] = version;
            if (pNow != null) System.arraycopy(pNow, 0, snap[slot], 0, K);
            for (long t = Math.max(0, latest - SNAPS + 1); t < latest; t++) {
                final int o = (int) (t & (SNAPS - 1));
                snapRoom[o] = pNow == null ? Double.POSITIVE_INFINITY : l1(snap[slot], snap[o]) * pref * (1 + 1e-9);
            }
            snapRoom[slot] = 0;
            roomNow = 0;
        } else {
            roomNow = l1(pNow, snap[cur]) * pref * (1 + 1e-9);
        }
        distVersion = version;
    }

    /** pNow brought to the current version: the logged flips applied (O(K) each), or read back from the bit slices. */
    private void syncSums() {
        final long version = s.version;
        final long behind = version - pVersion;
        if (behind == 0) return;
        if (behind <= ChainState.LOG) {
            final byte[] ub = s.c.ub;
            final int[] pn = pNow;
            for (long v = pVersion; v < version; v++) {
                final int slot = (int) (v & (ChainState.LOG - 1));
                final int bu = s.logSpin[slot] * K;
                final int two = 2 * s.logSign[slot];
                for (int mu = 0; mu < K; mu++) pn[mu] += two * ub[bu + mu];
            }
        } else {
            final double[] p1 = s.p1();
            for (int mu = 0; mu < K; mu++) pNow[mu] = (int) p1[mu];
        }
        pVersion = version;
    }

    private static double l1(int[] a, int[] b) {
        long s = 0;
        for (int k = 0; k < a.length; k++) s += Math.abs(a[k] - b[k]);
        return s;
    }
}
