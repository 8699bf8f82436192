package dev.hebbian.theory.learning;

import dev.hebbian.numerics.Gauss;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.special.Erf;

import dev.hebbian.numerics.LogMath;

/**
 * Accurate Gaussian expectations of the RS integrands for g ~ N(mean, sd^2) at any width:
 * {E tanh g, E sech^2 g, E ln cosh g, E g^2 sech^2 g}. For sd <= 1 a Gauss-Hermite rule in z is exact
 * to round-off; for wider laws (low temperature, strong noise: docs/learning.md#eq-learning-17 warns that quadrature
 * fails there) the step-like parts are integrated in closed form (E sign g = erf, E|g|) and only the
 * corrections localised near g = 0 (decaying as exp(-2|g|)) are integrated numerically, with a
 * Gauss-Legendre rule on each of [-36, 0] and [0, 36] against the Gaussian density.
 */
final class TanhGauss {
    private static final double L = 36, SQRT2 = Math.sqrt(2), LN2 = Math.log(2), INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final int NH = 250, NL = 2 * NH;
    private static final double[] X = new double[NL], W = new double[NL];

    static {
        // Golub-Welsch for Legendre: off-diagonal k / sqrt(4k^2 - 1), weights 2 v0^2; one rule on [-L, 0] and
        // one on [0, L], because the corrections have a jump (tanh - sign) or a kink (log1p(e^-2|g|)) at g = 0
        double[] d = new double[NH], e = new double[NH - 1];
        for (int k = 1; k < NH; k++) e[k - 1] = k / Math.sqrt(4.0 * k * k - 1);
        EigenDecompositionSymmetric ed = new EigenDecompositionSymmetric(d, e);
        for (int k = 0; k < NH; k++) {
            double v = ed.getEigenvector(k).getEntry(0), x = ed.getEigenvalue(k);
            X[k] = L / 2 * (x - 1);
            W[k] = L / 2 * 2 * v * v;
            X[NH + k] = L / 2 * (x + 1);
            W[NH + k] = W[k];
        }
    }

    private TanhGauss() {}

    /** {E tanh g, E sech^2 g, E ln cosh g, E g^2 sech^2 g} for g ~ N(mean, sd^2), with a Hermite rule for narrow laws. */
    static double[] moments(double mean, double sd, Gauss rule) {
        if (sd == 0) {
            double s2 = LogMath.sech2(mean);
            return new double[] {Math.tanh(mean), s2, LogMath.logCosh(mean), mean * mean * s2};
        }
        if (sd <= 1) {
            double t = 0, s = 0, l = 0, gs = 0;
            for (int k = 0; k < rule.size(); k++) {
                double g = mean + sd * rule.node(k), w = rule.weight(k), s2 = LogMath.sech2(g);
                t += w * Math.tanh(g);
                s += w * s2;
                l += w * LogMath.logCosh(g);
                gs += w * g * g * s2;
            }
            return new double[] {t, s, l, gs};
        }
        double ct = 0, s = 0, cl = 0, gs = 0;
        for (int k = 0; k < NL; k++) {
            double g = X[k], z = (g - mean) / sd;
            double dens = W[k] * Math.exp(-0.5 * z * z) * INV_SQRT_2PI / sd;
            if (dens == 0) continue;
            double ex = Math.exp(-2 * Math.abs(g)), s2 = LogMath.sech2(g);
            ct += dens * (-Math.signum(g) * 2 * ex / (1 + ex));
            s += dens * s2;
            cl += dens * Math.log1p(ex);
            gs += dens * g * g * s2;
        }
        double eSign = Erf.erf(mean / (SQRT2 * sd));
        double eAbs = SignalLaw.absGauss(mean, sd);
        return new double[] {eSign + ct, s, eAbs - LN2 + cl, gs};
    }
}
