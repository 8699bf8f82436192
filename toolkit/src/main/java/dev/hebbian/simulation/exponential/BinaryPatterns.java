package dev.hebbian.simulation.exponential;

import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * K random binary patterns of N &lt;= {@link #MAX_N} spins, drawn uniformly and independently (with
 * replacement), stored as bit masks: bit i set means xi_i = +1. The number of patterns of a load alpha is
 * K = round(exp(alpha N)) (docs/exponential-memory.md#eq-exp-1).
 */
public final class BinaryPatterns {
    /** The largest N handled: 2^24 states, a 128 MB table of doubles. */
    public static final int MAX_N = 24;
    /** The largest number of patterns drawn. */
    public static final int MAX_K = 1 << 26;

    private final int n;
    private final int[] masks;

    private BinaryPatterns(int n, int[] masks) {
        this.n = n;
        this.masks = masks;
    }

    /** K = round(exp(alpha N)), at least 1, after checking alpha &gt; 0 and N in [1, 24]. */
    public static int patternCount(int n, double alpha) {
        Check.inRange("N", n, 1, MAX_N);
        Check.positive("alpha", alpha);
        double k = Math.rint(Math.exp(alpha * n));
        if (k > MAX_K)
            throw new Check.InvalidParameterException("alpha", alpha, "at most " + Math.log(MAX_K) / n
                    + " at N = " + n + " (K = round(exp(alpha N)) <= " + MAX_K + ")");
        return (int) Math.max(1, k);
    }

    /** K patterns of N spins from this seed. */
    public static BinaryPatterns random(int n, int k, long seed) {
        Check.inRange("N", n, 1, MAX_N);
        Check.inRange("K", k, 1, MAX_K);
        SplittableRandom rng = new SplittableRandom(seed);
        int[] m = new int[k];
        int mask = n == 32 ? -1 : (1 << n) - 1;
        for (int mu = 0; mu < k; mu++) m[mu] = rng.nextInt() & mask;
        return new BinaryPatterns(n, m);
    }

    /** The patterns given as bit masks (bit i set: xi_i = +1). */
    public static BinaryPatterns of(int n, int... masks) {
        Check.inRange("N", n, 1, MAX_N);
        Check.atLeast("K", masks.length, 1);
        for (int m : masks)
            if (m < 0 || m >= (1 << n)) throw new Check.InvalidParameterException("pattern", m, "a bit mask in [0, 2^N) with N = " + n);
        return new BinaryPatterns(n, masks.clone());
    }

    public int n() {
        return n;
    }

    public int k() {
        return masks.length;
    }

    /** The bit mask of pattern mu. */
    public int mask(int mu) {
        return masks[mu];
    }

    /** xi^mu . sigma = N - 2 d(xi^mu, sigma) for a state given as a bit mask. */
    public int overlap(int mu, int sigma) {
        return n - 2 * Integer.bitCount(masks[mu] ^ sigma);
    }
}
