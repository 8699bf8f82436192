package dev.hebbian.simulation.exponential;

import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * The single-spin signal-to-noise law of the one-step update at any N (docs/exponential-memory.md#eq-exp-2,
 * #eq-exp-4), sampled exactly instead of through large deviations: spin i of a start at distance round(rho N)
 * from xi^1 is set to the sign of e^{beta h_1} + sum_{nu &gt; 1} s_nu e^{beta h_nu}, where h_1 = N - 1 - 2c
 * (c corrupted spins among the other N - 1), the s_nu = xi_i^nu xi_i^1 are random signs and the
 * h_nu = N - 1 - 2 d_nu have d_nu ~ Binomial(N - 1, 1/2), independent: that is the exact law of one spin,
 * whatever the correlations between spins. The K - 1 other patterns are drawn one by one when K - 1 &lt;= 2^16
 * (exact, N &lt;= 64); beyond, the numbers of patterns at each distance and sign are Poisson (exact for
 * Poisson means below 50; above, their difference is drawn from its Gaussian limit), which is the K -&gt; infinity limit of the multinomial counts.
 * The result, the probability that the spin is wrong after one step, is the bit error of the enumeration
 * at N &lt;= 24 and, at large N, shows the threshold alpha_1 of #eq-exp-5 becoming sharp.
 */
public final class CrosstalkSampler {
    private CrosstalkSampler() {}

    /** Largest K - 1 drawn pattern by pattern. */
    public static final int EXACT_LIMIT = 1 << 16;

    /**
     * The one-step bit error at (N, alpha, beta, rho) over {@code trials} independent spins, K = round(exp(alpha N)).
     *
     * @param bitError fraction of trials in which the spin is wrong after one step
     * @param exact true when the other patterns were drawn one by one
     */
    public record Result(int n, double alpha, double k, double beta, double rho, int trials, long seed, double bitError,
            double bitErrorStdErr, boolean exact) {}

    public static Result run(int n, double alpha, double beta, double rho, int trials, long seed) {
        Check.inRange("N", n, 2, 5000);
        Check.positive("alpha", alpha);
        if (!(beta > 0) || Double.isInfinite(beta)) throw new Check.InvalidParameterException("beta", beta, "> 0 and finite");
        Check.inHalfOpen("rho", rho, 0, 0.5);
        Check.inRange("trials", trials, 1, 100_000_000);
        if (alpha * n > 700) throw new Check.InvalidParameterException("alpha", alpha, "<= 700/N = " + 700.0 / n + " (K = exp(alpha N) must be a finite double)");
        double k = Math.rint(Math.exp(alpha * n));
        int flips = (int) Math.rint(rho * n);
        int m = n - 1;
        double[] w = new double[m + 1];
        for (int d = 0; d <= m; d++) w[d] = Math.exp(-2 * beta * d);
        boolean exact = k - 1 <= EXACT_LIMIT && m <= 64;
        double[] lambda = new double[m + 1]; // mean number of other patterns at distance d with one sign
        if (!exact) {
            for (int d = 0; d <= m; d++)
                lambda[d] = 0.5 * Math.exp(Math.log(k - 1) + logBinomial(m, d) - m * Math.log(2));
        }
        long mask = m == 64 ? -1L : (1L << m) - 1;
        SplittableRandom rng = new SplittableRandom(seed);
        long wrong = 0;
        for (int t = 0; t < trials; t++) {
            boolean corrupted = rng.nextInt(n) < flips;
            int c = corrupted ? flips - 1 : flips;
            double sum = w[c], abs = w[c];
            if (exact) {
                for (long nu = 1; nu < (long) k; nu++) {
                    double x = w[Long.bitCount(rng.nextLong() & mask)];
                    sum += rng.nextBoolean() ? x : -x;
                    abs += x;
                }
            } else {
                for (int d = 0; d <= m; d++) {
                    if (lambda[d] < 1e-14) continue;
                    double diff = lambda[d] < 50 ? poisson(lambda[d], rng) - poisson(lambda[d], rng)
                            : Math.rint(Math.sqrt(2 * lambda[d]) * gaussian(rng)); // Skellam, Gaussian limit (no cancellation)
                    sum += diff * w[d];
                    abs += Math.abs(diff) * w[d];
                }
            }
            boolean tie = Math.abs(sum) <= 1e-12 * abs;
            boolean right = tie ? !corrupted : sum > 0;
            if (!right) wrong++;
        }
        double p = (double) wrong / trials;
        return new Result(n, alpha, k, beta, rho, trials, seed, p, Math.sqrt(p * (1 - p) / trials), exact);
    }

    /**
     * The posterior weight of a pattern in its own Gibbs component at any N (docs/exponential-memory.md#eq-exp-9):
     * sigma is drawn from the product measure of magnetisation tanh(beta) around xi^1, so xi^1 . sigma = N - 2 b with
     * b ~ Binomial(N, 1/(1 + e^{2 beta})), and w = e^{beta xi^1 . sigma} / (e^{beta xi^1 . sigma} + sum_{nu &gt; 1}
     * e^{beta xi^nu . sigma}), the other overlaps N - 2 d with d ~ Binomial(N, 1/2) (a random-energy model; drawn
     * one by one for K - 1 &lt;= 2^16, else as Poisson counts per distance, the mean-above-50 levels from their
     * Gaussian limit). Returns {mean w, standard error}: tends to 1 below alpha_eq = I(tanh beta), to 0 above.
     */
    public static double[] posterior(int n, double alpha, double beta, int trials, long seed) {
        Check.inRange("N", n, 1, 5000);
        Check.positive("alpha", alpha);
        if (!(beta > 0) || Double.isInfinite(beta)) throw new Check.InvalidParameterException("beta", beta, "> 0 and finite");
        Check.inRange("trials", trials, 2, 100_000_000);
        if (alpha * n > 700) throw new Check.InvalidParameterException("alpha", alpha, "<= 700/N = " + 700.0 / n);
        double k = Math.rint(Math.exp(alpha * n));
        boolean exact = k - 1 <= EXACT_LIMIT;
        double pFlip = 1 / (1 + Math.exp(2 * beta));
        double[] lambda = new double[n + 1];
        if (!exact)
            for (int d = 0; d <= n; d++) lambda[d] = Math.exp(Math.log(k - 1) + logBinomial(n, d) - n * Math.log(2));
        SplittableRandom rng = new SplittableRandom(seed);
        double sum = 0, sum2 = 0;
        for (int t = 0; t < trials; t++) {
            int b = 0;
            for (int i = 0; i < n; i++) if (rng.nextDouble() < pFlip) b++;
            // weights relative to e^{beta (N - 2 b)}: pattern nu at distance d from sigma has e^{-2 beta (d - b)}
            double others = 0;
            if (exact) {
                for (long nu = 1; nu < (long) k; nu++) {
                    int d = 0;
                    for (int i = 0; i < n; i += 64) d += Long.bitCount(rng.nextLong() & (n - i >= 64 ? -1L : (1L << (n - i)) - 1));
                    others += Math.exp(-2 * beta * (d - b));
                }
            } else {
                for (int d = 0; d <= n; d++) {
                    if (lambda[d] < 1e-14) continue;
                    double c = lambda[d] < 50 ? poisson(lambda[d], rng) : Math.max(0, lambda[d] + Math.sqrt(lambda[d]) * gaussian(rng));
                    others += c * Math.exp(-2 * beta * (d - b));
                }
            }
            double w = 1 / (1 + others);
            sum += w;
            sum2 += w * w;
        }
        double mean = sum / trials;
        return new double[] {mean, Math.sqrt(Math.max(0, sum2 / trials - mean * mean) / (trials - 1))};
    }

    /** A Poisson draw with mean below 50 (Knuth's product of uniforms). */
    static double poisson(double lambda, SplittableRandom rng) {
        double l = Math.exp(-lambda), prod = rng.nextDouble();
        int x = 0;
        while (prod > l) {
            x++;
            prod *= rng.nextDouble();
        }
        return x;
    }

    static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    static double logBinomial(int n, int k) {
        return org.hipparchus.special.Gamma.logGamma(n + 1.0) - org.hipparchus.special.Gamma.logGamma(k + 1.0)
                - org.hipparchus.special.Gamma.logGamma(n - k + 1.0);
    }
}
