package dev.hebbian.theory.learning;

/**
 * The law used for the class average chi_hat of the examples' noise (spec supervised-dense-hebbian.md
 * sections 2.1 and 3.4). {@link #EXACT} is the reference; the others are the paper's surrogates.
 */
public enum Noise {
    /** Exact scaled binomial law of chi_hat, M + 1 atoms (E3). Needs r and M. */
    EXACT,
    /** Central-limit surrogate chi_hat = r (1 + sqrt(rho) Y), Y ~ N(0,1) (E6). Needs rho only. */
    CLT,
    /** Large-deviation surrogate: normalised density proportional to exp(-M I_r(x)) on [-1, 1] (E20). */
    LARGE_DEVIATION;

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
