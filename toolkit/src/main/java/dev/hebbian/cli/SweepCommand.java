package dev.hebbian.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.hebbian.Check;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.PhaseDiagram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep --model storage --P 4 --ansatz rs --alpha 0:0.4:41 --T 0.05:1:20 --out grid.csv
 * [--lines lines.csv]}: a grid of points (and, optionally, the transition lines per alpha) as CSV
 * (spec sections 9 P1/P2, 12.4).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Solve a grid of (alpha, T) points in parallel (deterministic) and write it as CSV.",
                "Ranges: FROM:TO:N (N evenly spaced values) or a comma-separated list."})
public final class SweepCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = "storage", description = "storage | sk | pspin (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--P", defaultValue = "4", description = "Interaction order P.")
    int p;

    @Option(names = "--alpha", defaultValue = "0.1", description = "Loads: FROM:TO:N or a list (storage only).")
    String alphas;

    @Option(names = "--T", required = true, description = "Temperatures (> 0): FROM:TO:N or a list.")
    String temperatures;

    @Option(names = "--ansatz", defaultValue = "rs", description = "rs | 1rsb.")
    String ansatz;

    @Option(names = "--out", description = "Write the grid CSV here (default: standard output).")
    Path out;

    @Option(names = "--lines", description = "Also compute the transition lines per alpha and write them as CSV here.")
    Path lines;

    @Mixin
    FormatOption fmt;

    @Override
    public Integer call() throws IOException {
        double[] a = parse("alpha", alphas);
        double[] t = parse("T", temperatures);
        for (double v : a) Check.nonNegative("alpha", v);
        for (double v : t) Check.positive("T", v);
        Ansatz an = Ansatz.parse(ansatz);
        ReplicaModels.Model m = ReplicaModels.get(model);
        m.solver(p, a[0], t[0], an); // validates P, alpha and the ansatz before the sweep starts
        double tMax = 0;
        for (double v : t) tMax = Math.max(tMax, v);
        double tTop = Math.max(2 * tMax, 1.5), tMin = Math.min(1e-2, tMax / 100);
        PhaseDiagram d = PhaseDiagram.compute(p, an, a, t, (al, tt) -> m.solver(p, al, tt, an),
                lines == null ? al -> null : al -> m.transitions(p, al, an, tMin, tTop), lines != null);
        write(d.grid(), out);
        if (lines != null) write(d.lines(), lines);
        return 0;
    }

    private void write(tech.tablesaw.api.Table table, Path file) throws IOException {
        if (file == null) {
            Output.print(table, fmt.format == Format.text ? Format.csv : fmt.format, System.out);
            return;
        }
        try (PrintStream ps = new PrintStream(Files.newOutputStream(file), true, "UTF-8")) {
            Output.print(table, Format.csv, ps);
        }
    }

    /** FROM:TO:N or a comma-separated list. */
    static double[] parse(String name, String spec) {
        try {
            if (spec.contains(":")) {
                String[] s = spec.split(":");
                if (s.length != 3) throw new Check.InvalidParameterException(name, spec, "FROM:TO:N or a comma-separated list");
                double from = Double.parseDouble(s[0]), to = Double.parseDouble(s[1]);
                int n = Integer.parseInt(s[2]);
                Check.inRange(name + " points", n, 1, 100_000);
                double[] v = new double[n];
                for (int i = 0; i < n; i++) v[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
                return v;
            }
            List<Double> l = new ArrayList<>();
            for (String x : spec.split(",")) l.add(Double.parseDouble(x.trim()));
            return l.stream().mapToDouble(Double::doubleValue).toArray();
        } catch (NumberFormatException e) {
            throw new Check.InvalidParameterException(name, spec, "FROM:TO:N or a comma-separated list of numbers");
        }
    }
}
