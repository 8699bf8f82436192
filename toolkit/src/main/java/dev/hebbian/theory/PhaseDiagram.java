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
 * quantity of the RS retrieval branch, converged, iterations, residual, quadratureError); {@code lines} has one row
 * per alpha (the highest temperature of each line at that alpha: retrieval spinodal, thermodynamic
 * retrieval line, spin-glass line, AT line, docs/storage.md; arXiv 2111.12997). These per-alpha
 * values are the upper branches only: the lines as whole curves, with their re-entrant lower
 * branches down to the T = 0 capacities, are {@link PhaseLines} / {@link PhaseLine}. The rows (one per
 * alpha, cut into segments of at most {@value #SEGMENT} temperatures) are solved in parallel, each segment in
 * ascending T with warm starts from its previous point (continuation; {@link PointSolver#solve(Branch, Solution)}: only an initial guess, polished to the solver's
 * tolerance and on the same branch as from the cold seeds); the tables do not depend on the thread count. A point whose
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
                          double freeEnergy, double energy, double residual, double quadratureError, boolean converged,
                          int iterations)
            implements java.io.Serializable {
        static Values of(Solution s) {
            return s == null ? null : new Values(s.branch(), s.m(), s.q(), s.q1(), s.q2(), s.theta(), s.pressure(),
                    s.freeEnergy(), s.energy(), s.residual(), s.quadratureError(), s.converged(), s.iterations());
        }
    }

    /**
     * Temperatures per continuation segment of a row: long enough for warm starts to pay, short enough that a
     * grid of few loads (one alpha, many T) still runs in parallel.
     */
    static final int SEGMENT = 64;

    /** Solve every grid point and every line (parallel over rows and lines, deterministic). */
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
        // one task per segment of an alpha row (at most SEGMENT temperatures), continued along it in ascending T:
        // warm starts from the previous point of the segment, cold seeds at its first point. The segments are
        // fixed by the grid alone, so the result does not depend on the thread count or the schedule.
        java.util.concurrent.atomic.AtomicReferenceArray<Point> solved = new java.util.concurrent.atomic.AtomicReferenceArray<>(n);
        Integer[] order = new Integer[nt];
        for (int k = 0; k < nt; k++) order[k] = k;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(temperatures[x], temperatures[y]));
        int perRow = (nt + SEGMENT - 1) / SEGMENT, tasks = na * perRow;
        try {
            List<Point[]> segments = on(cluster, Sweep.over(tasks, task -> {
                int j = task / perRow, from = task % perRow * SEGMENT, to = Math.min(nt, from + SEGMENT);
                Point[] out = new Point[to - from];
                Solution prevRetrieval = null, prevGlass = null;
                for (int k = from; k < to && !Thread.currentThread().isInterrupted(); k++) {
                    int i = j * nt + order[k];
                    double a = alphas[j], t = temperatures[order[k]];
                    Solution[] warm = {null, null};
                    out[k - from] = point(ansatz, solverAt, a, t, prevRetrieval, prevGlass, warm);
                    solved.set(i, out[k - from]); // local threads: what an interruption keeps
                    prevRetrieval = warm[0];
                    prevGlass = warm[1];
                }
                return out;
            }).named(name + ", " + n + " points in " + tasks + " row segments")).run();
            place(segments, solved, nt, perRow, order);
        } catch (Sweep.SweepInterruptedException e) {
            place(e.partial(), solved, nt, perRow, order);
            throw interrupted(name, grid(name, alphas, temperatures, snapshot(solved)), Table.create("no lines"), e);
        } catch (Error stopped) { // ThreadDeath: attach the partial grid for whoever catches it
            for (Throwable s : stopped.getSuppressed()) {
                if (s instanceof Sweep.SweepInterruptedException e) {
                    place(e.partial(), solved, nt, perRow, order);
                    stopped.addSuppressed(interrupted(name, grid(name, alphas, temperatures, snapshot(solved)), Table.create("no lines"), e));
                }
            }
            throw stopped;
        }
        List<Point> points = snapshot(solved);
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

    /** Segment results (from any cluster) into their grid cells; null segments (not run) are skipped. */
    private static void place(List<Point[]> segments, java.util.concurrent.atomic.AtomicReferenceArray<Point> solved,
                              int nt, int perRow, Integer[] order) {
        for (int task = 0; task < segments.size(); task++) {
            Point[] seg = segments.get(task);
            if (seg == null) continue;
            int j = task / perRow, from = task % perRow * SEGMENT;
            for (int k = 0; k < seg.length; k++) if (seg[k] != null) solved.set(j * nt + order[from + k], seg[k]);
        }
    }

    private static List<Point> snapshot(java.util.concurrent.atomic.AtomicReferenceArray<Point> solved) {
        List<Point> out = new java.util.ArrayList<>(solved.length());
        for (int i = 0; i < solved.length(); i++) out.add(solved.get(i));
        return out;
    }

    /**
     * One grid point: the retrieval branch (once, shared by the AT quantity and the physical state) and the
     * physical state. A {@link ReplicaSolver} is warm started from the previous point of the row
     * ({@code prevRetrieval}, {@code prevGlass}: converged retrieval and spin-glass solutions, or null; see
     * {@link ReplicaSolver#solve(Branch, Solution)}); {@code warm} receives this point's, for the next one.
     */
    private static Point point(Ansatz ansatz, BiFunction<Double, Double, PointSolver> solverAt, double a, double t,
                               Solution prevRetrieval, Solution prevGlass, Solution[] warm) {
        try {
            // unconverged points are reported, not thrown; diagnostics are completed for the physical state only
            PointSolver s = solverAt.apply(a, t).lenient().deferDiagnostics();
            boolean continued = s instanceof ReplicaSolver;
            Solution r = s.hasRetrieval() && !s.retrievalExcluded()
                    ? (continued ? s.solve(Branch.RETRIEVAL, prevRetrieval) : s.solve(Branch.RETRIEVAL)) : null;
            Solution sol;
            if (continued) {
                Solution[] glass = {null};
                sol = physical(new Continued(s, prevGlass, glass), r);
                warm[1] = glass[0] != null && glass[0].converged() ? glass[0] : null; // spin glass, or where its seed fell
            } else {
                sol = physical(s, r);
            }
            warm[0] = r != null && r.converged() && r.branch() == Branch.RETRIEVAL ? r : null;
            return new Point(Values.of(s.finish(sol)), ansatz == Ansatz.RS && r != null && r.branch() == Branch.RETRIEVAL ? s.atQuantity(r) : Double.NaN, "");
        } catch (RuntimeException e) {
            return new Point(null, Double.NaN, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A {@link ReplicaSolver} (which keeps {@link PointSolver}'s glassy and physical-state rules) whose
     * spin-glass solves are warm started from {@code start}, the spin-glass seed's result at the previous (lower)
     * temperature of the row; the result is kept in {@code glass}. Where that seed fell to the paramagnet (RS), it
     * falls again: at m = 0 the q map E tanh^2(beta sqrt(xi'(q)) z) grows with beta, so with no fixed point q &gt; 0
     * at the lower temperature there is none at this one (docs/numerics.md#continuation).
     */
    private record Continued(PointSolver s, Solution start, Solution[] glass) implements PointSolver {
        @Override
        public Solution solve(Branch seed) {
            if (seed != Branch.SPIN_GLASS) return s.solve(seed);
            boolean fell = start != null && start.ansatz() == Ansatz.RS && start.branch() == Branch.PARAMAGNET
                    && start.converged() && start.beta() >= s.beta();
            Solution sg = fell ? s.solve(Branch.PARAMAGNET) : s.solve(seed, start);
            glass[0] = sg;
            return sg;
        }

        @Override
        public boolean retrievalExcluded() {
            return s.retrievalExcluded();
        }

        @Override
        public boolean hasRetrieval() {
            return s.hasRetrieval();
        }

        @Override
        public PointSolver lenient() {
            return this; // s is lenient already
        }

        @Override
        public double beta() {
            return s.beta();
        }

        @Override
        public double pressureAt(double m, double q1, double q2, double theta) {
            return s.pressureAt(m, q1, q2, theta);
        }

        @Override
        public double atQuantity(Solution rs) {
            return s.atQuantity(rs);
        }

        @Override
        public double foldTemperature(Solution nearFold) {
            return s.foldTemperature(nearFold);
        }

        @Override
        public boolean hasParamagnet() {
            return s.hasParamagnet();
        }
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
                cr = DoubleColumn.create("residual"), cqe = DoubleColumn.create("quadratureError");
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
                for (DoubleColumn c : new DoubleColumn[] {cm, cq, cq1, cq2, cth, cp, cf, ce, cr, cqe}) c.append(Double.NaN);
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
                cqe.append(s.quadratureError());
                cc.append(s.converged());
                ci.append(s.iterations());
            }
            cat.append(pt == null ? Double.NaN : pt.at());
        }
        grid.addColumns(ca, ct, ph, cm, cq, cq1, cq2, cth, cp, cf, ce, cat, cc, ci, cr, cqe, note);
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
