package dev.hebbian.compute;

import java.util.SplittableRandom;

/**
 * Random streams that depend only on a point's index, so that a point computed anywhere (another
 * thread, another machine) draws the same numbers. {@link #split(long, long)} is the {@code k}-th
 * generator split off {@code new SplittableRandom(seed)}, i.e. what {@code k + 1} calls of
 * {@link SplittableRandom#split()} on that root return last, in O(1): a fresh SplitMix root advances
 * its state by the golden gamma per draw, and a split draws twice, so the root after {@code k} splits
 * is {@code new SplittableRandom(seed + 2 k gamma)}. The identity is checked against real splitting
 * when this class loads; if a JDK ever implemented SplittableRandom differently, the splits are
 * replayed instead (O(k), same numbers).
 */
public final class Seeds {
    private Seeds() {}

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final boolean JUMP = jumpAgrees();

    /** The {@code k}-th (from 0) generator split off {@code new SplittableRandom(seed)}. */
    public static SplittableRandom split(long seed, long k) {
        dev.hebbian.Check.atLeast("k", k, 0);
        if (JUMP) return new SplittableRandom(seed + 2 * k * GOLDEN_GAMMA).split();
        SplittableRandom root = new SplittableRandom(seed);
        for (long j = 0; j < k; j++) root.split();
        return root.split();
    }

    /** Whether the O(1) jump is in use (false only on a JDK whose SplittableRandom differs). */
    static boolean jumping() {
        return JUMP;
    }

    private static boolean jumpAgrees() {
        for (long seed : new long[] {1, -7, 0x123456789abcdefL}) {
            SplittableRandom root = new SplittableRandom(seed);
            for (long k = 0; k < 5; k++) {
                SplittableRandom real = root.split(), jump = new SplittableRandom(seed + 2 * k * GOLDEN_GAMMA).split();
                for (int d = 0; d < 3; d++) if (real.nextLong() != jump.nextLong()) return false;
                SplittableRandom realChild = real.split(), jumpChild = jump.split();
                if (realChild.nextLong() != jumpChild.nextLong()) return false;
            }
        }
        return true;
    }
}
