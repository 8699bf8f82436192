package dev.hebbian.theory.modern;

/**
 * The three kinds of fixed points of the modern Hopfield update (arXiv:2008.02217, Sec. 2), told
 * apart by the effective number of patterns the fixed point averages,
 * {@code n_eff = 1 / sum_mu p_mu^2} with {@code p = softmax(beta X^T xi*)}
 * (docs/modern-hopfield.md#eq-mh-6).
 */
public enum FixedPointKind {
    /** One pattern carries the softmax: n_eff &lt; {@link #SINGLE_BELOW}. */
    SINGLE_PATTERN,
    /** An average over a subset of the patterns: between the two other kinds. */
    METASTABLE,
    /** An average over (nearly) all patterns: n_eff &gt; {@link #GLOBAL_ABOVE} K. */
    GLOBAL_AVERAGE;

    /** n_eff below this: a single pattern (the next pattern has weight below about 1/3). */
    public static final double SINGLE_BELOW = 1.5;
    /** n_eff above this fraction of K: the global average. */
    public static final double GLOBAL_ABOVE = 0.5;

    /** The kind of a fixed point averaging {@code nEff} of {@code K} patterns. */
    public static FixedPointKind of(double nEff, int K) {
        if (nEff < SINGLE_BELOW) return SINGLE_PATTERN;
        if (K > 1 && nEff > GLOBAL_ABOVE * K) return GLOBAL_AVERAGE;
        return METASTABLE;
    }
}
