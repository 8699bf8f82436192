package dev.hebbian.theory.multitasking;

import java.util.Arrays;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.Erf;

/**
 * The one-dimensional integrals of one pattern column (arXiv:2308.04106;
 * docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4, #eq-multitasking-5): with h = a + s W, W ~ N(0,1),
 * T0 = E tanh(beta h), G_k = E[W^k beta sech^2(beta h)] (k = 0, 1, 2), L = E ln cosh(beta h) / beta
 * and Q = E tanh^2(beta h). At beta = infinity the closed forms of docs/multitasking.md#eq-multitasking-5 are used (L becomes
 * E|h|, with sgn(0) = 0).
 *
 * <p>Quadrature at finite beta: composite 10-point Gauss-Legendre on W in [-9, 9], with break points
 * every 0.5 and, around the kink W0 = -a/s, at W0 +- c/(beta s) for c = 0, 1/4, ..., 32. This resolves
 * tanh at any beta (docs/multitasking.md#eq-multitasking-5: plain Gauss-Hermite fails at low T) with errors far
 * below 1e-10.
 */
final class ColumnIntegrals {
    private ColumnIntegrals() {}

    static final int T0 = 0, G0 = 1, G1 = 2, G2 = 3, L = 4, Q = 5;
    private static final double W_MAX = 9.0;
    private static final double[] GL_X, GL_W;
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double[] KINK = {0.25, 0.5, 1, 2, 4, 8, 16, 32};

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(10, -1, 1);
        GL_X = new double[rule.getNumberOfPoints()];
        GL_W = new double[rule.getNumberOfPoints()];
        for (int i = 0; i < GL_X.length; i++) {
            GL_X[i] = rule.getPoint(i);
            GL_W[i] = rule.getWeight(i);
        }
    }

    /** Fills out[0..5] = T0, G0, G1, G2, L, Q for h ~ N(a, s^2); tie = |a| below which a counts as 0 when s = 0. */
    static void compute(double a, double s, double beta, double tie, double[] out) {
        if (s == 0) {
            pointMass(a, beta, tie, out);
        } else if (Double.isInfinite(beta)) {
            zeroTemperature(a, s, out);
        } else {
            quadrature(a, s, beta, out);
        }
    }

    private static void pointMass(double a, double beta, double tie, double[] out) {
        if (Double.isInfinite(beta)) {
            boolean zero = Math.abs(a) <= tie;
            double sg = zero ? 0 : Math.signum(a);
            out[T0] = sg;
            // beta sech^2(beta a) -> 2 delta(a): infinite on an exact tie, 0 otherwise
            out[G0] = zero ? Double.POSITIVE_INFINITY : 0;
            out[G1] = 0;
            out[G2] = out[G0];
            out[L] = Math.abs(a);
            out[Q] = zero ? 0 : 1;
        } else {
            double x = beta * a;
            double e = Math.exp(-2 * Math.abs(x));
            double t = Math.signum(x) * (1 - e) / (1 + e);
            double sech2 = 4 * e / ((1 + e) * (1 + e));
            out[T0] = t;
            out[G0] = beta * sech2;
            out[G1] = 0;
            out[G2] = beta * sech2;
            out[L] = (Math.abs(x) + Math.log1p(e) - Math.log(2)) / beta;
            out[Q] = t * t;
        }
    }

    private static void zeroTemperature(double a, double s, double[] out) {
        double u = a / s;
        double phi = Math.exp(-0.5 * u * u) * INV_SQRT_2PI;
        double erf = Erf.erf(u / Math.sqrt(2));
        out[T0] = erf;
        out[G0] = 2 * phi / s;
        out[G1] = -u * out[G0];
        out[G2] = u * u * out[G0];
        out[L] = a * erf + 2 * s * phi; // E|N(a, s^2)|
        out[Q] = 1;
    }

    private static void quadrature(double a, double s, double beta, double[] out) {
        double w0 = -a / s, scale = 1 / (beta * s);
        double[] br = new double[37 + 2 * KINK.length + 1];
        int nb = 0;
        for (int i = 0; i <= 36; i++) br[nb++] = -W_MAX + 0.5 * i;
        if (w0 > -W_MAX && w0 < W_MAX) br[nb++] = w0;
        for (double c : KINK) {
            double lo = w0 - c * scale, hi = w0 + c * scale;
            if (lo > -W_MAX && lo < W_MAX) br[nb++] = lo;
            if (hi > -W_MAX && hi < W_MAX) br[nb++] = hi;
        }
        Arrays.sort(br, 0, nb);
        double t0 = 0, g0 = 0, g1 = 0, g2 = 0, lc = 0, q = 0;
        double bs = beta * s;
        for (int p = 0; p + 1 < nb; p++) {
            double lo = br[p], hi = br[p + 1];
            if (hi - lo <= 1e-14) continue;
            double mid = 0.5 * (lo + hi), half = 0.5 * (hi - lo);
            for (int k = 0; k < GL_X.length; k++) {
                double w = mid + half * GL_X[k];
                double wt = half * GL_W[k] * Math.exp(-0.5 * w * w) * INV_SQRT_2PI;
                double x = bs * (w - w0); // = beta (a + s w)
                double ax = Math.abs(x);
                double e = Math.exp(-2 * ax);
                double t = Math.signum(x) * (1 - e) / (1 + e);
                double sech2 = 4 * e / ((1 + e) * (1 + e));
                t0 += wt * t;
                double g = wt * sech2;
                g0 += g;
                g1 += g * w;
                g2 += g * w * w;
                lc += wt * (ax + Math.log1p(e));
                q += wt * t * t;
            }
        }
        out[T0] = t0;
        out[G0] = beta * g0;
        out[G1] = beta * g1;
        out[G2] = beta * g2;
        out[L] = (lc - Math.log(2)) / beta;
        out[Q] = q;
    }
}
