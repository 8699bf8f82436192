package dev.hebbian.theory;

import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.stream.IntStream;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An (alpha, T) phase diagram (spec rsb-dense-networks.md sections 9 P1/P2 and 12.4): {@code grid}
 * has one row per point (alpha, T, phase, m, q, q1, q2, theta, pressure, freeEnergy, energy, AT
 * quantity of the RS retrieval branch, converged, iterations, residual); {@code lines} has one row
 * per alpha (retrieval spinodal, thermodynamic retrieval line, spin-glass line, AT line: the
 * temperatures of section 12.4). Points are independent and solved in parallel; the tables do
 * not depend on the thread count.
 */
public record PhaseDiagram(Table grid, Table lines) {

    /** Solve every grid point and every line (parallel over points, deterministic). */
    public static PhaseDiagram compute(int p, Ansatz ansatz, double[] alphas, double[] temperatures,
                                       BiFunction<Double, Double, PointSolver> solverAt,
                                       DoubleFunction<Transitions> linesAt) {
        return compute(p, ansatz, alphas, temperatures, solverAt, linesAt, true);
    }

    /** As above; with {@code withLines = false} the lines table is empty (faster). */
    public static PhaseDiagram compute(int p, Ansatz ansatz, double[] alphas, double[] temperatures,
                                       BiFunction<Double, Double, PointSolver> solverAt,
                                       DoubleFunction<Transitions> linesAt, boolean withLines) {
        int na = alphas.length, nt = temperatures.length, n = na * nt;
        Solution[] sol = new Solution[n];
        double[] at = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double a = alphas[i / nt], t = temperatures[i % nt];
            try {
                PointSolver s = solverAt.apply(a, t).lenient(); // unconverged points are reported, not thrown
                sol[i] = s.solve();
                Solution r = ansatz == Ansatz.RS && s.hasRetrieval() ? s.solve(Branch.RETRIEVAL) : null;
                at[i] = r != null && r.branch() == Branch.RETRIEVAL ? s.atQuantity(r) : Double.NaN;
            } catch (RuntimeException e) {
                sol[i] = null;
                at[i] = Double.NaN;
            }
        });
        Table grid = Table.create("phase diagram P=" + p + " " + ansatz.label());
        DoubleColumn ca = DoubleColumn.create("alpha"), ct = DoubleColumn.create("T"), cm = DoubleColumn.create("m"),
                cq = DoubleColumn.create("q"), cq1 = DoubleColumn.create("q1"), cq2 = DoubleColumn.create("q2"),
                cth = DoubleColumn.create("theta"), cp = DoubleColumn.create("pressure"),
                cf = DoubleColumn.create("freeEnergy"), ce = DoubleColumn.create("energy"), cat = DoubleColumn.create("atQuantity"),
                cr = DoubleColumn.create("residual");
        StringColumn ph = StringColumn.create("phase");
        BooleanColumn cc = BooleanColumn.create("converged");
        IntColumn ci = IntColumn.create("iterations");
        for (int i = 0; i < n; i++) {
            ca.append(alphas[i / nt]);
            ct.append(temperatures[i % nt]);
            Solution s = sol[i];
            if (s == null) {
                ph.append("failed");
                for (DoubleColumn c : new DoubleColumn[] {cm, cq, cq1, cq2, cth, cp, cf, ce, cr}) c.append(Double.NaN);
                cc.append(false);
                ci.append(0);
            } else {
                ph.append(s.branch().label());
                cm.append(s.m());
                cq.append(s.q());
                cq1.append(s.q1());
                cq2.append(s.q2());
                cth.append(s.theta());
                cp.append(s.pressure());
                cf.append(s.freeEnergy());
                ce.append(s.energy());
                cr.append(s.residual());
                cc.append(s.converged());
                ci.append(s.iterations());
            }
            cat.append(at[i]);
        }
        grid.addColumns(ca, ct, ph, cm, cq, cq1, cq2, cth, cp, cf, ce, cat, cc, ci, cr);

        double[][] l = new double[na][];
        if (!withLines) {
            for (int j = 0; j < na; j++) l[j] = new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        } else IntStream.range(0, na).parallel().forEach(j -> {
            Transitions tr = linesAt.apply(alphas[j]);
            l[j] = new double[] {safe(tr::retrievalSpinodal), safe(tr::retrievalThermodynamic), safe(tr::spinGlass),
                    ansatz == Ansatz.RS ? safe(tr::atLine) : Double.NaN};
        });
        Table lines = Table.create("transition lines P=" + p + " " + ansatz.label());
        DoubleColumn la = DoubleColumn.create("alpha"), ls = DoubleColumn.create("retrievalSpinodal"),
                lt = DoubleColumn.create("retrievalThermodynamic"), lg = DoubleColumn.create("spinGlass"),
                lat = DoubleColumn.create("atLine");
        for (int j = 0; j < na; j++) {
            la.append(alphas[j]);
            ls.append(l[j][0]);
            lt.append(l[j][1]);
            lg.append(l[j][2]);
            lat.append(l[j][3]);
        }
        lines.addColumns(la, ls, lt, lg, lat);
        return new PhaseDiagram(grid, lines);
    }

    private static double safe(java.util.function.DoubleSupplier s) {
        try {
            return s.getAsDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
