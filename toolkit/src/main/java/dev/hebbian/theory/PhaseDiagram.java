package dev.hebbian.theory;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;

import dev.hebbian.compute.Cluster;
import dev.hebbian.compute.Sweep;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An (alpha, T) phase diagram (docs/storage.md; arXiv 2111.12997): {@code grid}
 * has one row per point (alpha, T, phase, m, q, q1, q2, theta, pressure, freeEnergy, energy, AT
 * quantity of the RS retrieval branch, converged, iterations, residual); {@code lines} has one row
 * per alpha (the highest temperature of each line at that alpha: retrieval spinodal, thermodynamic
 * retrieval line, spin-glass line, AT line, docs/storage.md; arXiv 2111.12997). These per-alpha
 * values are the upper branches only: the lines as whole curves, with their re-entrant lower
 * branches down to the T = 0 capacities, are {@link PhaseLines} / {@link PhaseLine}. Points are
 * independent and solved in parallel; the tables do not depend on the thread count. A point whose
 * solver fails is a row with phase "failed" and the error in the column {@code note}. Long grids
 * print their progress; if the computation is interrupted (the kernel's interrupt button), a
 * {@link PhaseDiagramInterruptedException} carries the points already solved
 * ({@link PhaseDiagramInterruptedException#partial()}: missing points have phase "not computed").
 */
public record PhaseDiagram(Table grid, Table lines) {

    /** One solved point, as plain values so that it can come back from a cluster. */
    private record Point(Values solution, double at, String error) implements java.io.Serializable {}

    /** The fields of a {@link Solution} that the grid shows. */
    private record Values(Branch branch, double m, double q, double q1, double q2, double theta, double pressure,
                          double freeEnergy, double energy, double residual, boolean converged, int iterations)
            implements java.io.Serializable {
        static Values of(Solution s) {
            return s == null ? null : new Values(s.branch(), s.m(), s.q(), s.q1(), s.q2(), s.theta(), s.pressure(),
                    s.freeEnergy(), s.energy(), s.residual(), s.converged(), s.iterations());
        }
    }

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
        return compute(p, ansatz, alphas, temperatures, solverAt, linesAt, withLines, null);
    }

    /**
     * As above, on {@code cluster} (null: {@link Cluster#current()}, local threads by default). On a
     * distributed cluster the factories must be serializable ({@link dev.hebbian.compute.SerializableBiFunction},
     * {@link dev.hebbian.compute.SerializableDoubleFunction}); the tables are the same as on local threads
     * (docs/cluster.md).
     */
    public static PhaseDiagram compute(int p, Ansatz ansatz, double[] alphas, double[] temperatures,
                                       BiFunction<Double, Double, PointSolver> solverAt,
                                       DoubleFunction<Transitions> linesAt, boolean withLines, Cluster cluster) {
        int na = alphas.length, nt = temperatures.length, n = na * nt;
        String name = "phase diagram P=" + p + " " + ansatz.label();
        List<Point> points;
        try {
            points = on(cluster, Sweep.over(n, i -> {
                double a = alphas[i / nt], t = temperatures[i % nt];
                try {
                    PointSolver s = solverAt.apply(a, t).lenient(); // unconverged points are reported, not thrown
                    Solution r = s.hasRetrieval() ? s.solve(Branch.RETRIEVAL) : null;
                    Solution sol = physical(s, r);
                    return new Point(Values.of(sol), ansatz == Ansatz.RS && r != null && r.branch() == Branch.RETRIEVAL ? s.atQuantity(r) : Double.NaN, "");
                } catch (RuntimeException e) {
                    return new Point(null, Double.NaN, String.valueOf(e.getMessage()));
                }
            }).named(name + ", " + n + " points")).run();
        } catch (Sweep.SweepInterruptedException e) {
            List<Point> done = e.partial();
            throw interrupted(name, grid(name, alphas, temperatures, done), Table.create("no lines"), e);
        } catch (Error stopped) { // ThreadDeath: attach the partial grid for whoever catches it
            for (Throwable s : stopped.getSuppressed()) {
                if (s instanceof Sweep.SweepInterruptedException e) {
                    List<Point> done = e.partial();
                    stopped.addSuppressed(interrupted(name, grid(name, alphas, temperatures, done), Table.create("no lines"), e));
                }
            }
            throw stopped;
        }
        Table grid = grid(name, alphas, temperatures, points);
        double[][] l = new double[na][];
        if (!withLines) {
            for (int j = 0; j < na; j++) l[j] = new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        } else {
            try {
                List<double[]> rows = on(cluster, Sweep.over(na, j -> {
                    Transitions tr = linesAt.apply(alphas[j]);
                    return new double[] {safe(tr::retrievalSpinodal), safe(tr::retrievalThermodynamic), safe(tr::spinGlass),
                            ansatz == Ansatz.RS ? safe(tr::atLine) : Double.NaN};
                }).named("transition lines P=" + p + " " + ansatz.label())).run();
                for (int j = 0; j < na; j++) l[j] = rows.get(j);
            } catch (Sweep.SweepInterruptedException e) {
                List<double[]> rows = e.partial();
                for (int j = 0; j < na; j++) l[j] = rows.get(j) != null ? rows.get(j) : new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                throw interrupted(name, grid, lines(p, ansatz, alphas, l), e);
            }
        }
        return new PhaseDiagram(grid, lines(p, ansatz, alphas, l));
    }

    /** An explicit cluster, or the thread's default (where a factory that cannot be shipped runs locally). */
    private static <R> Sweep<R> on(Cluster cluster, Sweep<R> sweep) {
        return cluster == null ? sweep : sweep.on(cluster);
    }

    private static Table lines(int p, Ansatz ansatz, double[] alphas, double[][] l) {
        int na = alphas.length;
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
        return lines;
    }

    /** The exception carrying an interrupted diagram (nothing is kept in static state or written to disk). */
    private static PhaseDiagramInterruptedException interrupted(String name, Table grid, Table lines, Throwable cause) {
        long solved = grid.where(grid.stringColumn("phase").isNotEqualTo("not computed")).rowCount();
        return new PhaseDiagramInterruptedException(name + " interrupted: " + solved + " of " + grid.rowCount()
                + " points solved; they are in this exception's partial()", new PhaseDiagram(grid, lines), solved, cause);
    }

    /**
     * The physical state of {@link PointSolver#solve()}, reusing the retrieval solution already solved
     * for the AT quantity (one retrieval solve per point instead of two); a solver that overrides
     * solve() is asked directly.
     */
    static Solution physical(PointSolver s, Solution retrieval) {
        return retrieval == null ? s.solve() : s.physical(retrieval);
    }

    private static Table grid(String name, double[] alphas, double[] temperatures, List<Point> points) {
        int nt = temperatures.length, n = points.size();
        Table grid = Table.create(name);
        DoubleColumn ca = DoubleColumn.create("alpha"), ct = DoubleColumn.create("T"), cm = DoubleColumn.create("m"),
                cq = DoubleColumn.create("q"), cq1 = DoubleColumn.create("q1"), cq2 = DoubleColumn.create("q2"),
                cth = DoubleColumn.create("theta"), cp = DoubleColumn.create("pressure"),
                cf = DoubleColumn.create("freeEnergy"), ce = DoubleColumn.create("energy"), cat = DoubleColumn.create("atQuantity"),
                cr = DoubleColumn.create("residual");
        StringColumn ph = StringColumn.create("phase"), note = StringColumn.create("note");
        BooleanColumn cc = BooleanColumn.create("converged");
        IntColumn ci = IntColumn.create("iterations");
        for (int i = 0; i < n; i++) {
            ca.append(alphas[i / nt]);
            ct.append(temperatures[i % nt]);
            Point pt = points.get(i);
            Values s = pt == null ? null : pt.solution();
            note.append(pt == null ? "" : pt.error());
            if (s == null) {
                ph.append(pt == null ? "not computed" : "failed");
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
            cat.append(pt == null ? Double.NaN : pt.at());
        }
        grid.addColumns(ca, ct, ph, cm, cq, cq1, cq2, cth, cp, cf, ce, cat, cc, ci, cr, note);
        return grid;

    }

    private static double safe(java.util.function.DoubleSupplier s) {
        try {
            return s.getAsDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
