package dev.hebbian.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

import dev.hebbian.Check;
import dev.hebbian.compute.Sweep;

/**
 * An experiment repeated over independent seeds: per observable, the mean over the repetitions and its
 * standard error (sample standard deviation / sqrt(n), NaN for a single repetition). Repetition k
 * runs with seed {@code baseSeed + k}, so a result is reproducible and two experiments with different
 * base seeds far apart use different draws.
 *
 * <pre>{@code
 * // accuracy and overlap of a classifier over 8 draws of the training examples
 * Replicates r = Replicates.over(8, 100, seed -> new double[] {accuracy(seed), overlap(seed)});
 * r.mean(0); r.stdErr(0);
 * }</pre>
 *
 * @param seeds  the number of repetitions n
 * @param mean   per observable, the mean over the repetitions
 * @param stdErr per observable, the standard error of the mean
 * @param values per repetition (row), the observables (columns)
 */
public record Replicates(int seeds, double[] mean, double[] stdErr, double[][] values) {

    /**
     * Run {@code experiment} for seeds {@code baseSeed}, ..., {@code baseSeed + n - 1} (in parallel
     * over the repetitions, see {@link Sweep}); each run returns its observables, the same number for
     * every seed.
     */
    public static Replicates over(int n, long baseSeed, LongFunction<double[]> experiment) {
        Check.atLeast("n (seeds)", n, 1);
        List<double[]> rows = Sweep.over(n, k -> experiment.apply(baseSeed + k)).named("replicates").showProgress(false).run();
        return of(rows.toArray(new double[0][]));
    }

    /** The statistics of given repetitions (rows: repetitions, columns: observables). */
    public static Replicates of(double[][] values) {
        if (values.length == 0) throw new IllegalArgumentException("values: need at least one repetition, got 0");
        int k = values[0].length;
        for (int i = 0; i < values.length; i++)
            if (values[i] == null || values[i].length != k)
                throw new IllegalArgumentException("values: repetition " + i + " has " + (values[i] == null ? "no" : values[i].length)
                        + " observables, repetition 0 has " + k);
        int n = values.length;
        double[] mean = new double[k], se = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (double[] row : values) s += row[j];
            double m = s / n, ss = 0;
            for (double[] row : values) ss += (row[j] - m) * (row[j] - m);
            mean[j] = m;
            se[j] = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1) / n);
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) copy[i] = values[i].clone();
        return new Replicates(n, mean, se, copy);
    }

    /** The mean of observable j. */
    public double mean(int j) {
        return mean[j];
    }

    /** The standard error of the mean of observable j. */
    public double stdErr(int j) {
        return stdErr[j];
    }

    /** The values of observable j, one per repetition. */
    public double[] column(int j) {
        return Arrays.stream(values).mapToDouble(r -> r[j]).toArray();
    }
}
