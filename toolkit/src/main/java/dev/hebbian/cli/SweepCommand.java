package dev.hebbian.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.hebbian.Check;
import dev.hebbian.compute.Cluster;
import dev.hebbian.compute.SerializableBiFunction;
import dev.hebbian.compute.SerializableDoubleFunction;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.PhaseDiagram;
import dev.hebbian.theory.PointSolver;
import dev.hebbian.theory.Transitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep --model storage --P 4 --ansatz rs --alpha 0:0.4:41 --T 0.05:1:20 --out grid.csv
 * [--lines lines.csv] [--master URL]}: a grid of points (and, optionally, the transition lines per alpha) as CSV
 * (docs/storage.md#phase-selection), on local threads or a cluster (docs/cluster.md). With {@code --model
 * supervised|unsupervised} the learning phase diagram (T_R, T_M, T_SG per load, searched below the one --T;
 * docs/learning.md), with {@code --model multitasking} the (d, T) map of states and, with --lines, the
 * critical dilutions against T (docs/multitasking.md); the same --master.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Solve a grid of (alpha, T) points in parallel (deterministic) and write it as CSV.",
                "Ranges: FROM:TO:N (N evenly spaced values) or a comma-separated list.",
                "supervised | unsupervised: the (alpha, T) phase diagram, columns alpha, T_R, T_M, T_SG, one row per --alpha,",
                "  the lines searched for below the one temperature --T (dataset: --r with --M, or --rho; --noise).",
                "multitasking: the states over the (d, T) grid from the hierarchical seed (--K, --rho, --d, --T);",
                "  --lines writes the critical dilutions d_E, d_2, ..., d_P against --T."})
public final class SweepCommand implements Callable<Integer> {
    /** Grids larger than this many points are refused unless {@code --force} is given. */
    static final long POINT_LIMIT = 1_000_000;

    @Option(names = "--model", defaultValue = "storage",
            description = "storage | sk | pspin | supervised | unsupervised | multitasking (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--P", defaultValue = "4", description = "Interaction order P.")
    int p;

    @Option(names = "--alpha", defaultValue = "0.1", description = "Loads: FROM:TO:N or a list (storage only; default: ${DEFAULT-VALUE}).")
    String alphas;

    @Option(names = "--T", required = true, description = "Temperatures (> 0): FROM:TO:N or a list.")
    String temperatures;

    @Option(names = "--ansatz", defaultValue = "rs", description = "rs | 1rsb.")
    String ansatz;

    @Option(names = "--out", description = "Write the grid CSV here (default: standard output).")
    Path out;

    @Option(names = "--lines", description = "Also compute the transition lines per alpha and write them as CSV here.")
    Path lines;

    @Option(names = "--force", description = "Compute grids of more than " + POINT_LIMIT + " points.")
    boolean force;

    @Option(names = "--master", paramLabel = "URL", description = {"Where the points run: local (threads, the default), or with the "
            + "toolkit-spark jar on the classpath a Spark master: local[N], local[*], spark://HOST:7077, yarn, k8s://... "
            + "Same numbers everywhere (docs/cluster.md)."})
    String master;

    @Mixin
    FormatOption fmt;

    @Mixin
    LearningOptions data;

    @Option(names = "--K", defaultValue = "3", description = "multitasking: number of patterns K, 1 to 8 (default: ${DEFAULT-VALUE}; --lines: >= 2).")
    int k;

