package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * The textbook random-order sweep (docs/monte-carlo.md#eq-mc-2; docs/monte-carlo.md, step 3): the spins in a fresh uniformly
 * random order (Fisher-Yates), each decided with one byte of a shared random word and flipped at once.
 */
final class ClassicSweep {
    private final Chain chain;
    private final Decisions d;
    /** The order of the last full sweep (also the Plefka sweep's, which shuffles it in place). */
    final int[] order;

    ClassicSweep(Chain chain, Decisions d, int N) {
        this.chain = chain;
        this.d = d;
        this.order = new int[N];
        for (int i = 0; i < N; i++) order[i] = i;
    }

    /** A uniformly random permutation of order, from the current one. */
    void shuffle(SplittableRandom rng) {
        shuffle(order, order.length, rng);
    }

    private static void shuffle(int[] a, int n, SplittableRandom rng) {
        for (int k = n - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = a[k];
            a[k] = a[j];
            a[j] = t;
        }
    }

    /** The loop over the spins list[0 .. n) (null: all) in a fresh random order; returns the flips. */
    int run(int[] list, int n, SplittableRandom rng) {
        final int[] ord;
        if (list == null) {
            shuffle(rng);
            ord = order;
        } else {
            shuffle(list, n, rng);
            ord = list;
        }
        int flipped = 0;
        long word = 0;
        for (int a = 0; a < n; a++) {
            if ((a & 7) == 0) word = rng.nextLong();
            final int i = ord[a];
            if (d.decide(i, (int) ((word >>> (8 * (a & 7))) & 0xFF), rng)) {
                chain.flip(i);
                flipped++;
            }
        }
        return flipped;
    }
}
