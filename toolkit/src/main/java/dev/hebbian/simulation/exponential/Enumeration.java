package dev.hebbian.simulation.exponential;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.hebbian.Check;

/**
 * Exact enumeration of the binary exponential memory (docs/exponential-memory.md, "Exact checks"): for
 * each of several seeded pattern sets, the {@link EnergyTable} of all 2^N states, then for every pattern
 * xi^mu whether it is a fixed point of the zero-temperature single-spin dynamics (no neighbour has a
 * strictly lower energy), a strict local minimum, retrieved in one synchronous step from a start with
 * round(rho N) random spins flipped (docs/exponential-memory.md#eq-exp-2), and retrieved by sequential
 * zero-temperature dynamics from the same start (sweeps in the order i = 0..N-1 until nothing flips).
 * Samples run in parallel; each draws from its own seed, derived in order from the given one, so the
 * numbers do not depend on the thread count.
 */
public final class Enumeration {
    private Enumeration() {}

    /** One pattern set: the fractions of its K patterns with each property, and the mean final overlap. */
    public record Sample(int k, double fixedPoint, double strictMinimum, double oneStep, double oneStepBitError, double dynamics,
            double finalOverlap) {}

    /** The per-pattern outcomes for one table (every pattern is tested; rng draws the corruptions). */
    public static Sample run(EnergyTable table, double rho, SplittableRandom rng) {
        int n = table.n(), k = table.patterns().k(), flips = (int) Math.rint(rho * n);
        long fixed = 0, strict = 0, one = 0, dyn = 0, wrongBits = 0;
        double overlap = 0;
        for (int mu = 0; mu < k; mu++) {
            int xi = table.patterns().mask(mu);
            boolean fp = true, sm = true;
            for (int i = 0; i < n; i++) {
                int c = table.compare(xi ^ (1 << i), xi);
                if (c > 0) fp = false;
                if (c >= 0) sm = false;
            }
            if (fp) fixed++;
            if (sm) strict++;
            int start = xi ^ randomFlips(n, flips, rng);
            int step = synchronousStep(table, start);
            if (step == xi) one++;
            wrongBits += Integer.bitCount(step ^ xi);
            int end = descend(table, start);
            if (end == xi) dyn++;
            overlap += (n - 2.0 * Integer.bitCount(end ^ xi)) / n;
        }
        return new Sample(k, (double) fixed / k, (double) strict / k, (double) one / k, (double) wrongBits / ((double) k * n),
                (double) dyn / k, overlap / k);
    }

    /**
     * The posterior weight of the pattern in its own Gibbs component (docs/exponential-memory.md#eq-exp-9), exactly
     * and without Markov chains: for each of the first {@code patterns} patterns, {@code draws} states sigma drawn
     * from the product measure of magnetisation tanh(beta) around xi^mu (the mixture component of mu), and
     * w = exp(beta xi^mu . sigma) / Z(sigma) read from the table. The mean of w tends to 1 for
     * alpha &lt; I(tanh beta) and to 0 above, as N grows.
     */
    public static double posteriorWeight(EnergyTable table, int patterns, int draws, SplittableRandom rng) {
        int n = table.n();
        double beta = table.beta(), pFlip = 1 / (1 + Math.exp(2 * beta));
        int c = Math.min(patterns, table.patterns().k());
        double sum = 0;
        for (int mu = 0; mu < c; mu++) {
            int xi = table.patterns().mask(mu);
            for (int t = 0; t < draws; t++) {
                int sigma = xi;
                for (int i = 0; i < n; i++) if (rng.nextDouble() < pFlip) sigma ^= 1 << i;
                sum += Math.exp(beta * (n - 2 * Integer.bitCount(sigma ^ xi)) - table.lnZ(sigma));
            }
        }
        return sum / ((double) c * draws);
    }

