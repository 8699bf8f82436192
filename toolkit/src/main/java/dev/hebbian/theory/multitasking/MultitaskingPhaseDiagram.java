package dev.hebbian.theory.multitasking;

import dev.hebbian.Check;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Sweeps of the multitasking theory as Tablesaw tables (arXiv:2308.04106;
 * docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13, #eq-multitasking-9, figures R4-R6, R10): the (d, T) map of states along the branch seeded by the
 * hierarchical state, the critical dilutions against T, and d_P against rho. Gaussian law throughout.
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
        int rows = ds.length * Ts.length;
        double[] tc = new double[rows], dc = new double[rows], lam = new double[rows];
        double[][] m = new double[K][rows], n = new double[K][rows];
        String[] state = new String[rows], stab = new String[rows];
        int row = 0;
        for (double T : Ts) {
            Check.nonNegative("T", T);
            double beta = T == 0 ? Double.POSITIVE_INFINITY : 1 / T;
            for (double d : ds) {
                MultitaskingSolution s = SelfConsistency.of(K, d, beta, ChiLaw.gaussian(rho)).allowUnconverged(true)
                        .solve(MultitaskingState.HIERARCHICAL);
                tc[row] = T;
                dc[row] = d;
                lam[row] = s.lambdaMin();
                state[row] = s.state().name();
                stab[row] = s.stability().name();
                for (int mu = 0; mu < K; mu++) {
                    m[mu][row] = s.m(mu);
                    n[mu][row] = s.n(mu);
                }
                row++;
            }
        }
        Table t = Table.create("multitasking states K=" + K + " rho=" + rho, DoubleColumn.create("T", tc),
                DoubleColumn.create("d", dc), StringColumn.create("state", state), StringColumn.create("stability", stab),
                DoubleColumn.create("lambda_min", lam));
        for (int mu = 0; mu < K; mu++) t.addColumns(DoubleColumn.create("m" + (mu + 1), m[mu]));
        for (int mu = 0; mu < K; mu++) t.addColumns(DoubleColumn.create("n" + (mu + 1), n[mu]));
        return t;
    }

    /**
     * Critical dilutions against temperature (figure R5): T, d_E = 1 - T, d_2, and for K &gt;= 3 d_3 and
     * d_12, d_P and the Landau point d*(rho). NaN where a boundary does not exist (below d_E). At
     * T = 0 and rho = 0 the boundaries are not defined (no Hessian): that row holds NaN.
     */
    public static Table boundaries(int K, double rho, double[] Ts) {
        Check.inRange("K", K, 2, PatternColumns.MAX_K);
        Check.nonNegative("rho", rho);
        int r = Ts.length;
        double[] dE = new double[r], d2 = new double[r], d3 = new double[r], d12 = new double[r], dP = new double[r];
        for (int i = 0; i < r; i++) {
            double T = Check.nonNegative("T", Ts[i]);
            dE[i] = PhaseBoundaries.ergodicDilution(T);
            if (T == 0 && rho == 0) {
                d2[i] = d3[i] = d12[i] = dP[i] = Double.NaN;
                continue;
            }
            PhaseBoundaries pb = PhaseBoundaries.of(K, T == 0 ? Double.POSITIVE_INFINITY : 1 / T, rho);
            d2[i] = pb.d2();
            d3[i] = K >= 3 ? pb.d3() : Double.NaN;
            d12[i] = K >= 3 ? pb.d12() : Double.NaN;
            dP[i] = pb.dP();
        }
        double[] star = new double[r];
        java.util.Arrays.fill(star, PhaseBoundaries.landauDilution(rho));
        Table t = Table.create("multitasking boundaries K=" + K + " rho=" + rho, DoubleColumn.create("T", Ts.clone()),
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
        double[] dP = new double[r], d12 = new double[r], star = new double[r], closed = new double[r];
        for (int i = 0; i < r; i++) {
            double rho = Check.nonNegative("rho", rhos[i]);
            star[i] = PhaseBoundaries.landauDilution(rho);
            closed[i] = K == 2 && T == 0 ? PhaseBoundaries.parallelDilutionK2ZeroT(rho) : Double.NaN;
            if (T == 0 && rho == 0) {
                dP[i] = d12[i] = Double.NaN;
                continue;
            }
            PhaseBoundaries pb = PhaseBoundaries.of(K, T == 0 ? Double.POSITIVE_INFINITY : 1 / T, rho);
            dP[i] = pb.dP();
            d12[i] = K >= 3 ? pb.d12() : Double.NaN;
        }
        Table t = Table.create("multitasking d_P vs rho K=" + K + " T=" + T, DoubleColumn.create("rho", rhos.clone()),
                DoubleColumn.create("d_P", dP));
        if (K >= 3) t.addColumns(DoubleColumn.create("d_12", d12));
        t.addColumns(DoubleColumn.create("d_star", star));
        if (K == 2 && T == 0) t.addColumns(DoubleColumn.create("d_P_closed_form", closed));
        return t;
    }
}
