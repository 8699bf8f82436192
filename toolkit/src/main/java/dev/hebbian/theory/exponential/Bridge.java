package dev.hebbian.theory.exponential;

import java.util.ArrayList;
import java.util.List;

import dev.hebbian.Check;
import dev.hebbian.theory.storage.StorageProblem;

/**
 * The bridge between the polynomial and the exponential networks (docs/exponential-memory.md#eq-exp-10): the
 * dense P-spin network stores K_c = 2 alpha_c(P) N^(P-1) / P! patterns at its RS T = 0 capacity
 * (docs/storage.md#eq-storage-11, #eq-storage-12; P = 2 is AGS, K_c = 0.138 N), the exponential one
 * K = exp(alpha N). One row per (model, N): the data of one figure of ln K against N.
 */
public final class Bridge {
    private Bridge() {}

    /**
     * One point of the figure.
     *
     * @param model "P=4" etc. for the dense networks, "exponential" for exp(alpha N)
     * @param p the interaction order (0 for the exponential network)
     * @param alpha the capacity in the model's own units: canonical alpha_c(P), or the exponential alpha
     * @param patternsPerNpm1 K / N^(P-1) = 2 alpha_c / P! (NaN for the exponential network)
     * @param n the number of neurons
     * @param lnK ln of the number of patterns stored at capacity
     */
    public record Row(String model, int p, double alpha, double patternsPerNpm1, double n, double lnK) {}

    /** The RS T = 0 capacity of the P-spin network in patterns per N^(P-1): 2 alpha_c(P) / P! (AGS 0.138 at P = 2). */
    public static double patternsPerNpm1(int p) {
        return 2 * canonicalCapacity(p) / factorial(p);
    }

    /** Canonical alpha_c(P), RS at T = 0 (docs/storage.md#capacities). */
    public static double canonicalCapacity(int p) {
        Check.evenAtLeast("P", p, 2);
        if (p == 2) return dev.hebbian.DenseHebbian.storage().p(2).capacity().alphaC();
        return StorageProblem.rsCapacity(p)[0];
    }

    /**
     * Rows for every P in {@code ps} and every N in {@code ns}, then the exponential network at each
     * {@code alphas} (e.g. Demircigil's ln(2)/2 and alpha_1 = 0.675 at beta = 1) at every N.
     */
    public static List<Row> table(int[] ps, double[] alphas, double[] ns) {
        List<Row> rows = new ArrayList<>();
        for (int p : ps) {
            double c = canonicalCapacity(p), per = 2 * c / factorial(p);
            for (double n : ns) {
                Check.positive("N", n);
                rows.add(new Row("P=" + p, p, c, per, n, Math.log(per) + (p - 1) * Math.log(n)));
            }
        }
        for (double a : alphas) {
            Check.positive("alpha", a);
            for (double n : ns) rows.add(new Row("exponential", 0, a, Double.NaN, n, a * n));
        }
        return rows;
    }

    /** The same rows as a Tablesaw table (columns model, P, alpha, K/N^(P-1), N, lnK). */
    public static tech.tablesaw.api.Table asTable(List<Row> rows) {
        return tech.tablesaw.api.Table.create("bridge: patterns stored at capacity",
                tech.tablesaw.api.StringColumn.create("model", rows.stream().map(Row::model).toArray(String[]::new)),
                tech.tablesaw.api.IntColumn.create("P", rows.stream().mapToInt(Row::p).toArray()),
                tech.tablesaw.api.DoubleColumn.create("alpha", rows.stream().mapToDouble(Row::alpha).toArray()),
                tech.tablesaw.api.DoubleColumn.create("K/N^(P-1)", rows.stream().mapToDouble(Row::patternsPerNpm1).toArray()),
                tech.tablesaw.api.DoubleColumn.create("N", rows.stream().mapToDouble(Row::n).toArray()),
                tech.tablesaw.api.DoubleColumn.create("lnK", rows.stream().mapToDouble(Row::lnK).toArray()));
    }

    /** The N at which the exponential network at load alpha first stores more patterns than the P-spin one. */
    public static double crossover(int p, double alpha) {
        Check.positive("alpha", alpha);
        double per = patternsPerNpm1(p);
        java.util.function.DoubleUnaryOperator f = n -> alpha * n - Math.log(per) - (p - 1) * Math.log(n);
        // alpha n - (P-1) ln n has its minimum at n = (P-1)/alpha; the crossing sought is beyond it
        double lo = Math.max(1, (p - 1) / alpha), hi = lo;
        if (f.applyAsDouble(lo) > 0) return lo;
        while (f.applyAsDouble(hi) <= 0) hi *= 2;
        return new org.hipparchus.analysis.solvers.BrentSolver(1e-10).solve(500, f::applyAsDouble, lo, hi);
    }

    static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }
}