    /** The mean posterior weight over {@code samples} seeded pattern sets at (N, alpha, beta), beta finite, with its standard error. */
    public static double[] posteriorWeight(int n, double alpha, double beta, int patterns, int draws, int samples, long seed, int threads) {
        Check.inRange("N", n, 1, BinaryPatterns.MAX_N);
        Check.positive("alpha", alpha);
        Check.positive("beta", beta);
        Check.inRange("samples", samples, 1, 100_000);
        int k = BinaryPatterns.patternCount(n, alpha);
        long[][] seeds = sampleSeeds(seed, samples);
        List<Double> w = parallel(samples, threads, s -> posteriorWeight(
                EnergyTable.of(BinaryPatterns.random(n, k, seeds[s][0]), beta), patterns, draws, new SplittableRandom(seeds[s][1])));
        double[] x = w.stream().mapToDouble(Double::doubleValue).toArray();
        return new double[] {EnumerationResult.mean(x), EnumerationResult.stdErr(x)};
    }

    /** A mask with exactly f of the n low bits set, uniformly at random (partial Fisher-Yates). */
    static int randomFlips(int n, int f, SplittableRandom rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        int m = 0;
        for (int j = 0; j < f; j++) {
            int r = j + rng.nextInt(n - j);
            int t = idx[j];
            idx[j] = idx[r];
            idx[r] = t;
            m |= 1 << idx[j];
        }
        return m;
    }

    /**
     * The synchronous update T(sigma) of Demircigil et al. (docs/exponential-memory.md#eq-exp-2): every spin
     * takes the sign that lowers the energy with the others held fixed; a tie keeps the spin.
     */
    public static int synchronousStep(EnergyTable table, int sigma) {
        int out = sigma;
        for (int i = 0; i < table.n(); i++) {
            int bit = 1 << i;
            int c = table.compare(sigma | bit, sigma & ~bit); // > 0: sigma_i = +1 has the lower energy
            if (c > 0) out |= bit;
            else if (c < 0) out &= ~bit;
        }
        return out;
    }

    /** Sequential zero-temperature dynamics: flip spin i when that strictly lowers the energy; sweep until stable. */
    public static int descend(EnergyTable table, int sigma) {
        int n = table.n();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                int f = sigma ^ (1 << i);
                if (table.compare(f, sigma) > 0) {
                    sigma = f;
                    changed = true;
                }
            }
        }
        return sigma;
    }

    /**
     * The enumeration at (N, alpha, beta, rho) over {@code samples} seeded pattern sets with
     * K = round(exp(alpha N)) patterns each.
     */
    public static EnumerationResult run(int n, double alpha, double beta, double rho, int samples, long seed, int threads) {
        Check.inRange("N", n, 1, BinaryPatterns.MAX_N);
        Check.positive("alpha", alpha);
        if (!(beta > 0)) throw new Check.InvalidParameterException("beta", beta, "> 0 or +infinity (T = 1/beta >= 0)");
        Check.inHalfOpen("rho", rho, 0, 0.5);
        Check.inRange("samples", samples, 1, 100_000);
        Check.atLeast("threads", threads, 1);
        int k = BinaryPatterns.patternCount(n, alpha);
        long[][] seeds = sampleSeeds(seed, samples);
        List<Sample> out = parallel(samples, threads, s -> {
            BinaryPatterns p = BinaryPatterns.random(n, k, seeds[s][0]);
            return run(EnergyTable.of(p, beta), rho, new SplittableRandom(seeds[s][1]));
        });
        return EnumerationResult.of(n, k, alpha, beta, rho, seed, out);
    }

    /** Two seeds per sample (patterns, corruptions), drawn in order from the given seed. */
    static long[][] sampleSeeds(long seed, int samples) {
        SplittableRandom r = new SplittableRandom(seed);
        long[][] s = new long[samples][2];
        for (long[] x : s) {
            x[0] = r.nextLong();
            x[1] = r.nextLong();
        }
        return s;
    }

    /** Runs task(0..count-1) on at most {@code threads} threads, results in index order. */
    static <T> List<T> parallel(int count, int threads, java.util.function.IntFunction<T> task) {
        int t = Math.min(threads, count);
        if (t <= 1) {
            List<T> r = new ArrayList<>(count);
            for (int i = 0; i < count; i++) r.add(task.apply(i));
            return r;
        }
        ExecutorService ex = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "exponential-memory");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<T>> fs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int j = i;
                fs.add(ex.submit(() -> task.apply(j)));
            }
            List<T> r = new ArrayList<>(count);
            for (Future<T> f : fs) r.add(f.get());
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        } finally {
            ex.shutdownNow();
        }
    }
}
