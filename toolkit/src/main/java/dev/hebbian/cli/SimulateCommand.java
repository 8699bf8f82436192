package dev.hebbian.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.hebbian.Check;
import dev.hebbian.simulation.CanonicalLoad;
import dev.hebbian.simulation.Init;
import dev.hebbian.simulation.Ensemble;
import dev.hebbian.simulation.Simulation;
import dev.hebbian.simulation.SimulationResult;
import dev.hebbian.simulation.Updates;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simulate}: Monte Carlo of a dense Hebbian network (docs/conventions.md finite-N model,
 * canonical T = 1/beta and K = round(2 alpha N^(P-1)/P!)). Prints the mean Mattis overlap with the
 * first archetype (all archetypes for multitasking), its standard error over samples, the energy per
 * spin, K and the parameters as read.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Monte Carlo (heat bath) of a dense Hebbian network; mean and standard error over samples.",
                "m: time-averaged Mattis overlap with the first archetype; energy: H/N; K: archetypes (from --alpha: "
                        + "round(2 alpha N^(P-1)/P!)); patterns: patterns stored (K M for unsupervised)."})
public final class SimulateCommand implements Runnable {
    enum ModelKind { storage, supervised, unsupervised, multitasking, exponential, modern }

    enum Start { archetype, example, random, hierarchical }

    enum Scheme { sequential, parallel, plefka }

    static final class Load {
        @Option(names = "--K", paramLabel = "K", description = "Number of archetypes (classes).")
        Integer K;
        @Option(names = "--alpha", paramLabel = "ALPHA",
                description = "Canonical load: K = round(2 alpha N^(P-1) / P!) (docs/conventions.md).")
        Double alpha;
    }

