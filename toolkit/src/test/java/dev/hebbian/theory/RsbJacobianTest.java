package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hebbian.numerics.Gauss;

/**
 * The analytic 1RSB Jacobian of {@link Functional#rsbEvalJacobian} (spec rsb-dense-networks.md
 * section 5.2) against central finite differences of {@link Functional#rsbEval}.
 */
class RsbJacobianTest {
    private static final Gauss G1 = Gauss.order(64), G2 = Gauss.order(48);

    @ParameterizedTest
    @CsvSource({
            // p, c, K, beta, m, q1, q2, theta: dense retrieval (no symmetry), dense and SK spin glass
            // (zero field: mirror-symmetric outer sum), a P = 6 retrieval point at small theta
            "4, 0.1, 4, 3.0, 0.9, 0.6, 0.9, 0.5",
            "4, 0.1, 4, 5.0, 0.0, 0.3, 0.95, 0.7",
            "2, 0.5, 0, 2.0, 0.0, 0.4, 0.8, 0.6",
            "6, 0.2, 6, 2.5, 0.8, 0.5, 0.97, 0.2",
            "2, 0.05, 2, 4.0, 0.3, 0.5, 0.9, 0.8"})
    void analyticJacobianMatchesFiniteDifferences(int p, double c, int k, double beta, double m, double q1, double q2,
                                                  double theta) {
        Functional f = new Functional(p, c, k);
        double[] x = {m, q1, q2, theta};
        double[] ej = f.rsbEvalJacobian(beta, m, q1, q2, theta, G1, G2);
        double[] e = f.rsbEval(beta, m, q1, q2, theta, G1, G2);
        for (int i = 0; i < 5; i++) assertThat(ej[i]).as("value %d", i).isCloseTo(e[i], within(1e-12));
        double h = 1e-5;
        for (int j = 0; j < 4; j++) {
            if (j == 0 && k == 0) continue; // no Mattis magnetisation: m is not a variable
            double[] xp = x.clone(), xm = x.clone();
            xp[j] += h;
            xm[j] -= h;
            double[] ep = f.rsbEval(beta, xp[0], xp[1], xp[2], xp[3], G1, G2);
            double[] em = f.rsbEval(beta, xm[0], xm[1], xm[2], xm[3], G1, G2);
            for (int i = 0; i < 4; i++) {
                double fd = (ep[1 + i] - em[1 + i]) / (2 * h);
                assertThat(ej[5 + 4 * i + j]).as("d out %d / d in %d", i, j).isCloseTo(fd, within(1e-6 * Math.max(1, Math.abs(fd))));
            }
        }
    }
}
