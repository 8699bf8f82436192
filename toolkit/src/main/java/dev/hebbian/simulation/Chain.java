package dev.hebbian.simulation;

import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * One Markov chain (one replica) of a dense Hebbian network: the spins and the power sums of the
 * pattern overlaps, kept up to date so that a local field costs O(K) and never enumerates tuples
 * (supervised spec section 7.2 and 7.4, E42, E44). Heat-bath (Glauber) updates in random sequential
 * order (E41), zero-temperature updates, synchronous (parallel) updates, and the Plefka (frozen
 * overlap) field of section 7.3 (E43). Mutable; one chain per thread.
 *
 * <p>Speed without changing the chain's law: a sequential sweep draws the decisions of all spins
 * from the current state first and draws the random order only when some spin flips (see
 * {@link #sweep}); a decision uses 8 random bits (61 when they do not settle it); fields and
 * decisions are cached until a spin flips, and a spin whose flip probability is certainly below
 * 2^-8 (from its field at an earlier state and the most a flip can move a field) costs no field:
 * 8 such spins cost one zero-byte test of one random word. For dense +-1 patterns, fields are exact
 * integers: P = 4 by table lookups (8 patterns per lookup), P = 2 from bit-sliced overlap sums by
 * popcounts, brought up to date flip by flip. FastFieldsTest runs every sweep against the reference
 * mode (every field from the direct kernel, nothing cached) with the same random numbers, and
 * SamplerLawTest checks the one-sweep transition probabilities against the enumeration of all
 * orders.
 */
public final class Chain {
    private final Couplings c;
    private final int N;
    private final int K;
    private final int P;
    private final byte[] sigma;
    /** odd[j][mu] = sum_i (u^mu_i sigma_i)^(2j+1); only j = 0 for ternary patterns. */
    private final double[][] odd;
    private final int[] order;
    private final double[] pw;
    private final double[] ew;
    private final double[] frozen;
    private final double pref;
    private final int kernel;
    private long flips;
    /** Bumped at every change of the spins: a cached field of an older version is stale. */
    private long version;
    /**
     * hCache[2i] = field(i) in the state of version hCache[2i + 1] (fields only change when a spin
     * flips); value and stamp side by side, one cache line per spin.
     */
    private final double[] hCache;
    /**
     * The heat-bath decision cache. A decision uses one byte b of a random word
     * as the top 8 bits of the spin's uniform, U = (b + V) / 256 with V a fresh 53-bit uniform drawn
     * only when needed, and the spin flips iff U < q, q = 1 / (1 + e^(2 beta sigma_i h_i)) (E41):
     * with t = 256 q, thr = floor(t), it flips if b < thr, stays if b > thr, and if b == thr flips iff
     * V 2^53 < width = ceil(2^53 (t - thr)) (all exact in double). Six longs per spin (o = 6i): dec[o] =
     * the pEpoch of the cached rule, dec[o + 1] = thr << 54 | width (or -2^(8-k): keep on any byte >=
     * 2^(8-k), see encode), dec[o + 2] = the serial of the snapshot its margin refers to (-1: none),
     * dec[o + 3] = that margin X (double bits), dec[o + 4] = the version at which its exact field was
     * last computed (-1: none, or its sign changed since), dec[o + 5] = sigma h - hq then (double bits).
     *
     * <p>Quiet spins: a spin whose flip probability is certainly below 2^-8 (sigma_i h_i > hq) keeps
     * its sign for any byte b != 0 with no field computed. The certainty comes from its exact field at
     * an earlier state and the l1 distance of the overlap sums since: with +-1 patterns, |h_i(now) -
     * h_i(then)| <= pref sum_mu |p_mu(now) - p_mu(then)| while spin i itself has not flipped. The sums
     * are snapshotted (a ring of SNAPS) at the start of rounds, at most every SNAP_EVERY flips; a spin
     * stores X = sigma h - hq - (a bound on its state's distance to the latest snapshot) with that
     * snapshot's serial and is quiet while X > room(serial) = D(latest, serial) + D(now, latest). As
     * the l1 distance after f random flips is about 2 K sqrt(2 f / pi), not the worst case 2 K f, a spin
     * stays quiet about (X / 2K pref)^2 pi / 2 flips rather than X / 2K pref. Chains without exact
     * integer sums (P = 4, real patterns) take distance 0 at a snapshot's own state and infinity after.
     */
    private final long[] dec;
    /** A quiet margin for the whole group of spins 8g .. 8g + 7 (the least of theirs), with its snapshot serial (-1: none). */
    private final long[] groupSerial;
    private final double[] groupX;
    /** The spin (0-7) that kept group g from being quiet last time. */
    private final byte[] groupBlock;
    private static final int SNAPS = 32;
    private static final int SNAP_EVERY = 16;
    /** P = 2 dense: the exact overlap sums p_mu at version pVersion (brought up to date from the flip log when needed), and their snapshots; null otherwise. */
    private final int[] pNow;
    private long pVersion;
    private final int[][] snap;
    private final long[] snapVersion = new long[SNAPS];
    /** pref-scaled l1 distance (with slack) of each live snapshot to the latest one. */
    private final double[] snapRoom = new double[SNAPS];
    /** Serial of the latest snapshot (-1: none yet). */
    private long latest = -1;
    /** pref-scaled l1 distance of the sums at version distVersion to the latest snapshot. */
    private double roomNow;
    private long distVersion = -1;
    /** The most a field moves per flip: 2 K pref (with slack) for P = 2 dense, else infinity. */
    private final double stepRoom;
    private static final long WIDTH_MASK = (1L << 54) - 1;
    /** Longs per spin in dec. */
    private static final int DEC = 6;
    /** sigma_i h_i > hq = 4 ln 2 / beta (with slack) implies q < e^(-2 beta sigma h) < 2^-8. */
    private double hq = Double.NaN;
    /** The spins flagged by a round (decided to flip, not yet updated). */
    private final int[] flagged;
    /** Within a sparse sweep: phase[i] = 0 (no news of spin i), SPECIAL (known not updated before time after[i]) or DONE. */
    private final byte[] phase;
    private final double[] after;
    private final int[] touched;
    private int nTouched;
    private static final byte SPECIAL = 1;
    private static final byte DONE = 2;
    /**
     * A sparse sweep falls back to the classic shuffled loop once a round flags more than this many
     * spins, and a sweep only starts sparse when the previous one flipped at most this many (the
     * choices depend only on the chain's history, so a seed still fixes the run).
     */
    private static final int flagLimit = 8;
    /** Tests: TRUE forces the sparse sweep (with no classic fallback), FALSE the classic one, null lets the chain choose. */
    Boolean sparse;
    private int lastSweepFlips;
    /** Within a classic sweep of a chain that flips many spins per sweep: no snapshot margins. */
    private boolean hot;
    /** Sweeps run by the sparse sampler (the others by the classic loop), for tests and benchmarks. */
    public long sparseSweeps() {
        return sparseSweeps;
    }

    private long sparseSweeps;
    /** Decisions that needed a rule (not passed over as quiet) in the current sweep, counted to choose the sampler. */
    private long nonQuiet;
    /** Fraction of the spins that needed a rule after a flip (last classic sweep, or last sparse sweep's later rounds). */
    private double busy;
    /**
     * Reference mode for tests: every decision from the direct O(K) kernel, no decision reused; the
     * quiet margins are kept exactly as in the fast mode (so that both draw the same random numbers), and
     * every spin passed over as quiet is checked to have q < 2^-8 from its exact field
     * (quietViolations counts the failures: a correct bound gives 0).
     */
    boolean plain;
    long quietViolations;

    private void verifyQuiet(int i) {
        verifyBelow(i, 1);
    }

    /** Reference mode: a spin kept from a bound with top byte b must have q <= b / 256 (every U >= b / 256 keeps it). */
    private void verifyBelow(int i, int b) {
        if (!(upProbability(-sigma[i] * kernelField(i), pBeta) <= b / 256.0)) quietViolations++;
    }

    /** Bumped at every change of the spins and of beta. */
    private long pEpoch;
    private double pBeta = Double.NaN;
    /**
     * Table-lookup fields (dense +-1 patterns, unit weights, P = 4): for every block b of 8
     * patterns and every 8-bit sign mask, table[256 b + mask] = sum_(k<8) (+-1 by bit k) g_(8b+k), with
     * g_mu an exact integer function of the overlap sum p_mu; a field is then K/8 lookups. Null if
     * not applicable.
     */
    private final long[] table;
    private final long[] g;
    private final long[] lo = new long[16];
    private final long[] hi = new long[16];
    /** P = 4: sum_mu (3N - 6 - 3 p_mu^2), the part of the field proportional to sigma_i. */
    private long gConst;
    /** The version the table was built for (-1: never). */
    private long tableVersion = -1;
    /** Fields computed by the direct kernel since the last change of the spins. */
    private int directSinceChange;
    /**
     * P = 2 with dense +-1 patterns: fields kept as exact integers S_i = sum_mu u^mu_i p_mu (h_i =
     * (S_i - sigma_i K) / N) and brought up to date flip by flip: a flip of spin j to s_j adds
     * 2 s_j sum_mu u^mu_i u^mu_j = 2 s_j (K - 2 popcount(words_i XOR words_j)), K/64 popcounts instead
     * of a fresh O(K) field, while fewer flips than the nbits bit-slices of the sums are missed. The
     * last LOG flips are logged (spin, new sign) by version.
     */
    private final boolean incremental;
    private final long[] sCache;
    /**
     * P = 2 dense: the overlap sums bit-sliced, q_mu = p_mu + N in [0, 2N] (0 on the padding lanes),
     * bit b of q_mu at bit mu & 63 of planes[(mu / 64) nbits + b]. A field from scratch is then
     * S_i = 2 sum_b 2^b popcount(xi_i AND plane_b) - sum_mu q_mu - N (2 popcount(xi_i) - K): about
     * log2(2N) K / 64 popcounts; a flip adds +-2 to every q_mu with a bit-sliced ripple adder.
     */
    private final long[] planes;
    private final int nbits;
    private final long[] validLanes;
    private final int[] plusCount;
    private long qSum;
    private final int[] logSpin;
    private final byte[] logSign;
    private static final int LOG = 64;

    /** A chain started at {@code sigma0} (copied; entries +-1). */
    public Chain(Couplings couplings, byte[] sigma0) {
        this.c = couplings;
        this.N = couplings.N();
        this.K = couplings.K();
        this.P = couplings.P();
        couplings.checkSpins(sigma0);
        this.sigma = sigma0.clone();
        this.odd = couplings.oddSums(sigma);
        this.order = new int[N];
        for (int i = 0; i < N; i++) order[i] = i;
        this.pw = new double[P + 1];
        this.ew = new double[P + 1];
        this.frozen = new double[K];
        this.pref = couplings.interaction() == Interaction.DISTINCT_TUPLES ? couplings.distinctPrefactor()
                : 0.25 * N / Math.pow(N, P);
        this.kernel = kernelOf(couplings);
        this.hCache = new double[2 * N];
        this.dec = new long[DEC * N];
        for (int i = 0; i < N; i++) {
            hCache[2 * i + 1] = -1;
            dec[DEC * i] = -1;
            dec[DEC * i + 2] = -1;
            dec[DEC * i + 4] = -1;
        }
        this.groupSerial = new long[(N + 7) >>> 3];
        this.groupX = new double[groupSerial.length];
        this.groupBlock = new byte[groupSerial.length];
        this.busyGroups = new int[groupSerial.length];
        java.util.Arrays.fill(groupSerial, -1);
        this.flagged = new int[N];
        this.phase = new byte[N];
        this.after = new double[N];
        this.touched = new int[N];
        if (tableApplies(couplings, kernel)) {
            this.table = new long[couplings.blocks << 8];
            this.g = new long[couplings.blocks * 8];
        } else {
            this.table = null;
            this.g = null;
        }
        this.incremental = couplings.words != null && kernel == KERNEL_P2_TERNARY;
        this.stepRoom = incremental ? 2.0 * K * pref * (1 + 1e-9) : Double.POSITIVE_INFINITY;
        if (incremental) {
            pNow = new int[K];
            for (int mu = 0; mu < K; mu++) pNow[mu] = (int) odd[0][mu];
            snap = new int[SNAPS][K];
        } else {
            pNow = null;
            snap = null;
        }
        if (incremental) {
            sCache = new long[N];
            logSpin = new int[LOG];
            logSign = new byte[LOG];
            final int W = couplings.wordsPerSpin;
            nbits = 64 - Long.numberOfLeadingZeros(2L * N); // 2N < 2^nbits
            planes = new long[nbits * W];
            validLanes = new long[W];
            for (int mu = 0; mu < K; mu++) {
                long q = (long) odd[0][mu] + N;
                validLanes[mu >>> 6] |= 1L << (mu & 63);
                qSum += q;
                for (int b = 0; b < nbits; b++) {
                    if (((q >>> b) & 1) != 0) planes[(mu >>> 6) * nbits + b] |= 1L << (mu & 63);
                }
            }
            plusCount = new int[N];
            for (int i = 0; i < N; i++) {
                int n = 0;
                for (int k = 0; k < W; k++) n += Long.bitCount(couplings.words[i * W + k]);
                plusCount[i] = n;
            }
        } else {
            sCache = null;
            logSpin = null;
            logSign = null;
            nbits = 0;
            planes = null;
            validLanes = null;
            plusCount = null;
        }
    }

    /** Largest K for the lookup tables (32 K longs each: 8 MB per chain). */
    static final int TABLE_MAX_K = 1 << 15;
    /** Direct-kernel fields after a change of the spins before the table is rebuilt (a rebuild costs about as much). */
    static final int REBUILD_AFTER = 16;

    private static boolean tableApplies(Couplings c, int kernel) {
        if (c.bits == null || c.K() > TABLE_MAX_K) return false;
        if (kernel != KERNEL_P4_PLUS_MINUS) return false; // P = 2 dense uses the bit-sliced sums instead
        double n = c.N();
        // every partial sum of the table field stays below 2^62 in magnitude (exact long arithmetic)
        return (double) c.K() * (n * n * n + 6 * n * n + 3 * n) < 0x1p62;
    }

    public Couplings couplings() {
        return c;
    }

    /** A copy of the current spins. */
    public byte[] spins() {
        return sigma.clone();
    }

    /** Spin i. */
    public int spin(int i) {
        return sigma[i];
    }

    /** Number of spin flips made so far. */
    public long flips() {
        return flips;
    }

    /** The energy H(sigma), from the maintained power sums (O(K P^2)). */
    public double energy() {
        if (energyVersion != version) {
            p1();
            energy = c.energyFromSums(odd);
            energyVersion = version;
        }
        return energy;
    }

    /** energy() in the state of version energyVersion (it only changes when a spin flips). */
    private double energy;
    private long energyVersion = -1;

    /** The overlap (1/N) sum_i t_i sigma_i with a target vector (an archetype, an example). */
    public double overlap(byte[] target) {
        if (target.length != N) throw new IllegalArgumentException("target has " + target.length + " entries, expected N = " + N);
        long s = 0;
        for (int i = 0; i < N; i++) s += target[i] * sigma[i];
        return (double) s / N;
    }

    /** The two-replica overlap q = (1/N) sum_i sigma_i tau_i. */
    public double overlap(Chain other) {
        long s = 0;
        for (int i = 0; i < N; i++) s += sigma[i] * other.sigma[i];
        return (double) s / N;
    }

    /** The overlap of the network's own pattern mu: (1/N) sum_i u^mu_i sigma_i. */
    public double patternOverlap(int mu) {
        return p1()[mu] / N;
    }

    /**
     * The local field h_i = -(H(sigma_i = +1) - H(sigma_i = -1)) / 2, exact for the chosen tuples,
     * in O(K) (Newton's identities on the power sums without spin i).
     */
    public double field(int i) {
        if (hCache[2 * i + 1] == version) return hCache[2 * i];
        double h = computeField(i);
        hCache[2 * i] = h;
        hCache[2 * i + 1] = version;
        return h;
    }

    /** Makes beta the temperature of the cached decisions (a change forgets them all). */
    private void useBeta(double beta) {
        if (Double.doubleToLongBits(beta) != Double.doubleToLongBits(pBeta)) {
            pBeta = beta;
            pEpoch++;
            hq = 4 * Math.log(2) / beta * (1 + 1e-9); // 0 at beta = infinity, infinity at beta = 0
            for (int i = 0; i < N; i++) {
                dec[DEC * i + 2] = -1;
                dec[DEC * i + 4] = -1;
            }
            java.util.Arrays.fill(groupSerial, -1);
        }
    }

    /**
     * The heat-bath update of spin i (E41) whose uniform has top byte b (call useBeta first): true iff
     * the spin flips. A tie b == thr draws V from rng.
     */
    private boolean decide(int i, int b, SplittableRandom rng) {
        final long[] d = dec;
        final int o = DEC * i;
        final long packed;
        if (d[o] == pEpoch) {
            // the rule of this state is known (the reference mode computes it again from the direct kernel)
            packed = plain ? encode(sigma[i] * kernelField(i), pBeta, hq) : d[o + 1];
        } else {
            if (b != 0 && d[o + 4] >= 0 && keptByBound(d, o, i, b)) return false;
            nonQuiet++;
            packed = rule(i);
        }
        if (packed < 0) {
            // q < 2^-k = -packed / 256: any b >= -packed keeps the sign, and only below is q itself needed
            if (b >= -packed) return false;
            final long exact = pack(upProbability(-sigma[i] * (plain ? kernelField(i) : exactField(i)), pBeta));
            if (!plain) d[o + 1] = exact; // the same rule, now with q, for the rest of this epoch
            return flipsWith(exact, b, rng);
        }
        return flipsWith(packed, b, rng);
    }

    /**
     * Whether byte b keeps spin i with no field computed: sigma h >= hq + lo now, lo from the spin's own
     * exact field at version d[o + 4] less the most the flips since can have moved it, or from its margin
     * against a snapshot of the sums; with y = 2 beta (hq + lo), q < 2^-k for k <= y log2 e, and a byte
     * b >= 2^(8 - k) keeps the sign (lo > 0, i.e. k >= 8: quiet, any b >= 1).
     */
    private boolean keptByBound(long[] d, int o, int i, int b) {
        final long dv = version - d[o + 4];
        final double own = Double.longBitsToDouble(d[o + 5]);
        double lo = dv == 0 ? own : own - dv * stepRoom;
        if (d[o + 2] >= 0) lo = Math.max(lo, Double.longBitsToDouble(d[o + 3]) - room(d[o + 2]));
        if (lo > 0) {
            if (plain) verifyBelow(i, b);
            return true;
        }
        final double y = 2 * pBeta * (lo + hq);
        if (y > 0.5) {
            final int k = (int) (y * 1.4426950408889634 * (1 - 1e-12));
            if (k >= 1 && b >= 1 << (8 - Math.min(k, 8))) {
                if (plain) verifyBelow(i, b);
                return true;
            }
        }
        return false;
    }

    /**
     * The rule for a spin with sigma_i h_i = sh: with y = 2 beta sh, q = 1 / (1 + e^y) < e^-y <= 2^-k for
     * k <= y log2 e, so for k >= 1 the rule is just -2^(8 - min(k, 8)) (keep on any byte b >= 2^(8 - k)), no
     * exponential; else the packed exact rule.
     */
    static long encode(double sh, double beta, double hq) {
        if (sh > hq) return -1; // q < 2^-8
        final double y = 2 * beta * sh;
        if (y > 0.5) {
            final int k = (int) (y * 1.4426950408889634 * (1 - 1e-12));
            if (k >= 1) return -(1L << (8 - Math.min(k, 8)));
        }
        return pack(upProbability(-sh, beta));
    }

    private double exactField(int i) {
        return incremental ? slicedField(i) : field(i);
    }

    /** A bound on how far (pref-scaled l1) the sums are now from snapshot serial s: infinity once it is evicted. */
    private double room(long s) {
        if (s < 0 || s <= latest - SNAPS) return Double.POSITIVE_INFINITY;
        return snapRoom[(int) (s & (SNAPS - 1))] + roomHere();
    }

    /** The bound on |h_i(after) - h_i(before)| for one flip of another spin used by the quiet margins (tests). */
    double maxFieldStep() {
        return stepRoom;
    }

    /** A bound on the distance of the current sums to the latest snapshot. */
    private double roomHere() {
        final long since = version - distVersion;
        return roomNow + (since == 0 ? 0 : since * stepRoom);
    }

    /** The margin of spin i rebased to the latest snapshot (-infinity when it has none). */
    private double margin(int i) {
        final int o = DEC * i;
        final long s = dec[o + 2];
        double m = s < 0 || s <= latest - SNAPS ? Double.NEGATIVE_INFINITY
                : Double.longBitsToDouble(dec[o + 3]) - snapRoom[(int) (s & (SNAPS - 1))];
        // the spin's own exact field at version v is a margin against the latest snapshot too, less the
        // most the flips between v and the snapshot's version can have moved it
        if (latest >= 0 && dec[o + 4] >= 0) {
            final long dv = Math.abs(snapVersion[(int) (latest & (SNAPS - 1))] - dec[o + 4]);
            final double own = Double.longBitsToDouble(dec[o + 5]);
            m = Math.max(m, dv == 0 ? own : own - dv * stepRoom);
        }
        return m;
    }

    /**
     * At the start of a round: a new snapshot of the sums when none is recent enough (SNAP_EVERY flips),
     * and the distance of the current sums to the latest one.
     */
    private void checkpoint() {
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
        final long behind = version - pVersion;
        if (behind == 0) return;
        if (behind <= LOG) {
            final byte[] ub = c.ub;
            final int[] pn = pNow;
            for (long v = pVersion; v < version; v++) {
                final int slot = (int) (v & (LOG - 1));
                final int bu = logSpin[slot] * K;
                final int two = 2 * logSign[slot];
                for (int mu = 0; mu < K; mu++) pn[mu] += two * ub[bu + mu];
            }
        } else {
            final double[] p1 = p1();
            for (int mu = 0; mu < K; mu++) pNow[mu] = (int) p1[mu];
        }
        pVersion = version;
    }

    private static double l1(int[] a, int[] b) {
        long s = 0;
        for (int k = 0; k < a.length; k++) s += Math.abs(a[k] - b[k]);
        return s;
    }

    /** The rule for the flip probability q: thr = floor(256 q) in the top bits, width = ceil(2^53 (256 q - thr)) below. */
    static long pack(double q) {
        final double t = 256 * q;
        final int thr = (int) t;
        return ((long) thr << 54) | (long) Math.ceil((t - thr) * 0x1p53);
    }

    /** U = (b + V) / 256 < q for the packed rule of q, V = (nextLong() >>> 11) 2^-53 drawn only when b does not settle it. */
    static boolean flipsWith(long packed, int b, SplittableRandom rng) {
        final int thr = (int) (packed >>> 54);
        if (b != thr) return b < thr;
        return (rng.nextLong() >>> 11) < (packed & WIDTH_MASK);
    }

    /** rule(i), returning i. */
    private int ruled(int i) {
        rule(i);
        return i;
    }

    /** The decision rule of spin i from its exact field now, cached; its quiet margin renewed. */
    private long rule(int i) {
        final double sh = sigma[i] * (plain ? kernelField(i) : exactField(i));
        final long packed = encode(sh, pBeta, hq);
        final int o = DEC * i;
        dec[o] = pEpoch;
        dec[o + 1] = packed;
        dec[o + 4] = version;
        dec[o + 5] = Double.doubleToRawLongBits(sh - hq);
        if (hot) {
            dec[o + 2] = -1;
        } else if (latest >= 0) {
            // the better of the new margin and the old one, both referred to the latest snapshot
            final double x = Math.max(sh - hq - roomHere(), margin(i));
            dec[o + 2] = latest; // kept even when x <= 0: a lower bound on sigma h still spares fields for large bytes
            dec[o + 3] = Double.doubleToRawLongBits(x);
        }
        return packed;
    }

    /** field(i) for P = 2 dense (cached, else incrementalField). */
    private double slicedField(int i) {
        if (hCache[2 * i + 1] == version) return hCache[2 * i];
        double h = incrementalField(i);
        hCache[2 * i] = h;
        hCache[2 * i + 1] = version;
        return h;
    }

    /** The field from the current state: table lookups when the table is up to date or worth rebuilding, else the direct kernel. */
    private double computeField(int i) {
        if (incremental) return incrementalField(i);
        return plainField(i);
    }

    private double plainField(int i) {
        if (table != null) {
            if (tableVersion != version) {
                if (directSinceChange < REBUILD_AFTER) {
                    directSinceChange++;
                    return kernelField(i);
                }
                rebuildTable();
            }
            return tableField(i);
        }
        return kernelField(i);
    }

    /** P = 2, dense: the field from the logged flips since the cached one, or afresh (table or direct integer kernel). */
    private double incrementalField(int i) {
        final long stamp = (long) hCache[2 * i + 1];
        final long behind = version - stamp;
        long S;
        if (stamp >= 0 && behind < nbits) { // F popcounted rows against nbits of them afresh
            S = sCache[i];
            final long[] w = c.words;
            final int W = c.wordsPerSpin;
            final int bi = i * W;
            for (long v = stamp; v < version; v++) {
                final int slot = (int) (v & (LOG - 1));
                final int bj = logSpin[slot] * W;
                int diff = 0;
                for (int k = 0; k < W; k++) diff += Long.bitCount(w[bi + k] ^ w[bj + k]);
                S += 2L * logSign[slot] * (K - 2L * diff);
            }
        } else {
            S = slicedSum(i);
        }
        sCache[i] = S;
        return pref * (double) (S - sigma[i] * (long) K);
    }

    /** sum_mu u^mu_i p_mu from the bit-sliced sums (exact). */
    private long slicedSum(int i) {
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

    /**
     * The field from scratch by the fast exact path (table lookups for P = 4, bit-sliced sums for
     * P = 2), for tests.
     */
    double fastField(int i) {
        if (incremental) return pref * (double) (slicedSum(i) - sigma[i] * (long) K);
        return tableField(i);
    }

    /** The field by the direct O(K) kernel (no cache, no table): package-private for tests. */
    double kernelField(int i) {
        // one small method per kernel: each is JIT-compiled with its own profile (no deoptimisation
        // when a notebook runs P = 2 and P = 4 networks in the same JVM)
        return switch (kernel) {
            case KERNEL_P2_TERNARY -> fieldP2Ternary(i);
            case KERNEL_P4_PLUS_MINUS -> fieldP4PlusMinus(i);
            case KERNEL_ALL_TUPLES -> fieldAllTuples(i);
            default -> fieldGeneral(i);
        };
    }

    private static final int KERNEL_GENERAL = 0;
    private static final int KERNEL_P2_TERNARY = 1;
    private static final int KERNEL_P4_PLUS_MINUS = 2;
    private static final int KERNEL_ALL_TUPLES = 3;

    private static int kernelOf(Couplings c) {
        if (c.interaction() == Interaction.ALL_TUPLES) return KERNEL_ALL_TUPLES;
        if (c.ternary && c.unitWeights && c.P() == 2) return KERNEL_P2_TERNARY;
        if (c.ternary && c.unitWeights && c.dense && c.P() == 4) return KERNEL_P4_PLUS_MINUS;
        return KERNEL_GENERAL;
    }

    /**
     * The field by table lookups (K/8 of them), exact in long arithmetic, P = 4 (E44 with
     * s = p - u_i sigma_i, u_i sigma_i = +-1):
     * u_i s (s^2 - (3N - 5)) = sigma_i (3N - 6 - 3p^2) + u_i (p^3 + (8 - 3N) p), so h = (pref / 6)
     * (sigma_i gConst + sum_mu u_i g_mu). Package-private for tests.
     */
    double tableField(int i) {
        if (tableVersion != version) rebuildTable();
        final long s = tableSum(i);
        return pref * (double) (sigma[i] * gConst + s) / 6;
    }

    private long tableSum(int i) {
        final byte[] bits = c.bits;
        final long[] t = table;
        final int nb = c.blocks;
        final int base = i * nb;
        long s = 0;
        for (int b = 0; b < nb; b++) s += t[(b << 8) | (bits[base + b] & 0xff)];
        return s;
    }

    private void rebuildTable() {
        final double[] p1 = p1();
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
        tableVersion = version;
    }

    /** t[m] = sum_(k<4) (bit k of m ? +1 : -1) g[from + k], m = 0 .. 15. */
    private void quarterTable(int from, long[] t) {
        t[0] = -(g[from] + g[from + 1] + g[from + 2] + g[from + 3]);
        for (int m = 1; m < 16; m++) t[m] = t[m & (m - 1)] + 2 * g[from + Integer.numberOfTrailingZeros(m)];
    }

    /** P = 2, entries in {-1, 0, 1}, unit weights: h = (1/N) (sum_mu u_i p1 - sigma_i sum_mu u_i^2), a dot product. */
    private double fieldP2Ternary(int i) {
        final byte[] ub = c.ub;
        final double[] p1 = p1();
        final int base = i * K;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        for (; mu + 3 < K; mu += 4) {
            h0 += ub[base + mu] * p1[mu];
            h1 += ub[base + mu + 1] * p1[mu + 1];
            h2 += ub[base + mu + 2] * p1[mu + 2];
            h3 += ub[base + mu + 3] * p1[mu + 3];
        }
        for (; mu < K; mu++) h0 += ub[base + mu] * p1[mu];
        return pref * (((h0 + h1) + (h2 + h3)) - sigma[i] * c.rowSquares[i]);
    }

    /** P = 4, +-1 entries, unit weights: n - u^2 = N - 1 for every mu, e_3 = s (s^2 - 3 (N - 1) + 2) / 6 (E44). */
    private double fieldP4PlusMinus(int i) {
        final byte[] ub = c.ub;
        final double[] p1 = p1();
        final int base = i * K;
        final double si = sigma[i];
        final double cst = 3.0 * (N - 1) - 2;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        for (; mu + 3 < K; mu += 4) {
            double u0 = ub[base + mu], u1 = ub[base + mu + 1], u2 = ub[base + mu + 2], u3 = ub[base + mu + 3];
            double s0 = p1[mu] - u0 * si, s1 = p1[mu + 1] - u1 * si, s2 = p1[mu + 2] - u2 * si, s3 = p1[mu + 3] - u3 * si;
            h0 += u0 * s0 * (s0 * s0 - cst);
            h1 += u1 * s1 * (s1 * s1 - cst);
            h2 += u2 * s2 * (s2 * s2 - cst);
            h3 += u3 * s3 * (s3 * s3 - cst);
        }
        for (; mu < K; mu++) {
            double ui = ub[base + mu], s0 = p1[mu] - ui * si;
            h0 += ui * s0 * (s0 * s0 - cst);
        }
        return pref * ((h0 + h1) + (h2 + h3)) / 6;
    }

    /** All tuples: h = (N/4) sum_mu w_mu [(s + u)^P - (s - u)^P] / N^P with s = p1 - u_i sigma_i. */
    private double fieldAllTuples(int i) {
        final double[] u = c.u;
        final double[] w = c.weight;
        final double[] p1 = p1();
        final int base = i * K;
        final double si = sigma[i];
        double h = 0;
        for (int mu = 0; mu < K; mu++) {
            double ui = u[base + mu], s = p1[mu] - ui * si;
            h += w[mu] * (ipow(s + ui, P) - ipow(s - ui, P));
        }
        return pref * h;
    }

    /** Any P, real entries, weights: Newton's identities on the power sums without spin i. */
    private double fieldGeneral(int i) {
        final double[] u = c.u;
        final double[] w = c.weight;
        final int base = i * K;
        final double si = sigma[i];
        double h = 0;
        for (int mu = 0; mu < K; mu++) {
            double ui = u[base + mu];
            if (ui == 0) continue;
            double x = ui * si, xk = x;
            for (int k = 1; k < P; k++) {
                if (k % 2 == 1) {
                    pw[k] = odd[c.ternary ? 0 : (k - 1) / 2][mu] - xk;
                } else {
                    pw[k] = c.evenSum[c.ternary ? 0 : k / 2 - 1][mu] - xk;
                }
                xk *= x;
            }
            h += w[mu] * ui * Couplings.elementary(P - 1, pw, ew);
        }
        return pref * h;
    }

    /** Probability that a heat-bath update sets spin i to +1: 1 / (1 + exp(-2 beta h_i)) (E41). */
    public double probabilityUp(int i, double beta) {
        Check.nonNegativeOrInfinite("beta", beta);
        return upProbability(field(i), beta);
    }

    static double upProbability(double h, double beta) {
        if (Double.isInfinite(beta)) return h > 0 ? 1 : h < 0 ? 0 : 0.5;
        double x = 2 * beta * h;
        if (x > 700) return 1;
        if (x < -700) return 0;
        return 1 / (1 + Math.exp(-x));
    }

    /** Set spin i to s (+-1), updating the power sums. */
    public void set(int i, int s) {
        if (s != 1 && s != -1) throw new IllegalArgumentException("spin value " + s + " must be +1 or -1");
        if (sigma[i] != s) flip(i);
    }

    private void flip(int i) {
        // the quiet horizon bounds sigma_i h_i for the old sign only
        dec[DEC * i + 2] = -1;
        dec[DEC * i + 4] = -1;
        groupSerial[i >>> 3] = -1;
        // one method per representation, each JIT-compiled with its own profile
        if (incremental) flipSliced(i);
        else flipPlain(i);
    }

    private void flipSliced(int i) {
        int s = -sigma[i];
        sigma[i] = (byte) s;
        flips++;
        {
            final int slot = (int) (version & (LOG - 1));
            logSpin[slot] = i;
            logSign[slot] = (byte) s;
            // q_mu += 2 s u^mu_i: +2 on the lanes where s u = +1 (plus), -2 on the other valid lanes
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
            changed();
            oddStale = true; // odd[0] is read back from the planes when needed
        }
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
                for (int mu = 0; mu < K; mu++) pj[mu] += two * ipow(u[base + mu], pow);
            }
        }
    }

    /** odd[0] = p_1, brought up to date from the integer sums when they lead (P = 2 dense). */
    private double[] p1() {
        if (oddStale) {
            final double[] p1 = odd[0];
            final int W = c.wordsPerSpin;
            for (int mu = 0; mu < K; mu++) {
                long q = 0;
                for (int b = nbits - 1; b >= 0; b--) q = 2 * q + ((planes[(mu >>> 6) * nbits + b] >>> (mu & 63)) & 1);
                p1[mu] = q - N;
            }
            oddStale = false;
        }
        return odd[0];
    }

    private boolean oddStale;

    private void changed() {
        version++;
        pEpoch++;
        directSinceChange = 0;
    }

    /**
     * One heat-bath sweep: N single-spin updates in a fresh uniformly random order (E41). With beta =
     * infinity (T = 0) each spin takes the sign of its field, ties broken at random. Returns the number
     * of flips.
     *
     * <p>Sampled without drawing the order while nothing flips (sparse sweep). A uniformly random
     * order is the order of i.i.d. uniform update times tau_i in (0, 1); the state only changes at
     * flips, so between flips every spin not yet updated would decide from the same state. A round at
     * time t draws every spin's decision from the current state; a spin is flagged if its decision is
     * a flip and it has not been updated yet: probability (1 - t) / (1 - a_i), a_i the latest time it
     * is known to come after (0 for most spins). If none is flagged the sweep is over (the order never
     * mattered); else the flagged spins' times are uniform in (t, 1), the earliest one flips at that
     * time t', the other flagged ones are known to come after t', a spin that decided to flip but
     * turned out already updated is done (it came before t and kept its sign), and the spins that
     * decided to keep need no record: a decision says nothing of the time, so whether they came
     * before t' (and kept) or come later (and decide again) is still uniform. Then the next round at t'. More than 8 flagged: the spins not yet
     * updated are drawn and the sweep ends as the classic shuffled loop. A sweep starts sparse only when
     * the previous one flipped few spins and its extra rounds are estimated cheaper than one visit per
     * spin in a random order (from the fraction of spins that needed a fresh field after a flip). Exact up to the
     * double rounding of the times; SamplerLawTest checks the one-sweep transition probabilities
     * against the enumeration of all orders.
     */
    public int sweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        useBeta(beta);
        // after each flip the sparse sweep scans the groups again (~0.2 ns a spin) and decides every spin
        // that needs a rule again (busy: their fraction, ~30 ns each); the classic loop visits each spin
        // once in a random order (~4-25 ns a spin) and pays the shuffle: sparse while its extra rounds
        // cost less than that visit
        final boolean useSparse = sparse != null ? sparse
                : lastSweepFlips <= flagLimit && lastSweepFlips * (0.2 + 30 * busy) <= 4;
        nonQuiet = 0;
        int flipped;
        if (useSparse) {
            sparseSweeps++;
            flipped = sparseSweep(rng);
        } else {
            // many flips per sweep: margins against snapshots would not outlive a few flips, so only the
            // spins' own stale-field bounds are kept (no snapshot bookkeeping)
            hot = lastSweepFlips >= Math.max(16, N / 64) && sparse == null;
            if (!hot) checkpoint(); // the margins of this sweep measured against its start
            flipped = classic(null, N, rng);
            hot = false;
        }
        if (!useSparse) busy = (double) nonQuiet / N;
        lastSweepFlips = flipped;
        return flipped;
    }

    private int sparseSweep(SplittableRandom rng) {
        int flipped = 0;
        double t = 0;
        try {
            long afterRounds = 0;
            while (true) {
                final long before = nonQuiet;
                final int f = round(rng, t);
                if (t > 0) {
                    busy = (busy * afterRounds + (double) (nonQuiet - before) / N) / (afterRounds + 1);
                    afterRounds++;
                }
                if (f == 0) return flipped;
                if (f > flagLimit && sparse == null) return flipped + classicRest(t, rng);
                // the flagged spins' update times are uniform in (t, 1): the earliest flips
                int first = 0;
                double tMin = 2;
                for (int a = 0; a < f; a++) {
                    final double x = t + (1 - t) * rng.nextDouble();
                    if (x < tMin) {
                        tMin = x;
                        first = a;
                    }
                }
                for (int a = 0; a < f; a++) {
                    final int i = flagged[a];
                    if (phase[i] == 0) touched[nTouched++] = i;
                    if (a == first) {
                        phase[i] = DONE;
                    } else {
                        phase[i] = SPECIAL;
                        after[i] = tMin;
                    }
                }
                flip(flagged[first]);
                flipped++;
                t = tMin;
            }
        } finally {
            for (int a = 0; a < nTouched; a++) phase[touched[a]] = 0;
            nTouched = 0;
        }
    }

    /**
     * Whether spin i has not been updated by time t: probability (1 - t) / (1 - a), a = the time it is
     * known to come after (0 without news). Asked only of spins that decided to flip (a decision says
     * nothing of the time); a spin found already updated is DONE: it came before t, and then (not being
     * the first flagged of its round) it kept its sign.
     */
    private boolean notYet(int i, double t, SplittableRandom rng) {
        final byte ph = phase[i];
        if (ph == DONE) return false;
        final double a = ph == SPECIAL ? after[i] : 0;
        if (a >= t || rng.nextDouble() * (1 - a) < 1 - t) return true;
        if (ph == 0) touched[nTouched++] = i;
        phase[i] = DONE;
        return false;
    }

    /** The classic loop over the spins not yet updated at time t (drawn), in a fresh random order; returns the flips. */
    private int classicRest(double t, SplittableRandom rng) {
        int n = 0;
        final int[] list = flagged; // reused: the flagged spins are no longer needed
        for (int i = 0; i < N; i++) {
            final byte ph = phase[i];
            if (ph == DONE) continue;
            final double a = ph == SPECIAL ? after[i] : 0;
            if (a >= t || rng.nextDouble() * (1 - a) < 1 - t) list[n++] = i;
        }
        return classic(list, n, rng);
    }

    private static void swap(int[] a, int x, int y) {
        int t = a[x];
        a[x] = a[y];
        a[y] = t;
    }

    /**
     * A round at time t: the decisions of every spin from the current state, 8 spins with the bytes of
     * one word, except in groups of 8 known quiet spins, where only a zero top byte (probability 2^-8,
     * i.i.d.) can flip a spin: the quiet spins between two zero bytes are passed over by geometric gaps,
     * so a quiet group costs a comparison. The spins whose decision is a flip and that are not yet
     * updated (t > 0) go to flagged. Returns their number.
     */
    private int round(SplittableRandom rng, double t) {
        checkpoint();
        if (quietGap < 0) quietGap = gap(rng);
        int f = 0;
        if (busyEpoch == pEpoch) return roundAgain(rng, t);
        nBusy = 0;
        final int groups = groupSerial.length;
        final int last = groups - 1;
        final int lastSize = N - 8 * last;
        final long[] gSerial = groupSerial;
        final double[] gX = groupX;
        final long now = latest;
        final double here = latest >= 0 ? roomHere() : Double.POSITIVE_INFINITY; // constant: nothing flips in a round
        for (int g = 0; g < groups; g++) {
            final long gs = gSerial[g];
            if (gs == now ? gX[g] > here : gs >= 0 && gX[g] > room(gs)) {
                // a quiet group: a spin can only flip on a zero top byte, one quiet spin in 256
                final int size = g == last ? lastSize : 8;
                if (plain) for (int k = 0; k < size; k++) verifyQuiet((g << 3) + k);
                if (quietGap >= size) {
                    quietGap -= size;
                    continue;
                }
                f = quietEvents(g, size, rng, t, f);
            } else {
                f = decideGroup(g, g == last ? lastSize : 8, rng, t, f);
                if (!(groupSerial[g] == now && groupX[g] > here)) busyGroups[nBusy++] = g; // still busy after its margins were renewed
            }
        }
        busyEpoch = pEpoch;
        return f;
    }

    /**
     * The groups decided spin by spin in the last full round, valid while pEpoch (spins and beta) is
     * unchanged: without a flip margins only grow, so every other group is still quiet.
     */
    private final int[] busyGroups;
    private int nBusy;
    private long busyEpoch = -1;

    /**
     * A round with nothing changed since the last full one: the busy groups decided spin by spin, the quiet
     * spins between them walked by the gaps between zero bytes, in the same order as a full round.
     */
    private int roundAgain(SplittableRandom rng, double t) {
        int f = 0;
        long k = quietGap;
        int pos = 0;
        for (int a = 0; a <= nBusy; a++) {
            final int end = a < nBusy ? busyGroups[a] << 3 : N;
            if (plain) for (int i = pos; i < end; i++) verifyQuiet(i);
            while (pos + k < end) {
                final int i = (int) (pos + k);
                if (decide(i, 0, rng) && (t == 0 || notYet(i, t, rng))) flagged[f++] = i;
                pos = i + 1;
                k = gap(rng);
            }
            k -= end - pos;
            if (a < nBusy) {
                final int size = Math.min(8, N - end);
                f = decideGroup(busyGroups[a], size, rng, t, f);
                final int g = busyGroups[a];
                if (groupSerial[g] == latest && groupX[g] > roomHere()) busyEpoch = -1; // quiet now: the next round lists the busy groups again
                pos = end + size;
            }
        }
        quietGap = k;
        return f;
    }

    /** Quiet spins to pass before the next one whose top byte is zero: geometric, P(gap >= k) = (255/256)^k. */
    private long quietGap = -1;
    private static final double LOG_STAY = Math.log1p(-1.0 / 256);

    private static long gap(SplittableRandom rng) {
        return (long) (Math.log(1 - rng.nextDouble()) / LOG_STAY);
    }

    /** The zero-byte spins of quiet group g (the first at quietGap), decided exactly; returns the flagged count. */
    private int quietEvents(int g, int size, SplittableRandom rng, double t, int f) {
        long k = quietGap;
        while (k < size) {
            final int i = (g << 3) + (int) k;
            if (decide(i, 0, rng) && (t == 0 || notYet(i, t, rng))) flagged[f++] = i;
            k += 1 + gap(rng);
        }
        quietGap = k - size;
        return f;
    }

    /** Every spin of group g decided with a byte of one word; the group's quiet margin renewed; returns the flagged count. */
    private int decideGroup(int g, int size, SplittableRandom rng, double t, int f) {
        final long word = rng.nextLong();
        final int base = g << 3;
        for (int k = 0; k < size; k++) {
            final int i = base + k;
            if (decide(i, (int) ((word >>> (8 * k)) & 0xFF), rng) && (t == 0 || notYet(i, t, rng))) flagged[f++] = i;
        }
        // the group's margin: the least of its spins' (none once one spin has none: the one that blocked
        // the group last time is asked first, so a group that stays busy costs one margin)
        final int blocker = base + groupBlock[g];
        double min = margin(blocker);
        if (min > 0 || dec[DEC * blocker] != pEpoch) {
            min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < size && min > 0; k++) {
                final int i = base + k;
                double m = margin(i);
                // a spin kept by a stale bound leaves no margin against the latest snapshot, and its group
                // would be decided spin by spin at every round: its exact field once, so that the group can be quiet
                if (m <= 0 && dec[DEC * i] != pEpoch) m = margin(ruled(i));
                if (m <= 0) groupBlock[g] = (byte) k;
                min = Math.min(min, m);
            }
        }
        groupSerial[g] = min > 0 ? latest : -1;
        groupX[g] = min;
        return f;
    }

    /** The classic loop over the spins list[0 .. n) (null: all) in a fresh random order; returns the flips. */
    private int classic(int[] list, int n, SplittableRandom rng) {
        final int[] ord;
        if (list == null) {
            shuffle(rng);
            ord = order;
        } else {
            for (int k = n - 1; k > 0; k--) swap(list, k, rng.nextInt(k + 1));
            ord = list;
        }
        int flipped = 0;
        long word = 0;
        for (int a = 0; a < n; a++) {
            if ((a & 7) == 0) word = rng.nextLong();
            final int i = ord[a];
            if (decide(i, (int) ((word >>> (8 * (a & 7))) & 0xFF), rng)) {
                flip(i);
                flipped++;
            }
        }
        return flipped;
    }


    /**
     * One sweep with the first-order Plefka (frozen-overlap) field of supervised spec section 7.3
     * (E43): h_i = (P/2) sum_mu w_mu u^mu_i m_mu^(P-1), with the overlaps m_mu frozen at their values at
     * the start of the sweep. An approximation: compare with {@link #sweep}. Returns the number of flips.
     */
    public int plefkaSweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        for (int mu = 0; mu < K; mu++) frozen[mu] = 0.5 * P * c.weight[mu] * ipow(p1()[mu] / N, P - 1);
        shuffle(rng);
        int flipped = 0;
        for (int k = 0; k < N; k++) {
            int i = order[k];
            double h = frozenField(i);
            double p = upProbability(h, beta);
            int s = rng.nextDouble() < p ? 1 : -1;
            if (s != sigma[i]) {
                flip(i);
                flipped++;
            }
        }
        return flipped;
    }

    /**
     * One synchronous (parallel) heat-bath update of all spins from the fields of the current state,
     * as in the authors' code. It does not satisfy detailed balance for P > 2 (spec section 7.1): use
     * it as a descent check at T = 0. Returns the number of flips.
     */
    public int parallelSweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        useBeta(beta);
        // every decision from the fields of the current state: nothing changes inside this round
        final int f = round(rng, 0);
        if (f == 0) return 0;
        if (c.ternary) {
            // exact integer power sums: update them flip by flip (O(K) per flip instead of O(N K))
            for (int a = 0; a < f; a++) flip(flagged[a]);
            return f;
        }
        for (int a = 0; a < f; a++) sigma[flagged[a]] = (byte) -sigma[flagged[a]];
        flips += f;
        changed(); // the sums are recomputed (not updated) for real entries: their roundoff may change
        double[][] fresh = c.oddSums(sigma);
        for (int j = 0; j < odd.length; j++) System.arraycopy(fresh[j], 0, odd[j], 0, K);
        return f;
    }

    /** sum_mu u^mu_i frozen_mu, four accumulators. */
    private double frozenField(int i) {
        final int base = i * K;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        if (c.ub != null) {
            final byte[] ub = c.ub;
            for (; mu + 3 < K; mu += 4) {
                h0 += ub[base + mu] * frozen[mu];
                h1 += ub[base + mu + 1] * frozen[mu + 1];
                h2 += ub[base + mu + 2] * frozen[mu + 2];
                h3 += ub[base + mu + 3] * frozen[mu + 3];
            }
            for (; mu < K; mu++) h0 += ub[base + mu] * frozen[mu];
        } else {
            final double[] u = c.u;
            for (; mu + 3 < K; mu += 4) {
                h0 += u[base + mu] * frozen[mu];
                h1 += u[base + mu + 1] * frozen[mu + 1];
                h2 += u[base + mu + 2] * frozen[mu + 2];
                h3 += u[base + mu + 3] * frozen[mu + 3];
            }
            for (; mu < K; mu++) h0 += u[base + mu] * frozen[mu];
        }
        return (h0 + h1) + (h2 + h3);
    }

    private void shuffle(SplittableRandom rng) {
        for (int k = N - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
    }

    static double ipow(double x, int n) {
        double r = 1;
        for (int k = 0; k < n; k++) r *= x;
        return r;
    }
}
