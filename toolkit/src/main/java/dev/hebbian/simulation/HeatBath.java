package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * The heat-bath (Glauber) decision of one spin from 8 random bits, refined exactly when they do not
 * settle it: the spin flips iff U < q, q = 1 / (1 + e^(2 beta sigma_i h_i)) (docs/monte-carlo.md#eq-mc-2), with U = (b + V) / 256,
 * b one byte of a random word and V a 53-bit uniform drawn only when b = floor(256 q)
 * (docs/monte-carlo.md, step 9).
 */
final class HeatBath {
    private HeatBath() {}

    private static final long WIDTH_MASK = (1L << 54) - 1;
    private static final double LOG2_E = 1.4426950408889634;

    /** Probability that a heat-bath update sets a spin with field h to +1: 1 / (1 + exp(-2 beta h)) (docs/monte-carlo.md#eq-mc-2). */
    static double upProbability(double h, double beta) {
        if (Double.isInfinite(beta)) return h > 0 ? 1 : h < 0 ? 0 : 0.5;
        double x = 2 * beta * h;
        if (x > 700) return 1;
        if (x < -700) return 0;
        return 1 / (1 + Math.exp(-x));
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

    /**
     * The rule for a spin with sigma_i h_i = sh: with y = 2 beta sh, q = 1 / (1 + e^y) < e^-y <= 2^-k for
     * k <= y log2 e, so for k >= 1 the rule is just -2^(8 - min(k, 8)) (keep on any byte b >= 2^(8 - k)), no
     * exponential; else the packed exact rule. hq = 4 ln 2 / beta (with slack): sh > hq gives q < 2^-8.
     */
    static long encode(double sh, double beta, double hq) {
        if (sh > hq) return -1; // q < 2^-8
        final int k = certainBits(2 * beta * sh);
        if (k >= 1) return -(1L << (8 - Math.min(k, 8)));
        return pack(upProbability(-sh, beta));
    }

    /** The k >= 1 with q < 2^-k certain for y = 2 beta sigma h (q < e^-y), or 0 when y <= 0.5. */
    static int certainBits(double y) {
        return y > 0.5 ? (int) (y * LOG2_E * (1 - 1e-12)) : 0;
    }

    static double ipow(double x, int n) {
        double r = 1;
        for (int k = 0; k < n; k++) r *= x;
        return r;
    }
}
