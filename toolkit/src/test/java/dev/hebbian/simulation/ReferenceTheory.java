package dev.hebbian.simulation;

import dev.hebbian.numerics.FixedPoint;
import dev.hebbian.numerics.Gauss;

/**
 * TEST-ONLY reference solver of the RS self-consistency equations used as oracles by the Monte
 * Carlo tests (CONVENTIONS.md; supervised spec E14-E15). It is deliberately small and independent of
 * the toolkit's theory package (written by another helper); point these tests at dev.hebbian.theory
 * once it exists.
 */
final class ReferenceTheory {
    private ReferenceTheory() {}

    private static final Gauss G = Gauss.standard();

    /** AGS (P = 2) retrieval state at load alpha, inverse temperature beta: {m, q}. */
    static double[] ags(double alpha, double beta) {
        FixedPoint.Result r = FixedPoint.of(x -> {
            double m = x[0], q = x[1];
            double C = beta * (1 - q);
            double rr = q / ((1 - C) * (1 - C));
            double s = Math.sqrt(alpha * rr);
            double nm = G.expect(z -> Math.tanh(beta * (m + s * z)));
            double nq = G.expect(z -> {
                double t = Math.tanh(beta * (m + s * z));
                return t * t;
            });
            return new double[] {nm, nq};
        }).damping(0.5).tolerance(1e-12).bounds(new double[] {0, 0}, new double[] {1, 1 - 1e-15})
                .named("AGS").solve(1, 1);
        return r.x();
    }

    /** Canonical dense RS retrieval (P > 2): g = beta (P/2) m^(P-1) + z beta sqrt(alpha (P/2) q^(P-1)); {m, q}. */
    static double[] denseRS(int P, double alpha, double beta) {
        FixedPoint.Result r = FixedPoint.of(x -> {
            double m = x[0], q = x[1];
            double a = beta * 0.5 * P * Math.pow(m, P - 1);
            double s = beta * Math.sqrt(alpha * 0.5 * P * Math.pow(q, P - 1));
            double nm = G.expect(z -> Math.tanh(a + s * z));
            double nq = G.expect(z -> {
                double t = Math.tanh(a + s * z);
                return t * t;
            });
            return new double[] {nm, nq};
        }).damping(0.5).tolerance(1e-12).bounds(new double[] {0, 0}, new double[] {1, 1})
                .named("dense RS").solve(1, 1);
        return r.x();
    }

    /**
     * Low-load supervised retrieval with the exact binomial law of chi-hat (supervised spec E3, E14, E15):
     * y = E[u tanh g], m = E tanh g, q = E tanh^2 g, g = beta (P/2) y^(P-1) u, u = chi-hat / sqrt(R). Returns {y, m, q}.
     */
    static double[] supervisedLowLoad(int P, double beta, double r, int M) {
        double p = (1 + r) / 2;
        double R = r * r + (1 - r * r) / M;
        double[] u = new double[M + 1];
        double[] w = new double[M + 1];
        for (int k = 0; k <= M; k++) {
            u[k] = ((2.0 * k - M) / M) / Math.sqrt(R);
            double logw = logChoose(M, k) + (k == 0 ? 0 : k * Math.log(p)) + (M - k == 0 ? 0 : (M - k) * Math.log(1 - p));
            w[k] = (p == 1 && k != M) ? 0 : Math.exp(logw);
        }
        FixedPoint.Result res = FixedPoint.of(x -> {
            double y = x[0], s = 0;
            for (int k = 0; k <= M; k++) s += w[k] * u[k] * Math.tanh(beta * 0.5 * P * Math.pow(y, P - 1) * u[k]);
            return new double[] {s};
        }).damping(0.5).tolerance(1e-13).named("supervised low load").solve(1.0 / Math.sqrt(1 + (1 - r * r) / (M * r * r)));
        double y = res.x(0), m = 0, q = 0;
        for (int k = 0; k <= M; k++) {
            double t = Math.tanh(beta * 0.5 * P * Math.pow(y, P - 1) * u[k]);
            m += w[k] * t;
            q += w[k] * t * t;
        }
        return new double[] {y, m, q};
    }

    private static double logChoose(int n, int k) {
        return org.hipparchus.special.Gamma.logGamma(n + 1) - org.hipparchus.special.Gamma.logGamma(k + 1)
                - org.hipparchus.special.Gamma.logGamma(n - k + 1);
    }
}