    @Option(names = "--d", description = "multitasking: dilutions in [0, 1): FROM:TO:N or a list (required).")
    String dilutions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (LearningOptions.isLearning(model) || model.equals("multitasking")) return learning();
        for (String o : new String[] {"--r", "--M", "--rho", "--noise", "--K", "--d"})
            if (given(o)) throw new IllegalArgumentException(o + " does not apply to --model " + model
                    + " (supervised, unsupervised, multitasking only)");
        if (!model.equals("storage") && spec.commandLine().getParseResult().hasMatchedOption("--alpha"))
            throw new IllegalArgumentException("--alpha does not apply to --model " + model + " (storage only)");
        Cluster cluster = master == null ? null : Cluster.of(master); // a clear error now if no backend takes the URL
        if (out != null) dev.hebbian.io.AtomicFiles.checkWritable("--out", out);
        if (lines != null) dev.hebbian.io.AtomicFiles.checkWritable("--lines", lines);
        long na = count("--alpha", alphas), nt = count("--T", temperatures);
        long points = na > Long.MAX_VALUE / nt ? Long.MAX_VALUE : na * nt;
        if (points > POINT_LIMIT && !force) {
            Ansatz an0 = Ansatz.parse(ansatz);
            ReplicaModels.Model m0 = ReplicaModels.get(model);
            double t0 = parse("T", temperatures, 1)[0], a0 = parse("alpha", alphas, 1)[0];
            long start = System.nanoTime();
            m0.solver(p, a0, Check.positive("T", t0), an0).solve();
            double perPoint = (System.nanoTime() - start) / 1e9;
            double hours = perPoint * points / Runtime.getRuntime().availableProcessors() / 3600;
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the grid --alpha %s x --T %s has %d x %d = %s points, more than the limit of %d; at about %.3g s per point "
                            + "on %d cores it would take roughly %.3g hours. Use fewer points, or pass --force",
                    alphas, temperatures, na, nt, points == Long.MAX_VALUE ? "more than 9.2e18" : Long.toString(points),
                    POINT_LIMIT, perPoint, Runtime.getRuntime().availableProcessors(), hours));
        }
        double[] a = parse("alpha", alphas, Integer.MAX_VALUE - 8);
        double[] t = parse("T", temperatures, Integer.MAX_VALUE - 8);
        for (double v : a) Check.nonNegative("alpha", v);
        for (double v : t) Check.positive("T", v);
        Ansatz an = Ansatz.parse(ansatz);
        ReplicaModels.Model m = ReplicaModels.get(model);
        m.solver(p, a[0], t[0], an); // validates P, alpha and the ansatz before the sweep starts
        double tMax = 0;
        for (double v : t) tMax = Math.max(tMax, v);
        double tTop = Math.max(2 * tMax, 1.5), tMin = Math.min(1e-2, tMax / 100);
        // factories that can be shipped to a cluster: they capture the model's name, not the model
        String name = model;
        int order = p;
        SerializableBiFunction<Double, Double, PointSolver> solverAt = (al, tt) -> ReplicaModels.get(name).solver(order, al, tt, an);
        SerializableDoubleFunction<Transitions> linesAt = lines == null ? al -> null : al -> ReplicaModels.get(name).transitions(order, al, an, tMin, tTop);
        PhaseDiagram d = PhaseDiagram.compute(p, an, a, t, solverAt, linesAt, lines != null, cluster);
        write(d.grid(), out);
        if (lines != null) write(d.lines(), lines);
        return 0;
    }

    private boolean given(String option) {
        return spec != null && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /**
     * supervised | unsupervised: the learning phase diagram (one point per load); multitasking: the states over
     * (d, T) (one point per cell) and, with --lines, the critical dilutions per T. Their points are the points of
     * a {@link dev.hebbian.compute.Sweep}, on the --master cluster when one is given (docs/cluster.md).
     */
    private int learning() throws IOException {
        java.util.List<String> notFor = model.equals("multitasking") ? java.util.List.of("--alpha", "--P", "--r", "--M", "--noise", "--force")
                : java.util.List.of("--K", "--d", "--lines", "--force");
        for (String o : notFor)
            if (given(o)) throw new IllegalArgumentException(o + " does not apply to --model " + model);
        if (!ansatz.equals("rs"))
            throw new Check.InvalidParameterException("ansatz", ansatz, "rs (model " + model + " has no 1RSB solver)");
        Cluster cluster = master == null ? null : Cluster.of(master); // a clear error now if no backend takes the URL
        if (out != null) dev.hebbian.io.AtomicFiles.checkWritable("--out", out);
        if (lines != null) dev.hebbian.io.AtomicFiles.checkWritable("--lines", lines);
        java.util.function.Supplier<tech.tablesaw.api.Table> grid, bounds = null;
        if (model.equals("multitasking")) {
            if (dilutions == null) throw new IllegalArgumentException("--d is required for --model multitasking: dilutions in [0, 1), " + FORMS);
            double[] ds = parse("d", dilutions), ts = parse("T", temperatures);
            double rho = data.rho == null ? 0 : data.rho;
            grid = () -> dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram.states(k, rho, ds, ts);
            dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram.states(k, rho, ds, new double[0]); // checks K, rho, d now
            if (lines != null) {
                dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram.boundaries(k, rho, new double[0]); // K >= 2
                bounds = () -> dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram.boundaries(k, rho, ts);
            }
        } else {
            double[] ts = parse("T", temperatures);
            if (ts.length != 1)
                throw new IllegalArgumentException("--T = " + temperatures + " has " + ts.length + " values; --model " + model
                        + " takes one: the highest temperature the lines are searched below (> 0)");
            double tMax = Check.positive("T", ts[0]);
            double[] as = parse("alpha", alphas);
            var phases = LearningCli.builder(model, p, data.r, data.M, data.rho, data.noise).highLoad();
            grid = () -> phases.phaseDiagram(tMax, as);
        }
        write(cluster == null ? grid.get() : Cluster.using(cluster, grid), out);
        if (bounds != null) write(cluster == null ? bounds.get() : Cluster.using(cluster, bounds), lines);
        return 0;
    }

    private void write(tech.tablesaw.api.Table table, Path file) throws IOException {
        if (file == null) {
            Output.print(table, fmt.format == Format.text ? Format.csv : fmt.format, System.out);
            return;
        }
        Format f = fmt.format == Format.text ? Format.csv : fmt.format;
        dev.hebbian.io.AtomicFiles.write(file, o -> {
            PrintStream ps = new PrintStream(o, true, "UTF-8");
            Output.print(table, f, ps);
            ps.flush();
        });
    }

    private static final String FORMS = "FROM:TO:N (N >= 1 evenly spaced values) or a comma-separated list of numbers, e.g. 0:0.4:41 or 0.1,0.2";

    /** The number of values of a range option, counted without building it. */
    static long count(String option, String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException(option + " = '" + spec + "' is empty: give " + FORMS);
        if (spec.contains(":")) {
            String[] s = spec.split(":", -1);
            if (s.length != 3) throw new IllegalArgumentException(option + " = " + spec + " is not a range: must be " + FORMS);
            try {
                Double.parseDouble(s[0].trim());
                Double.parseDouble(s[1].trim());
                long n = Long.parseLong(s[2].trim());
                if (n < 1) throw new IllegalArgumentException(option + " = " + spec + ": N = " + n + " is out of range: must be >= 1");
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " = " + spec + " is not a range: must be " + FORMS);
            }
        }
        String[] parts = spec.split(",", -1);
        for (String x : parts) {
            try {
                Double.parseDouble(x.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " = " + spec + " has a bad entry '" + x.trim() + "': give " + FORMS);
            }
        }
        return parts.length;
    }

    /** FROM:TO:N or a comma-separated list (at most {@code max} values). */
    static double[] parse(String name, String spec) {
        return parse(name, spec, 100_000);
    }

    static double[] parse(String name, String spec, int max) {
        String option = "--" + name;
        long n = count(option, spec);
        if (spec.contains(":")) {
            String[] s = spec.split(":");
            double from = Double.parseDouble(s[0].trim()), to = Double.parseDouble(s[1].trim());
            int k = (int) Math.min(n, max);
            double[] v = new double[k];
            for (int i = 0; i < k; i++) v[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
            return v;
        }
        String[] parts = spec.split(",", -1);
        double[] v = new double[Math.min(parts.length, max)];
        for (int i = 0; i < v.length; i++) v[i] = Double.parseDouble(parts[i].trim());
        return v;
    }
}
