package dev.hebbian.simulation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.hebbian.Check;
import dev.hebbian.compute.Cluster;
import dev.hebbian.compute.Seeds;
import dev.hebbian.compute.SerializableIntFunction;
import dev.hebbian.compute.Sweep;
import dev.hebbian.data.Dataset;

/**
 * Monte Carlo of a dense Hebbian network over independent disorder samples (datasets), each with
 * one or two replicas (docs/monte-carlo.md#eq-mc-4): equilibration sweeps, then measurement sweeps
 * (every sweep measured), Mattis overlaps with the archetypes and with the first example, energy
 * per spin and the two-replica overlap q. Samples run in parallel threads; every sample and replica
 * has its own SplittableRandom split off the seed in a fixed order, so the results are identical
 * for a seed whatever the thread count. Temperature is the canonical T = 1/beta (docs/conventions.md).
 * Immutable fluent builder: {@code Simulation.of(model).temperature(0.3).samples(10).run()}.
 */
public final class Simulation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Progress of a run: sweeps done (over all samples and replicas' sweeps) out of the total; called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        void update(long sweepsDone, long sweepsTotal);
    }

    private final Ensemble model;
    private final double T;
    private final int equilibration;
    private final int measurement;
    private final int samples;
    private final int replicas;
    private final Init init;
    private final Updates updates;
    private final int threads;
    private final long seed;
    private final int measured;
    private final transient Progress progress;
    private transient Cluster cluster; // null: Cluster.current(); set only by on(), before the instance is returned

    private Simulation(Ensemble model, double T, int equilibration, int measurement, int samples, int replicas,
                       Init init, Updates updates, int threads, long seed, int measured, Progress progress) {
        this.model = model;
        this.T = T;
        this.equilibration = equilibration;
        this.measurement = measurement;
        this.samples = samples;
        this.replicas = replicas;
        this.init = init;
        this.updates = updates;
        this.threads = threads;
        this.seed = seed;
        this.measured = measured;
        this.progress = progress;
    }

    /** A simulation of {@code model} with defaults: T = 0, 50 + 50 sweeps, 1 sample, 1 replica, archetype start, seed 1. */
    public static Simulation of(Ensemble model) {
        if (model == null) throw new IllegalArgumentException("model must not be null");
        return new Simulation(model, 0, 50, 50, 1, 1, Init.ARCHETYPE, Updates.SEQUENTIAL,
                Runtime.getRuntime().availableProcessors(), 1, 10, null);
    }

    private Simulation copy(double T, int eq, int meas, int samples, int replicas, Init init, Updates updates,
                            int threads, long seed, int measured, Progress progress) {
        Simulation s = new Simulation(model, T, eq, meas, samples, replicas, init, updates, threads, seed, measured, progress);
        s.cluster = cluster;
        return s;
    }

    /**
     * Run the samples on {@code where} ({@link Cluster#local()}: local threads, the default). On a
     * distributed cluster the model must be serializable (the built-in ensembles are, except
     * {@link Ensemble#fixed}), progress comes per finished sample, and the results are the same
     * number for number as on local threads: sample s draws from the (s (1 + replicas))-th split of
     * the seed and its replicas from the next ones, wherever it runs (docs/cluster.md).
     */
    public Simulation on(Cluster where) {
        if (where == null) throw new IllegalArgumentException("cluster must not be null (use Cluster.local() for local threads)");
        Simulation s = copy(T, equilibration, measurement, samples, replicas, init, updates, threads, seed, measured, progress);
        s.cluster = where;
        return s;
    }

    /** Temperature T = 1/beta >= 0 (canonical beta; T = 0 is zero-temperature dynamics). */
    public Simulation temperature(double T) {
        Check.nonNegative("T", T);
        return copy(T, equilibration, measurement, samples, replicas, init, updates, threads, seed, measured, progress);
    }

    /** Inverse temperature beta > 0 (infinity allowed: T = 0). */
    public Simulation beta(double beta) {
        Check.nonNegativeOrInfinite("beta", beta);
        if (beta == 0) throw new Check.InvalidParameterException("beta", beta, "> 0");
        return temperature(Double.isInfinite(beta) ? 0 : 1 / beta);
    }

    /** Sweeps before measuring, then sweeps measured (one measurement per sweep). */
    public Simulation sweeps(int equilibrationSweeps, int measurementSweeps) {
        Check.atLeast("equilibration sweeps", equilibrationSweeps, 0);
        Check.atLeast("measurement sweeps", measurementSweeps, 1);
        return copy(T, equilibrationSweeps, measurementSweeps, samples, replicas, init, updates, threads, seed, measured, progress);
    }

    /** The largest number of disorder samples of one run. */
    public static final int MAX_SAMPLES = 1_000_000;

    /** Number of independent disorder samples (datasets), 1 to {@link #MAX_SAMPLES}. */
    public Simulation samples(int n) {
        Check.inRange("samples", n, 1, MAX_SAMPLES);
        return copy(T, equilibration, measurement, n, replicas, init, updates, threads, seed, measured, progress);
    }

    /** Replicas per sample: 1, or 2 to measure the two-replica overlap q. */
    public Simulation replicas(int n) {
        Check.inRange("replicas", n, 1, 2);
        return copy(T, equilibration, measurement, samples, n, init, updates, threads, seed, measured, progress);
    }

    public Simulation init(Init start) {
        return copy(T, equilibration, measurement, samples, replicas, start, updates, threads, seed, measured, progress);
    }

    public Simulation updates(Updates scheme) {
        return copy(T, equilibration, measurement, samples, replicas, init, scheme, threads, seed, measured, progress);
    }

    /** Worker threads (the results do not depend on it). */
    public Simulation threads(int n) {
        Check.atLeast("threads", n, 1);
        return copy(T, equilibration, measurement, samples, replicas, init, updates, n, seed, measured, progress);
    }

    public Simulation seed(long s) {
        return copy(T, equilibration, measurement, samples, replicas, init, updates, threads, s, measured, progress);
    }

    /** How many archetypes' Mattis overlaps to measure (the first ones; default 10, capped at K). */
    public Simulation overlapsMeasured(int n) {
        Check.atLeast("overlapsMeasured", n, 1);
        return copy(T, equilibration, measurement, samples, replicas, init, updates, threads, seed, n, progress);
    }

    /** A listener told each time a sample finishes (called from worker threads). */
    public Simulation progress(Progress listener) {
        return copy(T, equilibration, measurement, samples, replicas, init, updates, threads, seed, measured, listener);
    }

    /**
     * Run at each temperature (same seed, so the same datasets at every T) and collect one row per T:
     * T, m, mStdErr (first archetype), energy, energyStdErr, q, qStdErr.
     */
    public tech.tablesaw.api.Table temperatureScan(double... temperatures) {
        tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create("temperature scan");
        String[] names = {"T", "m", "mStdErr", "energy", "energyStdErr", "q", "qStdErr"};
        tech.tablesaw.api.DoubleColumn[] cols = new tech.tablesaw.api.DoubleColumn[names.length];
        for (int k = 0; k < names.length; k++) cols[k] = tech.tablesaw.api.DoubleColumn.create(names[k]);
        for (double T : temperatures) {
            SimulationResult r = temperature(T).run();
            double[] row = {T, r.m(0), r.mStdErr(0), r.energy(), r.energyStdErr(), r.q(), r.qStdErr()};
            for (int k = 0; k < names.length; k++) cols[k].append(row[k]);
        }
        t.addColumns(cols);
        return t;
    }

    /** Run all samples and collect the results. */
    public SimulationResult run() {
        Cluster where = cluster != null ? cluster : Cluster.current();
        if (!where.isLocal()) return runOn(where);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] dataRng = new SplittableRandom[samples];
        SplittableRandom[][] chainRng = new SplittableRandom[samples][replicas];
        for (int s = 0; s < samples; s++) {
            dataRng[s] = root.split();
            for (int a = 0; a < replicas; a++) chainRng[s][a] = root.split();
        }
        AtomicLong done = new AtomicLong();
        long total = (long) samples * (equilibration + measurement);
        // a progress line for long runs, unless the caller reports progress itself
        try (dev.hebbian.notebook.Progress bar = progress != null ? dev.hebbian.notebook.Progress.none()
                : dev.hebbian.notebook.Progress.start("Monte Carlo (" + samples + " samples)", total)) {
            List<SimulationResult.SampleResult> results = Sweep.over(samples, s -> runSample(dataRng[s], chainRng[s], () -> {
                long f = done.incrementAndGet();
                bar.step();
                if (progress != null) progress.update(f, total);
            })).named("Monte Carlo").threads(threads).showProgress(false).run();
            return new SimulationResult(results, T, seed, equilibration, measurement, updates, init);
        }
    }

    /** The samples as independent points of a sweep on a cluster, each seeded from its index only. */
    private SimulationResult runOn(Cluster where) {
        long perSample = (long) equilibration + measurement, total = samples * perSample;
        SerializableIntFunction<SimulationResult.SampleResult> sample = this::runSampleAt;
        Sweep<SimulationResult.SampleResult> sweep = Sweep.over(samples, sample).named("Monte Carlo (" + samples + " samples)")
                .showProgress(progress == null);
        if (progress != null) sweep = sweep.listener(done -> progress.update(done * perSample, total));
        if (cluster != null) sweep = sweep.on(cluster);
        return new SimulationResult(sweep.run(), T, seed, equilibration, measurement, updates, init);
    }

    /** Sample {@code s} with the random streams that {@link #run()} splits for it on local threads. */
    private SimulationResult.SampleResult runSampleAt(int s) {
        long first = (long) s * (1 + replicas);
        SplittableRandom[] chains = new SplittableRandom[replicas];
        for (int a = 0; a < replicas; a++) chains[a] = Seeds.split(seed, first + 1 + a);
        return runSample(Seeds.split(seed, first), chains, () -> {});
    }

    private SimulationResult.SampleResult runSample(SplittableRandom dataRng, SplittableRandom[] rngs, Runnable tick) {
        Ensemble.Sample sample = model.sample(dataRng);
        Couplings c = sample.couplings();
        Dataset data = sample.data();
        int N = c.N();
        int nm = Math.min(measured, data.K());
        double beta = T == 0 ? Double.POSITIVE_INFINITY : 1 / T;
        Chain[] chains = new Chain[replicas];
        for (int a = 0; a < replicas; a++) chains[a] = new Chain(c, initial(data, N, rngs[a]));
        for (int sweep = 0; sweep < equilibration; sweep++) {
            for (int a = 0; a < replicas; a++) step(chains[a], beta, rngs[a]);
            tick.run();
        }
        double[][] mSeries = new double[nm][measurement];
        double[][] sortedSeries = new double[nm][measurement];
        double[] eSeries = new double[measurement];
        double[] qSeries = replicas == 2 ? new double[measurement] : null;
        double[] exSeries = data.hasExamples() ? new double[measurement] : null;
        // a replica's observables only change when it flips a spin: measured again only then (O(N) per overlap)
        Observed[] seen = new Observed[replicas];
        for (int a = 0; a < replicas; a++) seen[a] = new Observed(nm);
        long qFlips = -1;
        double q = Double.NaN;
        for (int t = 0; t < measurement; t++) {
            for (int a = 0; a < replicas; a++) step(chains[a], beta, rngs[a]);
            for (int a = 0; a < replicas; a++) {
                Observed o = seen[a];
                o.update(chains[a], data, N, exSeries != null);
                for (int mu = 0; mu < nm; mu++) {
                    mSeries[mu][t] += o.m[mu] / replicas;
                    sortedSeries[mu][t] += o.sorted[mu] / replicas;
                }
                eSeries[t] += o.energy / replicas;
                if (exSeries != null) exSeries[t] += o.example / replicas;
            }
            if (qSeries != null) {
                long f = chains[0].flips() + chains[1].flips();
                if (f != qFlips) {
                    q = chains[0].overlap(chains[1]);
                    qFlips = f;
                }
                qSeries[t] = q;
            }
            tick.run();
        }
        return new SimulationResult.SampleResult(N, c.K(), c.P(), mSeries, eSeries, qSeries, exSeries, sortedSeries);
    }

    /** The observables of one replica in its state after a given number of flips. */
    private static final class Observed {
        final double[] m;
        final double[] sorted;
        double energy;
        double example;
        long flips = -1;

        Observed(int n) {
            m = new double[n];
            sorted = new double[n];
        }

        void update(Chain chain, Dataset data, int N, boolean examples) {
            if (chain.flips() == flips) return;
            for (int mu = 0; mu < m.length; mu++) {
                m[mu] = chain.overlap(data.archetype(mu));
                sorted[mu] = -Math.abs(m[mu]);
            }
            // |m_mu| in decreasing order in this very state (docs/monte-carlo.md#eq-mc-4)
            java.util.Arrays.sort(sorted);
            for (int k = 0; k < sorted.length; k++) sorted[k] = -sorted[k];
            energy = chain.energy() / N;
            if (examples) example = chain.overlap(data.example(0, 0));
            flips = chain.flips();
        }
    }

    private void step(Chain chain, double beta, SplittableRandom rng) {
        switch (updates) {
            case SEQUENTIAL -> chain.sweep(beta, rng);
            case PARALLEL -> chain.parallelSweep(beta, rng);
            case PLEFKA -> chain.plefkaSweep(beta, rng);
        }
    }

    private byte[] initial(Dataset data, int N, SplittableRandom rng) {
        return start(init, data, N, rng);
    }

    /** The initial spins for a start rule (blank entries and RANDOM drawn from rng); package-private for tests. */
    static byte[] start(Init init, Dataset data, int N, SplittableRandom rng) {
        byte[] s = new byte[N];
        byte[] src = switch (init) {
            case ARCHETYPE -> data.archetype(0);
            case EXAMPLE -> data.hasExamples() ? data.example(0, 0) : data.archetype(0);
            case RANDOM, HIERARCHICAL -> null;
        };
        for (int i = 0; i < N; i++) {
            int v = src == null ? 0 : src[i];
            if (init == Init.HIERARCHICAL) for (int mu = 0; mu < data.K() && v == 0; mu++) v = data.archetype(mu)[i];
            s[i] = v != 0 ? (byte) v : (rng.nextBoolean() ? (byte) 1 : (byte) -1);
        }
        return s;
    }
}