    @Option(names = "--model", defaultValue = "storage", description = "storage (K random archetypes, dilution --d), supervised (class averages of --M examples of quality --r), "
                    + "unsupervised (every example its own pattern, weight 1/M), multitasking (diluted archetypes, --d; stored, or learnt "
                    + "with supervision when --r/--M are given; m is then the array of |m_mu| over all archetypes, sorted per sample, largest first), "
                    + "exponential (binary exponential memory, K = round(exp(alpha N)), N <= 24: exact enumeration over all states, and at T > 0 "
                    + "the posterior weight and heat bath; T = 1/beta of the log-sum-exp energy; docs/exponential-memory.md) (default: ${DEFAULT-VALUE}).")
    ModelKind model;
    @Option(names = "--N", required = true, description = "Number of neurons.")
    int N;
    @Option(names = "--P", defaultValue = "2", description = "Interaction order, even >= 2 (default: ${DEFAULT-VALUE}).")
    int P;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Load load;
    @Option(names = "--T", defaultValue = "0", description = "Temperature T = 1/beta >= 0 (default: ${DEFAULT-VALUE}).")
    double T;
    @Option(names = "--r", description = "Example quality r in [0, 1] (supervised, unsupervised, multitasking).")
    Double r;
    @Option(names = "--M", description = "Examples per archetype, >= 1 (supervised, unsupervised, multitasking).")
    Integer M;
    @Option(names = "--d", defaultValue = "0", description = "Dilution d in [0, 1) (default: ${DEFAULT-VALUE}).")
    double d;
    @Option(names = "--rho", defaultValue = "0", description = "exponential: fraction of corrupted spins of the start, in [0, 1/2) (default: ${DEFAULT-VALUE}).")
    double rhoCorrupted;
    @Option(names = "--sweeps", defaultValue = "100",
            description = "Sweeps per chain: the first half equilibrates, the second half is measured (default: ${DEFAULT-VALUE}).")
    int sweeps;
    @Option(names = "--samples", defaultValue = "10", description = "Independent datasets (disorder samples) (default: ${DEFAULT-VALUE}).")
    int samples;
    @Option(names = "--replicas", defaultValue = "1", description = "Replicas per sample: 2 measures q (default: ${DEFAULT-VALUE}).")
    int replicas;
    @Option(names = "--init", defaultValue = "archetype", description = "archetype|example|random|hierarchical (default: ${DEFAULT-VALUE}).")
    Start init;
    @Option(names = "--updates", defaultValue = "sequential", description = "sequential|parallel|plefka (default: ${DEFAULT-VALUE}).")
    Scheme updates;
    @Option(names = "--threads", description = "Worker threads (default: all cores; results do not depend on it).")
    Integer threads;
    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--progress", description = "Report progress (every 10%% of the sweeps) on stderr.")
    boolean progress;
    @Option(names = "--master", paramLabel = "URL", description = {"Where the samples run: local (threads, the default), or with the "
            + "toolkit-spark jar on the classpath a Spark master: local[N], local[*], spark://HOST:7077, yarn, k8s://... "
            + "Same numbers everywhere for a seed (docs/cluster.md)."})
    String master;
    @CommandLine.Mixin
    FormatOption fmt;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Refuse, with a clear message, a run whose patterns cannot fit in this JVM's heap. */
    private void checkMemory(int K, boolean learning) {
        long perPattern = (long) N * 9;  // the patterns as bytes and as doubles
        long patterns = (long) K * (model == ModelKind.unsupervised && M != null ? M : 1);
        int parallel = Math.min(samples, threads != null ? threads : Runtime.getRuntime().availableProcessors());
        double need = (double) perPattern * patterns * parallel;
        double max = Runtime.getRuntime().maxMemory();
        if (need > 0.8 * max)
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "N = %d with P = %d gives K = %d patterns: about %.1f GB for %d samples in parallel, more than the "
                            + "%.1f GB this JVM may use; lower N or the load, use --threads 1, or give java a larger -Xmx",
                    N, P, K, need / 1e9, parallel, max / 1e9));
    }

    @Option(names = "--ensemble", defaultValue = "gaussian", description = {"--model modern: the continuous modern Hopfield network (docs/modern-hopfield.md) with N-dimensional "
                    + "gaussian|spherical random patterns, K from --K or K = round(exp(alpha N)) (exponential load), lambda = 1/T; "
                    + "one attention update from the target (or from overlap --overlap); prints the margin, the fraction retrieved and "
                    + "the thresholds alpha_1, alpha_c (default: ${DEFAULT-VALUE})."})
    ModernRun.Ensemble ensemble;
    @Option(names = "--overlap", defaultValue = "1", description = "modern: overlap of the start with the target pattern, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double overlap;

    @Override
    public void run() {
        if (model == ModelKind.modern) {
            Map<String, Object> out = ModernRun.run(N, load.K, load.alpha, T, overlap, ensemble, samples, seed);
            print(out);
            return;
        }
        if (model == ModelKind.exponential) {
            runExponential();
            return;
        }
        if (spec != null && spec.commandLine().getParseResult().hasMatchedOption("--rho"))
            throw new IllegalArgumentException("--rho applies to --model exponential only");
        Check.atLeast("N", N, 1);
        Check.evenAtLeast("P", P, 2);
        Check.nonNegative("T", T);
        Check.inHalfOpen("d", d, 0, 1);
        Check.atLeast("sweeps", sweeps, 2);
        Check.inRange("samples", samples, 1, Simulation.MAX_SAMPLES);
        Check.inRange("replicas", replicas, 1, 2);
        if (r != null) Check.inClosed("r", r, 0, 1);
        if (M != null) Check.atLeast("M", M, 1);
        if (threads != null) Check.atLeast("threads", threads, 1);
        if (P > N) throw new Check.InvalidParameterException("P", P, "<= N = " + N + " (an interaction couples P distinct neurons)");
        if (model == ModelKind.storage)
            for (String o : new String[] {"--r", "--M"})
                if (spec.commandLine().getParseResult().hasMatchedOption(o))
                    throw new IllegalArgumentException(o + " does not apply to --model storage (use --model supervised, unsupervised or multitasking)");
        if (load.alpha != null) {
            Check.nonNegative("alpha", load.alpha);
            double k = Math.rint(2 * load.alpha * Math.pow(N, P - 1) / factorial(P));
            if (k < 1)
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "--alpha %s with N = %d, P = %d gives K = round(2 alpha N^(P-1)/P!) = round(%.4g) = 0 archetypes; K must be >= 1: "
                                + "raise --alpha to at least %.4g, raise --N, or give --K", load.alpha, N, P,
                        2 * load.alpha * Math.pow(N, P - 1) / factorial(P), 0.5 * factorial(P) / Math.pow(N, P - 1)));
        }
        int K = load.K != null ? Check.atLeast("K", load.K, 1) : CanonicalLoad.patterns(P, load.alpha, N);
        boolean learning = model == ModelKind.supervised || model == ModelKind.unsupervised
                || (model == ModelKind.multitasking && (r != null || M != null));
        if (learning && r == null) throw new IllegalArgumentException("r is required for --model " + model + ": give --r in [0, 1]");
        if (learning && M == null) throw new IllegalArgumentException("M is required for --model " + model + ": give --M >= 1");
        Ensemble m = switch (model) {
            case storage -> Ensemble.multitasking(P, N, K, d);
            case supervised -> Ensemble.supervised(P, N, K, M, r, d);
            case unsupervised -> Ensemble.unsupervised(P, N, K, M, r, d);
            case multitasking -> learning ? Ensemble.supervised(P, N, K, M, r, d) : Ensemble.multitasking(P, N, K, d);
            case exponential -> throw new IllegalStateException("--model exponential is run by runExponential");
            case modern -> throw new IllegalStateException("--model modern is handled by ModernRun");
        };
        checkMemory(K, learning);
        boolean all = model == ModelKind.multitasking;
        Simulation sim = Simulation.of(m).temperature(T).sweeps(sweeps / 2, sweeps - sweeps / 2).samples(samples)
                .replicas(replicas).seed(seed).overlapsMeasured(all ? K : 1)
                .init(Init.valueOf(init.name().toUpperCase()))
                .updates(Updates.valueOf(updates.name().toUpperCase()));
        if (threads != null) sim = sim.threads(threads);
        if (master != null) sim = sim.on(dev.hebbian.compute.Cluster.of(master)); // a clear error if no backend takes the URL
        if (progress) {
            var err = spec.commandLine().getErr();
            long start = System.nanoTime();
            long[] lastPercent = {-1};
            sim = sim.progress((done, total) -> {
                long percent = 100 * done / total;
                synchronized (lastPercent) {
                    if (percent / 10 == lastPercent[0] / 10 && done != total) return;
                    lastPercent[0] = percent;
                    err.printf("progress: %d%% (%d/%d sweeps, %.1f s)%n", percent, done, total, (System.nanoTime() - start) / 1e9);
                    err.flush();
                }
            });
        }
        SimulationResult res;
        try {
            res = sim.run();
        } catch (OutOfMemoryError e) {
            throw new IllegalStateException("out of memory for N = " + N + ", K = " + K + ", --samples = " + samples
                    + " (lower N, the load or --samples, use --threads 1, or give java a larger -Xmx)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model.name());
        if (all) {
            // docs/monte-carlo.md#eq-mc-4: per sample sort |m_mu| (largest first), then average
            out.put("m", res.mSorted());
            out.put("mStdErr", res.mSortedStdErr());
            out.put("mByArchetype", res.mAbsAll());
        } else {
            out.put("m", res.m(0));
            out.put("mStdErr", res.mStdErr(0));
        }
        out.put("energy", res.energy());
        out.put("energyStdErr", res.energyStdErr());
        if (replicas == 2) {
            out.put("q", res.q());
            out.put("qStdErr", res.qStdErr());
        }
        if (learning) out.put("mExample", res.mExample());
        out.put("K", K);
        out.put("patterns", res.K());
        out.put("alpha", CanonicalLoad.alpha(P, K, N));
        out.put("N", N);
        out.put("P", P);
        out.put("T", T);
        if (r != null) out.put("r", r);
        if (M != null) out.put("M", M);
        out.put("d", d);
        out.put("sweeps", sweeps);
        out.put("samples", samples);
        out.put("init", init.name());
        out.put("updates", updates.name());
        out.put("seed", seed);
        print(out);
    }

    private void print(Map<String, Object> out) {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8);
        Output.print(out, fmt.format, ps);
        ps.flush();
        var w = spec.commandLine().getOut();
        w.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
        w.flush();
    }

    /** {@code --model exponential}: enumeration (and at T > 0 posterior and heat bath) of the binary exponential memory. */
    private void runExponential() {
        for (String o : new String[] {"--P", "--r", "--M", "--d", "--replicas", "--init", "--updates", "--master", "--progress"})
            if (spec.commandLine().getParseResult().hasMatchedOption(o))
                throw new IllegalArgumentException(o + " does not apply to --model exponential");
        Check.inRange("N", N, 1, dev.hebbian.simulation.exponential.BinaryPatterns.MAX_N);
        Check.atLeast("sweeps", sweeps, 2);
        Check.inRange("samples", samples, 1, 100_000);
        if (threads != null) Check.atLeast("threads", threads, 1);
        double alpha = load.alpha != null ? load.alpha : Math.log(Check.atLeast("K", load.K, 1)) / N;
        if (load.K != null && load.K == 1) alpha = 1e-9 / N; // K = round(exp(alpha N)) = 1
        Map<String, Object> out = ExponentialCli.simulate(N, alpha, T, rhoCorrupted, sweeps, samples, seed,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        print(out);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }
}
