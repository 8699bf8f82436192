package dev.hebbian.simulation.exponential;

import java.util.List;
import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * Heat-bath Monte Carlo of the binary exponential memory at inverse temperature beta on E_beta, i.e.
 * sampling P(sigma) proportional to exp(-beta E_beta(sigma)) = sum_mu exp(beta xi^mu . sigma)
 * (docs/exponential-memory.md#eq-exp-9). Spin i takes +1 with probability 1/(1 + Z(sigma_i = -1)/Z(sigma_i = +1)),
 * read from the {@link EnergyTable}; sweeps visit i = 0..N-1 in order. Each chain starts from a pattern with
 * round(rho N) random spins flipped; the overlap with that pattern is averaged over the second half of the
 * sweeps. The theory (#eq-exp-9) predicts m = tanh(beta) in the retrieval state, alpha &lt; I(tanh beta).
 */
public final class HeatBathSampler {
    private HeatBathSampler() {}

    /** One sweep at the table's beta; returns the new state. */
    public static int sweep(EnergyTable table, int sigma, SplittableRandom rng) {
        for (int i = 0; i < table.n(); i++) {
            int bit = 1 << i;
            double pPlus = 1 / (1 + Math.exp(table.lnRatio(sigma & ~bit, sigma | bit)));
            sigma = rng.nextDouble() < pPlus ? sigma | bit : sigma & ~bit;
        }
        return sigma;
    }

    /** Time average over sweeps (after {@code burnIn} sweeps) of an observable, from a start state. */
    public static double timeAverage(EnergyTable table, int start, int burnIn, int measured, SplittableRandom rng,
            java.util.function.IntToDoubleFunction observable) {
        int s = start;
        for (int t = 0; t < burnIn; t++) s = sweep(table, s, rng);
        double sum = 0;
        for (int t = 0; t < measured; t++) {
            s = sweep(table, s, rng);
            sum += observable.applyAsDouble(s);
        }
        return sum / measured;
    }

    /** Per pattern set: mean overlap of the chains with their pattern, and the fraction with overlap above tanh(beta)/2. */
    public record Sample(double m, double retrieved) {}

    /**
     * Monte Carlo at (N, alpha, beta, rho): {@code samples} seeded pattern sets of K = round(exp(alpha N)) patterns,
     * {@code chains} chains per set (from patterns 0, 1, ..., each corrupted by round(rho N) flips), {@code sweeps}
     * sweeps per chain (the first half discarded).
     */
    public static MonteCarloResult run(int n, double alpha, double beta, double rho, int sweeps, int chains, int samples,
            long seed, int threads) {
        Check.inRange("N", n, 1, BinaryPatterns.MAX_N);
        Check.positive("alpha", alpha);
        Check.positive("beta", beta);
        Check.inHalfOpen("rho", rho, 0, 0.5);
        Check.atLeast("sweeps", sweeps, 2);
        Check.inRange("chains", chains, 1, 10_000);
        Check.inRange("samples", samples, 1, 100_000);
        Check.atLeast("threads", threads, 1);
        int k = BinaryPatterns.patternCount(n, alpha);
        long[][] seeds = Enumeration.sampleSeeds(seed, samples);
        double cut = 0.5 * Math.tanh(beta);
        int flips = (int) Math.rint(rho * n);
        List<Sample> out = Enumeration.parallel(samples, threads, s -> {
            BinaryPatterns p = BinaryPatterns.random(n, k, seeds[s][0]);
            EnergyTable t = EnergyTable.of(p, beta);
            SplittableRandom rng = new SplittableRandom(seeds[s][1]);
            int c = Math.min(chains, k);
            double msum = 0;
            int ok = 0;
            for (int mu = 0; mu < c; mu++) {
                int xi = p.mask(mu);
                int start = xi ^ Enumeration.randomFlips(n, flips, rng);
                double m = timeAverage(t, start, sweeps / 2, sweeps - sweeps / 2, rng,
                        st -> (n - 2.0 * Integer.bitCount(st ^ xi)) / n);
                msum += m;
                if (m > cut) ok++;
            }
            return new Sample(msum / c, (double) ok / c);
        });
        double[] m = out.stream().mapToDouble(Sample::m).toArray();
        double[] r = out.stream().mapToDouble(Sample::retrieved).toArray();
        return new MonteCarloResult(n, k, alpha, Math.log(k) / n, beta, rho, sweeps, Math.min(chains, k), samples, seed,
                EnumerationResult.mean(m), EnumerationResult.stdErr(m), EnumerationResult.mean(r), EnumerationResult.stdErr(r),
                Math.tanh(beta));
    }
}
