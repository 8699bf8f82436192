package dev.hebbian.experiment;

import dev.hebbian.Check;

/**
 * Finite-size extrapolation of a Monte Carlo observable: the straight line y = y_inf + b / N fitted to
 * estimates y(N) +- err(N) by weighted least squares (weights 1 / err^2), so that y_inf, the value at
 * 1/N = 0, can be set against the N -&gt; infinity theory. The standard errors come from the weights
 * (not rescaled by chi^2); {@link #chi2PerDof()} says whether the line describes the points (about 1)
 * or not (much larger: higher orders in 1/N, or a state the finite chains leave).
 *
 * <pre>{@code
 * FiniteSizeFit f = FiniteSizeFit.of(new int[] {40, 60, 100, 160}, m, mErr);
 * f.intercept(); f.interceptStdErr();     // m at 1/N = 0
 * }</pre>
 *
 * @param intercept       y_inf, the fitted value at 1/N = 0
 * @param interceptStdErr its standard error
 * @param slope           b, the coefficient of 1/N
 * @param slopeStdErr     its standard error
 * @param chi2PerDof      chi^2 / (n - 2) of the fit (NaN for two points)
 */
public record FiniteSizeFit(double intercept, double interceptStdErr, double slope, double slopeStdErr, double chi2PerDof) {

    /**
     * Fit y = y_inf + b / N. N: sizes (&gt;= 1, at least two distinct); y: estimates (finite); err: their
     * standard errors (&gt; 0; an error below {@code floor} is raised to it, so that one lucky tiny
     * error bar does not fix the line alone).
     */
    public static FiniteSizeFit of(int[] N, double[] y, double[] err, double floor) {
        if (N.length != y.length || N.length != err.length)
            throw new IllegalArgumentException("N, y and err differ in length: " + N.length + ", " + y.length + ", " + err.length);
        Check.positive("floor", floor);
        int n = N.length;
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            Check.atLeast("N[" + i + "]", N[i], 1);
            Check.finite("y[" + i + "]", y[i]);
            if (!(err[i] >= 0)) throw new Check.InvalidParameterException("err[" + i + "]", err[i], ">= 0");
            double e = Math.max(err[i], floor), w = 1 / (e * e), x = 1.0 / N[i];
            sw += w;
            sx += w * x;
            sy += w * y[i];
            sxx += w * x * x;
            sxy += w * x * y[i];
        }
        double det = sw * sxx - sx * sx;
        if (!(det > 1e-15 * sw * sxx))
            throw new IllegalArgumentException("N: need at least two distinct sizes, got " + java.util.Arrays.toString(N));
        double b = (sw * sxy - sx * sy) / det, a = (sxx * sy - sx * sxy) / det;
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.max(err[i], floor), r = (y[i] - a - b / N[i]) / e;
            chi2 += r * r;
        }
        return new FiniteSizeFit(a, Math.sqrt(sxx / det), b, Math.sqrt(sw / det), n > 2 ? chi2 / (n - 2) : Double.NaN);
    }

    /** As {@link #of(int[], double[], double[], double)} with the error floor 1e-4. */
    public static FiniteSizeFit of(int[] N, double[] y, double[] err) {
        return of(N, y, err, 1e-4);
    }

    /** The fitted line at size N. */
    public double at(double N) {
        return intercept + slope / N;
    }
}
