package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * The synchronous (parallel) heat-bath update of all spins from the fields of the current state, as
 * in the authors' code (docs/monte-carlo.md, step 6): one round of cached decisions, then the flips,
 * the exact integer sums updated flip by flip (O(K) a flip) or, for real entries, recomputed.
 */
final class SynchronousSweep {
    private final Chain chain;
    private final ChainState s;
    private final QuietGroups groups;
    private final UpdateTimes none;

    SynchronousSweep(Chain chain, ChainState s, QuietGroups groups) {
        this.chain = chain;
        this.s = s;
        this.groups = groups;
        this.none = new UpdateTimes(0); // t = 0: no spin is asked its update time
    }

    /** One update at the chain's current beta; returns the flips. */
    int run(SplittableRandom rng) {
        // every decision from the fields of the current state: nothing changes inside this round
        final int f = groups.round(rng, 0, none);
        if (f == 0) return 0;
        final int[] flagged = groups.flagged;
        if (s.c.ternary) {
            // exact integer power sums: update them flip by flip (O(K) per flip instead of O(N K))
            for (int a = 0; a < f; a++) chain.flip(flagged[a]);
            return f;
        }
        s.flipAllAndRecompute(flagged, f);
        return f;
    }
}
