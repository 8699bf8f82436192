package dev.hebbian.theory;

/** Solution branches (docs/storage.md#phase-selection): each is started from its own seed. */
public enum Branch {
    /** m &gt; 0: the network recalls a pattern. */
    RETRIEVAL,
    /** m = 0, q &gt; 0: spin glass. */
    SPIN_GLASS,
    /** m = 0, q = 0: paramagnet (ergodic). */
    PARAMAGNET;

    /** Parses "retrieval", "sg" or "para". */
    public static Branch parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "retrieval", "r" -> RETRIEVAL;
            case "sg", "spin_glass", "spinglass" -> SPIN_GLASS;
            case "para", "paramagnet", "ergodic", "e" -> PARAMAGNET;
            default -> throw new dev.hebbian.Check.InvalidParameterException("branch", s, "one of retrieval, sg, para");
        };
    }

    /** "retrieval", "sg" or "para". */
    public String label() {
        return switch (this) {
            case RETRIEVAL -> "retrieval";
            case SPIN_GLASS -> "sg";
            case PARAMAGNET -> "para";
        };
    }

    /** The branch that order parameters (m, q2) describe. */
    public static Branch classify(double m, double q) {
        if (Math.abs(m) > 1e-6) return RETRIEVAL;
        return q > 1e-6 ? SPIN_GLASS : PARAMAGNET;
    }
}
