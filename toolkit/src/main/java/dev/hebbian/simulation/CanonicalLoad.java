package dev.hebbian.simulation;

import dev.hebbian.Check;

/**
 * The canonical-load helper of docs/conventions.md ("The finite-N model"): the number of patterns
 * K = round(2 alpha N^(P-1) / P!) that makes the cross-talk noise of the finite distinct-tuple network
 * match the canonical RS equations (for P = 2 it is alpha N).
 */
public final class CanonicalLoad {
    private CanonicalLoad() {}

    /**
     * K = round(2 alpha N^(P-1) / P!) (docs/conventions.md). A load that rounds to K = 0 is refused with
     * a message naming alpha, N, P and the unrounded K (a network needs at least one pattern).
     */
    public static int patterns(int P, double alpha, int N) {
        Check.evenAtLeast("P", P, 2);
        Check.nonNegative("alpha", alpha);
        Check.atLeast("N", N, 1);
        double exact = 2 * alpha * Math.pow(N, P - 1) / factorial(P);
        double k = Math.rint(exact);
        if (k > Integer.MAX_VALUE - 8) {
            throw new Check.InvalidParameterException("alpha", alpha,
                    "small enough that K = 2 alpha N^(P-1)/P! fits in memory (got K = " + k + ")");
        }
        if (k < 1) {
            throw new Check.InvalidParameterException("alpha", alpha, String.format(java.util.Locale.ROOT,
                    "large enough that K = round(2 alpha N^(P-1)/P!) >= 1; with N = %d, P = %d it gives K = round(%.4g) = 0 "
                            + "(alpha = %.4g gives K = 1)", N, P, exact, 0.5 * factorial(P) / Math.pow(N, P - 1)));
        }
        return (int) k;
    }

    /** The canonical load alpha = K P! / (2 N^(P-1)) of a network with K patterns (inverse of {@link #patterns}). */
    public static double alpha(int P, int K, int N) {
        Check.evenAtLeast("P", P, 2);
        Check.atLeast("K", K, 1);
        Check.atLeast("N", N, 1);
        return K * factorial(P) / (2 * Math.pow(N, P - 1));
    }

    static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }
}
