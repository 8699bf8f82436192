package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * The exact random-order sequential heat-bath sweep (docs/monte-carlo.md#eq-mc-2), choosing its sampler per sweep from the
 * chain's history (docs/monte-carlo.md, step 8): sparse while the last sweep flipped few spins and
 * its extra rounds are estimated cheaper than one random-order visit per spin, else classic (without
 * snapshot margins when many spins flip per sweep). A seed still fixes the run.
 */
final class SequentialSweep {
    private final Decisions d;
    private final SnapshotRing ring;
    private final ClassicSweep classic;
    private final SparseSweep sparseSweep;
    private final int N;
    /** Tests: TRUE forces the sparse sweep (with no classic fallback), FALSE the classic one, null lets the chain choose. */
    Boolean sparse;
    private int lastSweepFlips;
    long sparseSweeps;

    SequentialSweep(Decisions d, SnapshotRing ring, ClassicSweep classic, SparseSweep sparseSweep, int N) {
        this.d = d;
        this.ring = ring;
        this.classic = classic;
        this.sparseSweep = sparseSweep;
        this.N = N;
    }

    /** One sweep at the chain's current beta; returns the flips. */
    int run(SplittableRandom rng) {
        // after each flip the sparse sweep scans the groups again (~0.2 ns a spin) and decides every spin
        // that needs a rule again (busy: their fraction, ~30 ns each); the classic loop visits each spin
        // once in a random order (~4-25 ns a spin) and pays the shuffle: sparse while its extra rounds
        // cost less than that visit
        final boolean useSparse = sparse != null ? sparse
                : lastSweepFlips <= SparseSweep.FLAG_LIMIT && lastSweepFlips * (0.2 + 30 * sparseSweep.busy) <= 4;
        d.nonQuiet = 0;
        int flipped;
        if (useSparse) {
            sparseSweeps++;
            flipped = sparseSweep.run(rng, sparse == null);
        } else {
            // many flips per sweep: margins against snapshots would not outlive a few flips, so only the
            // spins' own stale-field bounds are kept (no snapshot bookkeeping)
            d.hot = lastSweepFlips >= Math.max(16, N / 64) && sparse == null;
            if (!d.hot) ring.checkpoint(); // the margins of this sweep measured against its start
            flipped = classic.run(null, N, rng);
            d.hot = false;
            sparseSweep.busy = (double) d.nonQuiet / N;
        }
        lastSweepFlips = flipped;
        return flipped;
    }
}
