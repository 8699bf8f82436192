package dev.hebbian;

import java.util.List;

import dev.hebbian.simulation.exponential.BinaryPatterns;
import dev.hebbian.simulation.exponential.CrosstalkSampler;
import dev.hebbian.simulation.exponential.Enumeration;
import dev.hebbian.simulation.exponential.EnumerationResult;
import dev.hebbian.simulation.exponential.HeatBathSampler;
import dev.hebbian.simulation.exponential.MonteCarloResult;
import dev.hebbian.theory.exponential.BinaryThresholds;
import dev.hebbian.theory.exponential.Bridge;
import dev.hebbian.theory.exponential.ExponentialCapacity;
import dev.hebbian.theory.exponential.Thresholds;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Entry point of the binary exponential dense associative memory (docs/exponential-memory.md): K = exp(alpha N)
 * random binary patterns, energy E_beta(sigma) = -(1/beta) ln sum_mu exp(beta xi^mu . sigma) (#eq-exp-1).
 * It joins the theory ({@code theory.exponential}: thresholds, capacity, bridge) and the simulations
 * ({@code simulation.exponential}: exact enumeration, heat bath, cross-talk sampler), so it sits above both
 * (the theory packages never import the simulation ones). An immutable builder, also reached as
 * {@link DenseHebbian#exponential()}, for example
 * <pre>{@code
 * ExponentialMemory m = DenseHebbian.exponential().n(16).alpha(0.3).beta(1).rho(0.1).seed(1).samples(20);
 * ExponentialCapacity c = m.capacity();                 // thresholds at (beta, rho) and predictions at alpha
 * EnumerationResult e = m.enumerate();       // exact enumeration over 2^N states, 20 pattern sets
 * Table t = m.enumerate(0.2, 0.3, 0.4);      // one row per alpha, with the theory beside
 * MonteCarloResult mc = m.sweeps(200).monteCarlo();  // heat bath at beta on E_beta
 * List<Bridge.Row> b = ExponentialMemory.bridge(new int[] {2, 4, 6}, new double[] {Math.log(2) / 2}, ns);
 * }</pre>
 * Defaults: N = 16, alpha unset, beta = 1 (Demircigil's F = exp), rho = 0, seed = 1, 10 samples, 8 chains,
 * 200 sweeps, all cores (the numbers do not depend on the thread count).
 */
public final class ExponentialMemory {
    private final int n;
    private final double alpha;
    private final double beta;
    private final double rho;
    private final long seed;
    private final int samples;
    private final int chains;
    private final int sweeps;
    private final int threads;

    private ExponentialMemory(int n, double alpha, double beta, double rho, long seed, int samples, int chains, int sweeps,
            int threads) {
        this.n = n;
        this.alpha = alpha;
        this.beta = beta;
        this.rho = rho;
        this.seed = seed;
        this.samples = samples;
        this.chains = chains;
        this.sweeps = sweeps;
        this.threads = threads;
    }

    /** Binary patterns xi in {-1, 1}^N, with the defaults above. */
    public static ExponentialMemory binary() {
        return new ExponentialMemory(16, Double.NaN, 1, 0, 1, 10, 8, 200, Runtime.getRuntime().availableProcessors());
    }

    /** Number of neurons N, 1 to 24 (the enumeration holds all 2^N states). */
    public ExponentialMemory n(int n) {
        Check.inRange("N", n, 1, BinaryPatterns.MAX_N);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    /** Load alpha &gt; 0: K = round(exp(alpha N)) patterns. */
    public ExponentialMemory alpha(double alpha) {
        Check.positive("alpha", alpha);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    /** Inverse temperature beta &gt; 0 of the log-sum-exp, or +infinity (the nearest-pattern energy). */
    public ExponentialMemory beta(double beta) {
        BinaryThresholds.checkBeta(beta);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    /** Temperature T = 1/beta &gt;= 0 (T = 0 is beta = +infinity). */
    public ExponentialMemory temperature(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) throw new Check.InvalidParameterException("T", t, ">= 0 and finite (T = 0: beta = infinity)");
        return beta(t == 0 ? Double.POSITIVE_INFINITY : 1 / t);
    }

    /** Fraction rho in [0, 1/2) of corrupted spins of the start (round(rho N) spins flipped). */
    public ExponentialMemory rho(double rho) {
        Check.inHalfOpen("rho", rho, 0, 0.5);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    public ExponentialMemory seed(long seed) {
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    /** Number of independent pattern sets. */
    public ExponentialMemory samples(int samples) {
        Check.inRange("samples", samples, 1, 100_000);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    /** Monte Carlo chains per pattern set (each from a different pattern). */
    public ExponentialMemory chains(int chains) {
        Check.inRange("chains", chains, 1, 10_000);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    /** Monte Carlo sweeps per chain (the first half is discarded). */
    public ExponentialMemory sweeps(int sweeps) {
        Check.atLeast("sweeps", sweeps, 2);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    public ExponentialMemory threads(int threads) {
        Check.atLeast("threads", threads, 1);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    public int n() {
        return n;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public double rho() {
        return rho;
    }

    /** K = round(exp(alpha N)). */
    public int k() {
        return BinaryPatterns.patternCount(n, requireAlpha());
    }

    /** The thresholds at (beta, rho) and, when alpha is set, the predictions at alpha (no N: the N -&gt; infinity theory). */
    public ExponentialCapacity capacity() {
        return ExponentialCapacity.of(alpha, beta, rho);
    }

    /** The thresholds at (beta, rho). */
    public Thresholds thresholds() {
        return Thresholds.at(beta, rho);
    }

    /** Exact enumeration at (N, alpha, beta, rho) over the pattern sets. */
    public EnumerationResult enumerate() {
        return Enumeration.run(n, requireAlpha(), beta, rho, samples, seed, threads);
    }

    /**
     * Exact enumeration at each alpha (same seed for every alpha), one row per alpha with the measured
     * fractions, their standard errors and the thresholds alpha_1, alpha_all and alpha_sm at (beta, rho).
     */
    public Table enumerate(double... alphas) {
        Thresholds th = thresholds();
        int m = alphas.length;
        double[][] c = new double[13][m];
        int[] ks = new int[m];
        for (int j = 0; j < m; j++) {
            EnumerationResult r = alpha(alphas[j]).enumerate();
            ks[j] = r.k();
            double[] row = {r.alpha(), r.alphaEffective(), r.fixedPoint(), r.fixedPointStdErr(), r.strictMinimum(),
                r.oneStep(), r.oneStepStdErr(), r.oneStepBitError(), r.dynamics(), r.dynamicsStdErr(), r.finalOverlap(), th.alphaOneStep(),
                th.alphaAllPatterns()};
            for (int i = 0; i < row.length; i++) c[i][j] = row[i];
        }
        String[] names = {"alpha", "alphaEffective", "fixedPoint", "fixedPointStdErr", "strictMinimum", "oneStep",
            "oneStepStdErr", "oneStepBitError", "dynamics", "dynamicsStdErr", "finalOverlap", "alpha1", "alphaAll"};
        Table t = Table.create("exponential memory, exact enumeration, N = " + n + ", beta = " + beta + ", rho = " + rho);
        t.addColumns(IntColumn.create("K", ks));
        for (int i = 0; i < names.length; i++) t.addColumns(DoubleColumn.create(names[i], c[i]));
        double[] sm = new double[m];
        java.util.Arrays.fill(sm, th.alphaSoftmax());
        t.addColumns(DoubleColumn.create("alphaSoftmax", sm));
        return t;
    }

    /** Heat-bath Monte Carlo at (N, alpha, beta, rho), beta finite. */
    public MonteCarloResult monteCarlo() {
        if (Double.isInfinite(beta)) throw new Check.InvalidParameterException("beta", beta, "finite for Monte Carlo (T > 0)");
        return HeatBathSampler.run(n, requireAlpha(), beta, rho, sweeps, chains, samples, seed, threads);
    }

    /** Heat-bath Monte Carlo at each alpha: columns alpha, K, m, mStdErr, retrieved, retrievedStdErr, mRetrieval, alphaEquilibrium. */
    public Table monteCarlo(double... alphas) {
        int m = alphas.length;
        double[][] c = new double[6][m];
        int[] ks = new int[m];
        double eq = BinaryThresholds.equilibrium(beta);
        for (int j = 0; j < m; j++) {
            MonteCarloResult r = alpha(alphas[j]).monteCarlo();
            ks[j] = r.k();
            double[] row = {r.alpha(), r.m(), r.mStdErr(), r.retrieved(), r.retrievedStdErr(), r.mRetrieval()};
            for (int i = 0; i < row.length; i++) c[i][j] = row[i];
        }
        String[] names = {"alpha", "m", "mStdErr", "retrieved", "retrievedStdErr", "mRetrieval"};
        Table t = Table.create("exponential memory, heat bath, N = " + n + ", beta = " + beta + ", rho = " + rho);
        t.addColumns(IntColumn.create("K", ks));
        for (int i = 0; i < names.length; i++) t.addColumns(DoubleColumn.create(names[i], c[i]));
        double[] e = new double[m];
        java.util.Arrays.fill(e, eq);
        t.addColumns(DoubleColumn.create("alphaEquilibrium", e));
        return t;
    }

    /**
     * The single-spin one-step law at (N, alpha, beta, rho) with {@code trials} sampled spins, at any N up to 5000
     * (docs/exponential-memory.md#eq-exp-2; {@link CrosstalkSampler}): equal to the enumeration's bit error at
     * N &lt;= 24, sharp at alpha_1 for large N. beta finite.
     */
    public CrosstalkSampler.Result signalToNoise(int trials) {
        return CrosstalkSampler.run(n, requireAlpha(), beta, rho, trials, seed);
    }

    /** One-step bit error against alpha at this N (which may exceed 24 here): columns alpha, K, bitError, bitErrorStdErr, alpha1. */
    public Table signalToNoise(int trials, double... alphas) {
        int m = alphas.length;
        double[] a = new double[m], k = new double[m], e = new double[m], se = new double[m], a1 = new double[m];
        double th = BinaryThresholds.oneStep(beta, rho);
        for (int j = 0; j < m; j++) {
            CrosstalkSampler.Result r = CrosstalkSampler.run(n, alphas[j], beta, rho, trials, seed);
            a[j] = alphas[j];
            k[j] = r.k();
            e[j] = r.bitError();
            se[j] = r.bitErrorStdErr();
            a1[j] = th;
        }
        return Table.create("exponential memory, one-step bit error, N = " + n + ", beta = " + beta + ", rho = " + rho,
                DoubleColumn.create("alpha", a), DoubleColumn.create("K", k), DoubleColumn.create("bitError", e),
                DoubleColumn.create("bitErrorStdErr", se), DoubleColumn.create("alpha1", a1));
    }

    /**
     * The exact posterior weight of a pattern in its own Gibbs component (docs/exponential-memory.md#eq-exp-9) at
     * N &lt;= 24, from the energy table: 20 patterns per set, 20 draws each, over the pattern sets. Returns
     * {mean, standard error over sets}. beta finite.
     */
    public double[] posteriorWeight() {
        return Enumeration.posteriorWeight(n, requireAlpha(), requireFiniteBeta(), 20, 20, samples, seed, threads);
    }

    /** The same weight from its random-energy-model sampler at any N up to 5000 ({@link CrosstalkSampler#posterior}). */
    public double[] posteriorWeightLaw(int trials) {
        return CrosstalkSampler.posterior(n, requireAlpha(), requireFiniteBeta(), trials, seed);
    }

    private double requireFiniteBeta() {
        if (Double.isInfinite(beta)) throw new Check.InvalidParameterException("beta", beta, "finite (T > 0)");
        return beta;
    }

    /** Number of neurons for {@link #signalToNoise(int, double...)} and {@link #posteriorWeightLaw} only, 2 to 5000 (the enumeration needs N &lt;= 24). */
    public ExponentialMemory nLarge(int n) {
        Check.inRange("N", n, 2, 5000);
        return new ExponentialMemory(n, alpha, beta, rho, seed, samples, chains, sweeps, threads);
    }

    /** The bridge figure's data (docs/exponential-memory.md#eq-exp-10); see {@link Bridge#table}. */
    public static List<Bridge.Row> bridge(int[] ps, double[] alphas, double[] ns) {
        return Bridge.table(ps, alphas, ns);
    }

    private double requireAlpha() {
        if (Double.isNaN(alpha)) throw new Check.InvalidParameterException("alpha", alpha, "> 0: set it with .alpha(...)");
        return alpha;
    }
}
