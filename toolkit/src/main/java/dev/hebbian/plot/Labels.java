package dev.hebbian.plot;

/**
 * Unicode labels for axes and legends (α, β, ρ, m₁, T_SG as "T_SG") and the plain-ASCII column names
 * of the CSV written beside a figure (α → alpha, m₁ → m1).
 */
public final class Labels {
    private Labels() {}

    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";

    /** The symbol with a numeric subscript: sub("m", 1) = "m₁". */
    public static String sub(String symbol, int index) {
        StringBuilder b = new StringBuilder(symbol);
        String digits = Integer.toString(index);
        for (char c : digits.toCharArray()) b.append(c == '-' ? '₋' : SUB.charAt(c - '0'));
        return b.toString();
    }

    /** The Mattis overlap m_k as "m₁", "m₂", ... */
    public static String m(int k) {
        return sub("m", k);
    }

    /** A plain-ASCII name for a Unicode label, for CSV column names: "α" → "alpha", "m₁" → "m1", "T = 1/β" → "T". */
    public static String ascii(String label) {
        String s = label;
        int eq = s.indexOf(" = ");
        if (eq > 0) s = s.substring(0, eq);
        int paren = s.indexOf(" (");
        if (paren > 0) s = s.substring(0, paren);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int d = SUB.indexOf(c);
            if (d >= 0) { b.append(d); continue; }
            String greek = switch (c) {
                case 'α' -> "alpha"; case 'β' -> "beta"; case 'ρ' -> "rho"; case 'θ' -> "theta"; case 'λ' -> "lambda";
                case 'μ' -> "mu"; case 'ν' -> "nu"; case 'σ' -> "sigma"; case 'ξ' -> "xi"; case 'η' -> "eta";
                case 'χ' -> "chi"; case 'δ' -> "delta"; case 'γ' -> "gamma"; case 'τ' -> "tau"; case 'Δ' -> "Delta";
                case '∞' -> "inf"; case '·' -> "*"; case '−' -> "-"; case '√' -> "sqrt"; case '²' -> "2";
                default -> null;
            };
            if (greek != null) b.append(greek);
            else if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '*'|| c == '.')) b.append(c);
            else if (c == ' ' || c == ',' || c == '|') b.append('_');
        }
        String out = b.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
        return out.isEmpty() ? "value" : out;
    }
}
