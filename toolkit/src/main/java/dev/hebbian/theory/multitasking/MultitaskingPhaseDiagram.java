package dev.hebbian.theory.multitasking;

import java.util.List;

import dev.hebbian.Check;
import dev.hebbian.compute.Sweep;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Sweeps of the multitasking theory as Tablesaw tables (arXiv:2308.04106;
 * docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13, #eq-multitasking-9, figures R4-R6, R10): the (d, T) map of states along the branch seeded by the
 * hierarchical state, the critical dilutions against T, and d_P against rho. Gaussian law throughout.
 * Each point (a (T, d) cell, a temperature, a rho) is one point of a {@link Sweep}: in parallel on local
 * threads, or on a cluster ({@link dev.hebbian.compute.Cluster#using}, docs/cluster.md), with the same
 * tables whatever the thread count or the cluster. An interrupted sweep throws a
 * {@link dev.hebbian.compute.TableInterruptedException} whose partial() is the table of the finished
 * points (same columns, the rows not reached left out), as on local threads so on a cluster. A point whose
 * solver throws is a row of NaN (state "failed" in the states table) with its error in the column {@code note}
 * (empty elsewhere), never a lost table.
 */
public final class MultitaskingPhaseDiagram {
    private MultitaskingPhaseDiagram() {}

    /**
     * For every (T, d): the solution from the hierarchical seed (docs/multitasking.md#eq-multitasking-9), with its state,
     * stability, smallest Hessian eigenvalue, m_1..m_K and n_1..n_K. T = 0 is allowed.
     */
    public static Table states(int K, double rho, double[] ds, double[] Ts) {
        Check.inRange("K", K, 1, PatternColumns.MAX_K);
        Check.nonNegative("rho", rho);
        for (double T : Ts) Check.nonNegative("T", T);
        for (double d : ds) Check.inHalfOpen("d", d, 0, 1);
        int nd = ds.length, rows = nd * Ts.length;
        double[] dv = ds.clone(), tv = Ts.clone();
        // one point per (T, d), T-major: the point captures numbers only, so it can run on a cluster
        return Sweep.over(rows, i -> {
            double T = tv[i / nd];
            double beta = T == 0 ? Double.POSITIVE_INFINITY : 1 / T;
            MultitaskingSolution s = SelfConsistency.of(K, dv[i % nd], beta, ChiLaw.gaussian(rho)).allowUnconverged(true)
                    .solve(MultitaskingState.HIERARCHICAL);
            double[] m = new double[K], n = new double[K];
            for (int mu = 0; mu < K; mu++) {
                m[mu] = s.m(mu);
                n[mu] = s.n(mu);
            }
            return new Cell(s.lambdaMin(), s.state().name(), s.stability().name(), m, n);
        }).named("multitasking states K=" + K + ", " + rows + " points").runTable((done, cells) -> statesTable(K, rho, dv, tv, done, cells),
                failed -> new Cell(Double.NaN, "failed", "failed", nanArray(K), nanArray(K)));
    }

    /** A row of NaN for a point whose solver failed (its error goes to the column {@code note}). */
    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The table of the (T, d) cells {@code done} (every cell, or those finished before an interruption). */
    private static Table statesTable(int K, double rho, double[] dv, double[] tv, int[] done, List<Cell> cells) {
        int nd = dv.length, rows = done.length;
        double[] tc = new double[rows], dc = new double[rows], lam = new double[rows];
        double[][] m = new double[K][rows], n = new double[K][rows];
        String[] state = new String[rows], stab = new String[rows];
        for (int row = 0; row < rows; row++) {
            Cell c = cells.get(row);
            tc[row] = tv[done[row] / nd];
            dc[row] = dv[done[row] % nd];
            lam[row] = c.lambdaMin();
            state[row] = c.state();
            stab[row] = c.stability();
            for (int mu = 0; mu < K; mu++) {
                m[mu][row] = c.m()[mu];
                n[mu][row] = c.n()[mu];
            }
        }
        Table t = Table.create("multitasking states K=" + K + " rho=" + rho, DoubleColumn.create("T", tc),
                DoubleColumn.create("d", dc), StringColumn.create("state", state), StringColumn.create("stability", stab),
                DoubleColumn.create("lambda_min", lam));
        for (int mu = 0; mu < K; mu++) t.addColumns(DoubleColumn.create("m" + (mu + 1), m[mu]));
        for (int mu = 0; mu < K; mu++) t.addColumns(DoubleColumn.create("n" + (mu + 1), n[mu]));
        return t;
    }

    /** One solved (T, d) point of {@link #states}, as plain values so that it can come back from a cluster. */
    private record Cell(double lambdaMin, String state, String stability, double[] m, double[] n) implements java.io.Serializable {}

    /**
     * Critical dilutions against temperature (figure R5): T, d_E = 1 - T, d_2, and for K &gt;= 3 d_3 and
     * d_12, d_P and the Landau point d*(rho). NaN where a boundary does not exist (below d_E). At
     * T = 0 and rho = 0 the boundaries are not defined (no Hessian): that row holds NaN.
     */
    public static Table boundaries(int K, double rho, double[] Ts) {
        Check.inRange("K", K, 2, PatternColumns.MAX_K);
        Check.nonNegative("rho", rho);
        int r = Ts.length;
        for (double T : Ts) Check.nonNegative("T", T);
        double[] tv = Ts.clone();
        // one point per temperature: {d_E, d_2, d_3, d_12, d_P}
        return Sweep.over(r, i -> {
            double T = tv[i];
            double dE = PhaseBoundaries.ergodicDilution(T);
            if (T == 0 && rho == 0) return new double[] {dE, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
            PhaseBoundaries pb = PhaseBoundaries.of(K, T == 0 ? Double.POSITIVE_INFINITY : 1 / T, rho);
            return new double[] {dE, pb.d2(), K >= 3 ? pb.d3() : Double.NaN, K >= 3 ? pb.d12() : Double.NaN, pb.dP()};
        }).named("multitasking boundaries K=" + K + ", " + r + " temperatures").runTable((done, rows) -> boundariesTable(K, rho, tv, done, rows),
                failed -> nanArray(5));
    }

    /** The table of the temperatures {@code done} (all, or those finished before an interruption). */
    private static Table boundariesTable(int K, double rho, double[] tv, int[] done, List<double[]> rows) {
        int r = done.length;
        double[] ts = new double[r], dE = new double[r], d2 = new double[r], d3 = new double[r], d12 = new double[r], dP = new double[r];
        for (int i = 0; i < r; i++) {
            double[] x = rows.get(i);
            ts[i] = tv[done[i]];
            dE[i] = x[0];
            d2[i] = x[1];
            d3[i] = x[2];
            d12[i] = x[3];
            dP[i] = x[4];
        }
        double[] star = new double[r];
        java.util.Arrays.fill(star, PhaseBoundaries.landauDilution(rho));
        Table t = Table.create("multitasking boundaries K=" + K + " rho=" + rho, DoubleColumn.create("T", ts),
                DoubleColumn.create("d_E", dE), DoubleColumn.create("d_2", d2));
        if (K >= 3) t.addColumns(DoubleColumn.create("d_3", d3), DoubleColumn.create("d_12", d12));
        t.addColumns(DoubleColumn.create("d_P", dP), DoubleColumn.create("d_star", star));
        return t;
    }

    /**
     * d_P (and d_12 for K &gt;= 3) against rho at temperature T (figure R6), with the Landau point
     * d*(rho) and, for K = 2 at T = 0, the closed form of docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13. The same for supervised and
     * unsupervised learning (docs/multitasking.md#eq-multitasking-2).
     */
    public static Table parallelDilutionVersusRho(int K, double T, double[] rhos) {
        Check.inRange("K", K, 2, PatternColumns.MAX_K);
        Check.nonNegative("T", T);
        int r = rhos.length;
        for (double rho : rhos) Check.nonNegative("rho", rho);
        double[] rv = rhos.clone();
        // one point per rho: {d_P, d_12, d*, closed form}
        return Sweep.over(r, i -> {
            double rho = rv[i];
            double star = PhaseBoundaries.landauDilution(rho);
            double closed = K == 2 && T == 0 ? PhaseBoundaries.parallelDilutionK2ZeroT(rho) : Double.NaN;
            if (T == 0 && rho == 0) return new double[] {Double.NaN, Double.NaN, star, closed};
            PhaseBoundaries pb = PhaseBoundaries.of(K, T == 0 ? Double.POSITIVE_INFINITY : 1 / T, rho);
            return new double[] {pb.dP(), K >= 3 ? pb.d12() : Double.NaN, star, closed};
        }).named("multitasking d_P vs rho K=" + K + ", " + r + " points").runTable((done, rows) -> rhoTable(K, T, rv, done, rows), failed -> nanArray(4));
    }

    /** The table of the rhos {@code done} (all, or those finished before an interruption). */
    private static Table rhoTable(int K, double T, double[] rv, int[] done, List<double[]> rows) {
        int r = done.length;
        double[] rhos = new double[r], dP = new double[r], d12 = new double[r], star = new double[r], closed = new double[r];
        for (int i = 0; i < r; i++) {
            double[] x = rows.get(i);
            rhos[i] = rv[done[i]];
            dP[i] = x[0];
            d12[i] = x[1];
            star[i] = x[2];
            closed[i] = x[3];
        }
        Table t = Table.create("multitasking d_P vs rho K=" + K + " T=" + T, DoubleColumn.create("rho", rhos),
                DoubleColumn.create("d_P", dP));
        if (K >= 3) t.addColumns(DoubleColumn.create("d_12", d12));
        t.addColumns(DoubleColumn.create("d_star", star));
        if (K == 2 && T == 0) t.addColumns(DoubleColumn.create("d_P_closed_form", closed));
        return t;
    }
}
