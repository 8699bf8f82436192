package dev.hebbian.theory.learning;

/**
 * The law of the class average chi_hat of the examples' noise (arXiv:2212.00606, arXiv:2308.04106;
 * docs/conventions.md#eq-conventions-6, #eq-conventions-7, docs/learning.md#eq-learning-1, #eq-learning-2): one type
 * for the learning and the multitasking theories, with one default ({@link #defaultFor}). {@link #EXACT} is the
 * reference; the others are the papers' surrogates.
 */
public enum Noise {
    /** Exact scaled binomial law of chi_hat, M + 1 atoms (docs/learning.md#eq-learning-1). Needs r and M. */
    EXACT,
    /** Central-limit surrogate chi_hat = r (1 + sqrt(rho) Y), Y ~ N(0,1) (docs/learning.md#eq-learning-1). Needs rho only. */
    CLT,
    /** Large-deviation surrogate: normalised density proportional to exp(-M I_r(x)) on [-1, 1] (docs/learning.md#eq-learning-2). */
    LARGE_DEVIATION;

    /**
     * The default law, the same in every builder: {@link #EXACT} when the number of examples M is known (it
     * needs M, and r or rho), {@link #CLT} when the dataset is given by rho alone.
     */
    public static Noise defaultFor(boolean examplesKnown) {
        return examplesKnown ? EXACT : CLT;
    }

    /** Parses {@code exact}, {@code clt}, {@code ld} / {@code large-deviation} (case-insensitive). */
    public static Noise parse(String s) {
        switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "exact": return EXACT;
            case "clt": return CLT;
            case "ld": case "large-deviation": case "large_deviation": return LARGE_DEVIATION;
            default: throw new dev.hebbian.Check.InvalidParameterException("noise", s, "one of exact, clt, ld");
        }
    }
}
