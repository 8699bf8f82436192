package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * The heat-bath decision of each spin, cached until a spin flips or beta changes, and the bounds that
 * keep a spin's sign with no field computed (docs/monte-carlo.md, steps 3, 9 and 10): its own exact
 * field at an earlier state less 2K/N per flip since, or its margin against a snapshot of the sums
 * ({@link SnapshotRing}). Six longs per spin (o = 6i): dec[o] = the epoch of the cached rule,
 * dec[o + 1] = the rule ({@link HeatBath#encode}), dec[o + 2] = the serial of the snapshot its margin
 * refers to (-1: none), dec[o + 3] = that margin X = sigma h - hq - (the state's distance to that
 * snapshot) (double bits), dec[o + 4] = the version at which its exact field was last computed (-1:
 * none, or its sign changed since), dec[o + 5] = sigma h - hq then (double bits). In reference mode
 * (tests) every rule comes from the direct kernel and nothing is reused, with the same random numbers.
 */
final class Decisions {
    /** Longs per spin in dec. */
    private static final int DEC = 6;

    private final ChainState s;
    private final Fields fields;
    private final SnapshotRing ring;
    private final long[] dec;
    /** sigma_i h_i > hq = 4 ln 2 / beta (with slack) implies q < e^(-2 beta sigma h) < 2^-8. */
    double hq = Double.NaN;
    double beta = Double.NaN;
    /** Decisions that needed a rule (not passed over as quiet), counted to choose the sampler. */
    long nonQuiet;
    /** Within a classic sweep of a chain that flips many spins per sweep: no snapshot margins. */
    boolean hot;
    /**
     * Reference mode (tests): every decision from the direct O(K) kernel, no decision reused; the quiet
     * margins are kept exactly as in the fast mode (so that both draw the same random numbers), and
     * every spin passed over as quiet is checked to have q < 2^-8 from its exact field.
     */
    boolean reference;
    /** Reference mode: spins passed over as quiet whose flip probability was not below the bound (a correct bound gives 0). */
    long quietViolations;

    Decisions(ChainState s, Fields fields, SnapshotRing ring) {
        this.s = s;
        this.fields = fields;
        this.ring = ring;
        this.dec = new long[DEC * s.N];
        for (int i = 0; i < s.N; i++) {
            dec[DEC * i] = -1;
            dec[DEC * i + 2] = -1;
            dec[DEC * i + 4] = -1;
        }
    }

    /** Makes beta the temperature of the cached decisions; a change forgets them all and returns true. */
    boolean useBeta(double b) {
        if (Double.doubleToLongBits(b) == Double.doubleToLongBits(beta)) return false;
        beta = b;
        s.pEpoch++;
        hq = 4 * Math.log(2) / b * (1 + 1e-9); // 0 at beta = infinity, infinity at beta = 0
        for (int i = 0; i < s.N; i++) {
            dec[DEC * i + 2] = -1;
            dec[DEC * i + 4] = -1;
        }
        return true;
    }

    /** Spin i is about to flip: its bounds hold for the old sign only. */
    void forget(int i) {
        dec[DEC * i + 2] = -1;
        dec[DEC * i + 4] = -1;
    }

    /** Whether spin i has a rule for the current state and beta. */
    boolean hasRule(int i) {
        return dec[DEC * i] == s.pEpoch;
    }

    /**
     * The heat-bath update of spin i (docs/monte-carlo.md#eq-mc-2) whose uniform has top byte b (call useBeta first): true iff
     * the spin flips. A tie b == thr draws V from rng.
     */
    boolean decide(int i, int b, SplittableRandom rng) {
        final long[] d = dec;
        final int o = DEC * i;
        final long packed;
        if (d[o] == s.pEpoch) {
            // the rule of this state is known (the reference mode computes it again from the direct kernel)
            packed = reference ? HeatBath.encode(s.sigma[i] * fields.direct.at(i), beta, hq) : d[o + 1];
        } else {
            if (b != 0 && d[o + 4] >= 0 && keptByBound(d, o, i, b)) return false;
            nonQuiet++;
            packed = rule(i);
        }
        if (packed < 0) {
            // q < 2^-k = -packed / 256: any b >= -packed keeps the sign, and only below is q itself needed
            if (b >= -packed) return false;
            final long exact = HeatBath.pack(HeatBath.upProbability(
                    -s.sigma[i] * (reference ? fields.direct.at(i) : fields.exact(i)), beta));
            if (!reference) d[o + 1] = exact; // the same rule, now with q, for the rest of this epoch
            return HeatBath.flipsWith(exact, b, rng);
        }
        return HeatBath.flipsWith(packed, b, rng);
    }

    /**
     * Whether byte b keeps spin i with no field computed: sigma h >= hq + lo now, lo from the spin's own
     * exact field at version d[o + 4] less the most the flips since can have moved it, or from its margin
     * against a snapshot of the sums; with y = 2 beta (hq + lo), q < 2^-k for k <= y log2 e, and a byte
     * b >= 2^(8 - k) keeps the sign (lo > 0, i.e. k >= 8: quiet, any b >= 1).
     */
    private boolean keptByBound(long[] d, int o, int i, int b) {
        final long dv = s.version - d[o + 4];
        final double own = Double.longBitsToDouble(d[o + 5]);
        double lo = dv == 0 ? own : own - dv * ring.stepRoom;
        if (d[o + 2] >= 0) lo = Math.max(lo, Double.longBitsToDouble(d[o + 3]) - ring.room(d[o + 2]));
        if (lo > 0) {
            if (reference) verifyBelow(i, b);
            return true;
        }
        final int k = HeatBath.certainBits(2 * beta * (lo + hq));
        if (k >= 1 && b >= 1 << (8 - Math.min(k, 8))) {
            if (reference) verifyBelow(i, b);
            return true;
        }
        return false;
    }

    /** rule(i), returning i. */
    int ruled(int i) {
        rule(i);
        return i;
    }

    /** The decision rule of spin i from its exact field now, cached; its quiet margin renewed. */
    long rule(int i) {
        final double sh = s.sigma[i] * (reference ? fields.direct.at(i) : fields.exact(i));
        final long packed = HeatBath.encode(sh, beta, hq);
        final int o = DEC * i;
        dec[o] = s.pEpoch;
        dec[o + 1] = packed;
        dec[o + 4] = s.version;
        dec[o + 5] = Double.doubleToRawLongBits(sh - hq);
        if (hot) {
            dec[o + 2] = -1;
        } else if (ring.latest >= 0) {
            // the better of the new margin and the old one, both referred to the latest snapshot
            final double x = Math.max(sh - hq - ring.roomHere(), margin(i));
            dec[o + 2] = ring.latest; // kept even when x <= 0: a lower bound on sigma h still spares fields for large bytes
            dec[o + 3] = Double.doubleToRawLongBits(x);
        }
        return packed;
    }

    /** The margin of spin i rebased to the latest snapshot (-infinity when it has none). */
    double margin(int i) {
        final int o = DEC * i;
        final long serial = dec[o + 2];
        double m = !ring.live(serial) ? Double.NEGATIVE_INFINITY
                : Double.longBitsToDouble(dec[o + 3]) - ring.toLatest(serial);
        // the spin's own exact field at version v is a margin against the latest snapshot too, less the
        // most the flips between v and the snapshot's version can have moved it
        if (ring.latest >= 0 && dec[o + 4] >= 0) {
            final long dv = Math.abs(ring.latestVersion() - dec[o + 4]);
            final double own = Double.longBitsToDouble(dec[o + 5]);
            m = Math.max(m, dv == 0 ? own : own - dv * ring.stepRoom);
        }
        return m;
    }

    /** Reference mode: spin i, passed over as quiet, must have q < 2^-8. */
    void verifyQuiet(int i) {
        verifyBelow(i, 1);
    }

    /** Reference mode: a spin kept from a bound with top byte b must have q <= b / 256 (every U >= b / 256 keeps it). */
    private void verifyBelow(int i, int b) {
        if (!(HeatBath.upProbability(-s.sigma[i] * fields.direct.at(i), beta) <= b / 256.0)) quietViolations++;
    }
}
