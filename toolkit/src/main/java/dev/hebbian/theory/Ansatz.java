package dev.hebbian.theory;

/** Replica ansatz (arXiv:2111.12997; docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4, #eq-storage-7). */
public enum Ansatz {
    /** Replica symmetric: one overlap q. */
    RS,
    /** One step of replica symmetry breaking: overlaps q1 &lt;= q2 with Parisi weight theta on q1. */
    ONE_RSB;

    /** Parses "rs" or "1rsb" (case-insensitive). */
    public static Ansatz parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "rs" -> RS;
            case "1rsb", "rsb", "one_rsb" -> ONE_RSB;
            default -> throw new dev.hebbian.Check.InvalidParameterException("ansatz", s, "one of rs, 1rsb");
        };
    }

    /** "rs" or "1rsb". */
    public String label() {
        return this == RS ? "rs" : "1rsb";
    }
}
