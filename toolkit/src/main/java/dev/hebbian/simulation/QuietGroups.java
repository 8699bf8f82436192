package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * A round: every spin's decision from the current state, the spins in groups of 8 decided with the
 * bytes of one random word, and groups of 8 spins that are certainly quiet (q < 2^-8) passed over by
 * geometric gaps between zero bytes, since only a zero byte (probability 2^-8, i.i.d.) can flip a
 * quiet spin: a quiet group costs one comparison and no random number (docs/monte-carlo.md, step 11).
 * A round with nothing changed since the last full one decides only the groups that were busy. The
 * spins that decide to flip (and are not yet updated, in a sparse sweep) are listed in flagged.
 */
final class QuietGroups {
    private static final double LOG_STAY = Math.log1p(-1.0 / 256);

    private final ChainState s;
    private final Decisions d;
    private final SnapshotRing ring;
    private final int N;
    /** A quiet margin for the whole group of spins 8g .. 8g + 7 (the least of theirs), with its snapshot serial (-1: none). */
    private final long[] groupSerial;
    private final double[] groupX;
    /** The spin (0-7) that kept group g from being quiet last time. */
    private final byte[] groupBlock;
    /**
     * The groups decided spin by spin in the last full round, valid while the epoch (spins and beta) is
     * unchanged: without a flip margins only grow, so every other group is still quiet.
     */
    private final int[] busyGroups;
    private int nBusy;
    private long busyEpoch = -1;
    /** Quiet spins to pass before the next one whose top byte is zero: geometric, P(gap >= k) = (255/256)^k. */
    private long quietGap = -1;
    /** The spins flagged by the last round. */
    final int[] flagged;

    QuietGroups(ChainState s, Decisions d, SnapshotRing ring) {
        this.s = s;
        this.d = d;
        this.ring = ring;
        this.N = s.N;
        final int groups = (N + 7) >>> 3;
        this.groupSerial = new long[groups];
        this.groupX = new double[groups];
        this.groupBlock = new byte[groups];
        this.busyGroups = new int[groups];
        java.util.Arrays.fill(groupSerial, -1);
        this.flagged = new int[N];
    }

    /** Spin i is about to flip: its group is no longer known quiet. */
    void forget(int i) {
        groupSerial[i >>> 3] = -1;
    }

    /** Beta changed: no group is known quiet. */
    void forgetAll() {
        java.util.Arrays.fill(groupSerial, -1);
    }

    /**
     * A round at time t (0: every spin counts as not yet updated): the decisions of every spin, the
     * spins whose decision is a flip and that are not yet updated go to flagged. Returns their number.
     */
    int round(SplittableRandom rng, double t, UpdateTimes times) {
        ring.checkpoint();
        if (quietGap < 0) quietGap = gap(rng);
        int f = 0;
        if (busyEpoch == s.pEpoch) return roundAgain(rng, t, times);
        nBusy = 0;
        final int groups = groupSerial.length;
        final int last = groups - 1;
        final int lastSize = N - 8 * last;
        final long[] gSerial = groupSerial;
        final double[] gX = groupX;
        final long now = ring.latest;
        final double here = now >= 0 ? ring.roomHere() : Double.POSITIVE_INFINITY; // constant: nothing flips in a round
        for (int g = 0; g < groups; g++) {
            final long gs = gSerial[g];
            if (gs == now ? gX[g] > here : gs >= 0 && gX[g] > ring.room(gs)) {
                // a quiet group: a spin can only flip on a zero top byte, one quiet spin in 256
                final int size = g == last ? lastSize : 8;
                if (d.reference) for (int k = 0; k < size; k++) d.verifyQuiet((g << 3) + k);
                if (quietGap >= size) {
                    quietGap -= size;
                    continue;
                }
                f = quietEvents(g, size, rng, t, times, f);
            } else {
                f = decideGroup(g, g == last ? lastSize : 8, rng, t, times, f);
                if (!(groupSerial[g] == now && groupX[g] > here)) busyGroups[nBusy++] = g; // still busy after its margins were renewed
            }
        }
        busyEpoch = s.pEpoch;
        return f;
    }

    /**
     * A round with nothing changed since the last full one: the busy groups decided spin by spin, the quiet
     * spins between them walked by the gaps between zero bytes, in the same order as a full round.
     */
    private int roundAgain(SplittableRandom rng, double t, UpdateTimes times) {
        int f = 0;
        long k = quietGap;
        int pos = 0;
        for (int a = 0; a <= nBusy; a++) {
            final int end = a < nBusy ? busyGroups[a] << 3 : N;
            if (d.reference) for (int i = pos; i < end; i++) d.verifyQuiet(i);
            while (pos + k < end) {
                final int i = (int) (pos + k);
                if (d.decide(i, 0, rng) && (t == 0 || times.notYet(i, t, rng))) flagged[f++] = i;
                pos = i + 1;
                k = gap(rng);
            }
            k -= end - pos;
            if (a < nBusy) {
                final int size = Math.min(8, N - end);
                f = decideGroup(busyGroups[a], size, rng, t, times, f);
                final int g = busyGroups[a];
                if (groupSerial[g] == ring.latest && groupX[g] > ring.roomHere()) busyEpoch = -1; // quiet now: the next round lists the busy groups again
                pos = end + size;
            }
        }
        quietGap = k;
        return f;
    }

    private static long gap(SplittableRandom rng) {
        return (long) (Math.log(1 - rng.nextDouble()) / LOG_STAY);
    }

    /** The zero-byte spins of quiet group g (the first at quietGap), decided exactly; returns the flagged count. */
    private int quietEvents(int g, int size, SplittableRandom rng, double t, UpdateTimes times, int f) {
        long k = quietGap;
        while (k < size) {
            final int i = (g << 3) + (int) k;
            if (d.decide(i, 0, rng) && (t == 0 || times.notYet(i, t, rng))) flagged[f++] = i;
            k += 1 + gap(rng);
        }
        quietGap = k - size;
        return f;
    }

    /** Every spin of group g decided with a byte of one word; the group's quiet margin renewed; returns the flagged count. */
    private int decideGroup(int g, int size, SplittableRandom rng, double t, UpdateTimes times, int f) {
        final long word = rng.nextLong();
        final int base = g << 3;
        for (int k = 0; k < size; k++) {
            final int i = base + k;
            if (d.decide(i, (int) ((word >>> (8 * k)) & 0xFF), rng) && (t == 0 || times.notYet(i, t, rng))) flagged[f++] = i;
        }
        // the group's margin: the least of its spins' (none once one spin has none: the one that blocked
        // the group last time is asked first, so a group that stays busy costs one margin)
        final int blocker = base + groupBlock[g];
        double min = d.margin(blocker);
        if (min > 0 || !d.hasRule(blocker)) {
            min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < size && min > 0; k++) {
                final int i = base + k;
                double m = d.margin(i);
                // a spin kept by a stale bound leaves no margin against the latest snapshot, and its group
                // would be decided spin by spin at every round: its exact field once, so that the group can be quiet
                if (m <= 0 && !d.hasRule(i)) m = d.margin(d.ruled(i));
                if (m <= 0) groupBlock[g] = (byte) k;
                min = Math.min(min, m);
            }
        }
        groupSerial[g] = min > 0 ? ring.latest : -1;
        groupX[g] = min;
        return f;
    }
}
