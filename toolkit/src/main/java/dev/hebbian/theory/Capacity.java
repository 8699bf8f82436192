package dev.hebbian.theory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maximal storage capacity at T = 0: the fold of the retrieval branch (AGS definition, in
 * arXiv:2111.12997; docs/storage.md#capacities, #phase-selection).
 *
 * @param alphaC the largest load at which the retrieval branch exists
 * @param mC the Mattis magnetisation on the branch at alphaC
 * @param tolerance accuracy of alphaC
 */
public record Capacity(int p, Ansatz ansatz, double alphaC, double mC, double tolerance) {
    /** Fields for CLI output. */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("P", p);
        f.put("ansatz", ansatz.label());
        f.put("alphaC", alphaC);
        f.put("mC", mC);
        f.put("tolerance", tolerance);
        return f;
    }
}
