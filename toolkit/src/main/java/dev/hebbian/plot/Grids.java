package dev.hebbian.plot;

import java.util.List;

/** Grids of abscissae and small array helpers for figures. */
public final class Grids {
    private Grids() {}

    /** n points evenly spaced from lo to hi, both included (n = 1: just lo). */
    public static double[] range(double lo, double hi, int n) {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
        if (n > 1) g[n - 1] = hi;
        return g;
    }

    /** n points evenly spaced in log from lo to hi, both included (lo, hi > 0). */
    public static double[] logGrid(double lo, double hi, int n) {
        if (!(lo > 0 && hi > 0)) throw new IllegalArgumentException("logGrid needs lo, hi > 0, got " + lo + ", " + hi);
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = n == 1 ? lo : lo * Math.pow(hi / lo, (double) i / (n - 1));
        if (n > 1) g[n - 1] = hi;
        return g;
    }

    /** Column k of a list of rows (NaN where a row is shorter). */
    public static double[] column(List<double[]> rows, int k) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = k < rows.get(i).length ? rows.get(i)[k] : Double.NaN;
        return out;
    }
}
