package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * The sequential sweep in continuous time (docs/monte-carlo.md, step 7): a uniformly random order is
 * the order of i.i.d. uniform update times in (0, 1), and the state only changes at flips. A round at
 * time t decides every spin from the current state and flags those that decide to flip and are not
 * yet updated; no flag: the sweep is over and the order never mattered; else the earliest flagged time
 * flips, the other flagged spins are known to come later, and the next round starts at that time. More
 * than FLAG_LIMIT flagged: the rest of the sweep runs as the classic loop.
 */
final class SparseSweep {
    /** More flagged spins than this in a round: the classic loop ends the sweep. */
    static final int FLAG_LIMIT = 8;

    private final Chain chain;
    private final Decisions d;
    private final QuietGroups groups;
    private final ClassicSweep classic;
    private final UpdateTimes times;
    private final int N;
    /** Fraction of the spins that needed a rule after a flip (last classic sweep, or last sparse sweep's later rounds). */
    double busy;

    SparseSweep(Chain chain, Decisions d, QuietGroups groups, ClassicSweep classic, int N) {
        this.chain = chain;
        this.d = d;
        this.groups = groups;
        this.classic = classic;
        this.times = new UpdateTimes(N);
        this.N = N;
    }

    /** One sweep; with fallback false it never turns classic (tests). Returns the flips. */
    int run(SplittableRandom rng, boolean fallback) {
        final int[] flagged = groups.flagged;
        int flipped = 0;
        double t = 0;
        try {
            long afterRounds = 0;
            while (true) {
                final long before = d.nonQuiet;
                final int f = groups.round(rng, t, times);
                if (t > 0) {
                    busy = (busy * afterRounds + (double) (d.nonQuiet - before) / N) / (afterRounds + 1);
                    afterRounds++;
                }
                if (f == 0) return flipped;
                if (f > FLAG_LIMIT && fallback) {
                    // the flagged spins are no longer needed: their array holds the spins left
                    return flipped + classic.run(flagged, times.notUpdated(t, rng, flagged), rng);
                }
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
                for (int a = 0; a < f; a++) times.flagged(flagged[a], a == first, tMin);
                chain.flip(flagged[first]);
                flipped++;
                t = tMin;
            }
        } finally {
            times.clear();
        }
    }
}
