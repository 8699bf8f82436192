package dev.hebbian.numerics;

/** Overflow-safe elementary functions (arXiv:2111.12997; docs/storage.md#eq-storage-14). */
public final class LogMath {
    private LogMath() {}

    private static final double LN2 = Math.log(2.0);

    /** ln cosh x = |x| + log1p(exp(-2|x|)) - ln 2, exact for any finite x. */
    public static double logCosh(double x) {
        double a = Math.abs(x);
        return a + Math.log1p(Math.exp(-2 * a)) - LN2;
    }

    /** ln(exp(a) + exp(b)) without overflow. */
    public static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) return b;
        if (b == Double.NEGATIVE_INFINITY) return a;
        double m = Math.max(a, b);
        return m + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    /** ln sum_k exp(x_k) without overflow. */
    public static double logSumExp(double[] x, int n) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) m = Math.max(m, x[k]);
        if (m == Double.NEGATIVE_INFINITY) return m;
        double s = 0;
        for (int k = 0; k < n; k++) s += Math.exp(x[k] - m);
        return m + Math.log(s);
    }

    /** sech^2 x = 1 - tanh^2 x, accurate for large |x|. */
    public static double sech2(double x) {
        double a = Math.abs(x);
        if (a < 20) {
            double t = Math.tanh(a);
            return (1 - t) * (1 + t);
        }
        return 4 * Math.exp(-2 * a);
    }

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /** ln phi(x), the log of the standard normal density. */
    public static double logNormalPdf(double x) {
        return -0.5 * x * x - LOG_SQRT_2PI;
    }

    /**
     * ln Phi(x), the log of the standard normal CDF, accurate for every x (docs/storage.md#eq-storage-14): erfc in
     * the bulk, the Mills-ratio continued fraction for x &lt; -5, log1p for x &gt; 5.
     */
    public static double logNormalCdf(double x) {
        if (x > 5) return Math.log1p(-0.5 * org.hipparchus.special.Erf.erfc(x / Math.sqrt(2)));
        if (x > -5) return Math.log(0.5 * org.hipparchus.special.Erf.erfc(-x / Math.sqrt(2)));
        double t = -x;
        double f = t;
        for (int k = 80; k >= 1; k--) f = t + k / f;
        return logNormalPdf(x) - Math.log(f);
    }
}
