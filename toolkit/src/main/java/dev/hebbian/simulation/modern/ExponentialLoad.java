package dev.hebbian.simulation.modern;

import java.util.SplittableRandom;

import dev.hebbian.Check;
import dev.hebbian.theory.modern.Patterns;
import dev.hebbian.theory.modern.Patterns.Ensemble;

/**
 * Monte Carlo of one-update retrieval at exponential load (docs/modern-hopfield.md#eq-mh-13): d-dimensional
 * random patterns, K = round(exp(alpha d)) of them besides the target, one update
 * xi &lt;- X softmax(lambda X^T xi) from a state at overlap rho with the target (rho = 1: the target itself).
 * Per sample it records the softmax weight p_1 of the target and the margin
 * (1/d)[lambda xi.x_1 - log sum_{mu &gt; 1} exp(lambda xi.x_mu)], whose large-d limit is lambda rho - phi, positive
 * below alpha_1(lambda, rho) and negative above; a sample counts as retrieved when p_1 &gt; 1/2.
 *
 * <p>{@link #allPatterns} asks, per sample, whether every one of the K patterns is retrieved from itself
 * (the event whose threshold alpha_c bounds from below).
 */
public final class ExponentialLoad {
    private ExponentialLoad() {}

    /** Mean and standard error over samples of the margin and of the retrieved fraction. */
    public record Result(Ensemble ensemble, int d, double alpha, int K, double lambda, double rho, int samples,
                         double margin, double marginStdErr, double retrieved, double retrievedStdErr, double meanWeight) {}

    /** The number of non-target patterns at load alpha: round(exp(alpha d)), at least 1. */
    public static int patterns(double alpha, int d) {
        double k = Math.rint(Math.exp(alpha * d));
        if (k > 50_000_000) throw new Check.InvalidParameterException("alpha d", alpha * d, "<= log(5e7) = 17.7 (K = exp(alpha d) patterns must fit in memory)");
        return (int) Math.max(1, k);
    }

    /** One-update retrieval of a typical pattern from overlap rho, over {@code samples} seeded samples. */
    public static Result typical(Ensemble ensemble, int d, double alpha, double lambda, double rho, int samples, long seed) {
        Check.atLeast("d", d, 2);
        Check.nonNegative("alpha", alpha);
        Check.positive("lambda", lambda);
        if (!(rho > 0 && rho <= 1)) throw new Check.InvalidParameterException("rho", rho, "in (0, 1]");
        Check.atLeast("samples", samples, 1);
        int K = patterns(alpha, d);
        double sm = 0, sm2 = 0, sr = 0, sw = 0;
        for (int s = 0; s < samples; s++) {
            SplittableRandom rng = new SplittableRandom(seed + 104_729L * s);
            double[] target = ensemble == Ensemble.GAUSSIAN ? Patterns.gaussian(d, rng) : Patterns.sphere(d, rng);
            double[] xi = rho == 1 ? target : Patterns.atOverlap(target, rho, rng);
            double signal = lambda * dot(xi, target);
            // log sum over the K other patterns, streamed (the patterns are never stored)
            double max = Double.NEGATIVE_INFINITY, acc = 0;
            double[] x = new double[d];
            for (int mu = 0; mu < K; mu++) {
                fill(ensemble, x, rng);
                double z = lambda * dot(xi, x);
                if (z > max) {
                    acc = acc * Math.exp(max - z) + 1;
                    max = z;
                } else acc += Math.exp(z - max);
            }
            double lseOthers = max + Math.log(acc);
            double margin = (signal - lseOthers) / d;
            double w = 1 / (1 + Math.exp(lseOthers - signal));
            sm += margin;
            sm2 += margin * margin;
            sr += w > 0.5 ? 1 : 0;
            sw += w;
        }
        double mean = sm / samples, var = samples > 1 ? Math.max(0, (sm2 - samples * mean * mean) / (samples - 1)) : 0;
        double fr = sr / samples;
        return new Result(ensemble, d, alpha, K, lambda, rho, samples, mean, Math.sqrt(var / samples), fr,
                Math.sqrt(fr * (1 - fr) / samples), sw / samples);
    }

    /** Fraction of samples (and its standard error) in which all K + 1 patterns are retrieved from themselves in one update. */
    public static double[] allPatterns(Ensemble ensemble, int d, double alpha, double lambda, int samples, long seed) {
        Check.atLeast("d", d, 2);
        Check.nonNegative("alpha", alpha);
        Check.positive("lambda", lambda);
        Check.atLeast("samples", samples, 1);
        int K = patterns(alpha, d) + 1;
        if ((double) K * K * d > 2e10) throw new Check.InvalidParameterException("K^2 d", (double) K * K * d, "<= 2e10 (all-pattern check cost)");
        int ok = 0;
        for (int s = 0; s < samples; s++) {
            SplittableRandom rng = new SplittableRandom(seed + 7919L * s);
            double[][] x = Patterns.random(ensemble, K, d, rng);
            boolean all = true;
            for (int i = 0; i < K && all; i++) {
                double self = lambda * dot(x[i], x[i]), max = Double.NEGATIVE_INFINITY, acc = 0;
                for (int j = 0; j < K; j++) {
                    if (j == i) continue;
                    double z = lambda * dot(x[i], x[j]);
                    if (z > max) {
                        acc = acc * Math.exp(max - z) + 1;
                        max = z;
                    } else acc += Math.exp(z - max);
                }
                double lse = max + Math.log(acc);
                if (!(self > lse)) all = false;  // softmax weight of pattern i <= 1/2
            }
            if (all) ok++;
        }
        double f = ok / (double) samples;
        return new double[] {f, Math.sqrt(f * (1 - f) / samples)};
    }

    private static void fill(Ensemble e, double[] x, SplittableRandom rng) {
        double[] v = e == Ensemble.GAUSSIAN ? Patterns.gaussian(x.length, rng) : Patterns.sphere(x.length, rng);
        System.arraycopy(v, 0, x, 0, x.length);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
