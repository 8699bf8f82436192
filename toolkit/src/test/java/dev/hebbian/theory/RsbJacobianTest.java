package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hebbian.numerics.Gauss;

/**
 * The analytic 1RSB Jacobian of {@link Functional#rsbEvalJacobian} (arXiv:2111.12997;
 * docs/storage.md#eq-storage-8, #eq-storage-9) against central finite differences of {@link Functional#rsbEval}.
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
            "2, 0.05, 2, 4.0, 0.3, 0.5, 0.9, 0.8",
            // low temperature: exp(-2|x|) computed directly (the factorised form could overflow)
            "4, 0.1, 4, 35.0, 1.0, 0.6, 0.9, 0.5"})
    void analyticJacobianMatchesFiniteDifferences(int p, double c, int k, double beta, double m, double q1, double q2,
                                                  double theta) {
        Functional f = new Functional(p, c, k);
        double[] x = {m, q1, q2, theta};
        double[] ej = f.rsbEvalJacobian(beta, m, q1, q2, theta, G1, G2);
        double[] e = f.rsbEval(beta, m, q1, q2, theta, G1, G2);
        for (int i = 0; i < 5; i++) assertThat(ej[i]).as("value %d", i).isCloseTo(e[i], within(1e-12));
        // five-point differences with a step large enough that the motion of the kink-adapted nodes (which follow
        // the parameters) stays below the tolerance
        double h = 1e-3;
        for (int j = 0; j < 4; j++) {
            if (j == 0 && k == 0) continue; // no Mattis magnetisation: m is not a variable
            double[][] ev = new double[4][];
            double[] steps = {2 * h, h, -h, -2 * h};
            for (int s = 0; s < 4; s++) {
                double[] xs = x.clone();
                xs[j] += steps[s];
                ev[s] = f.rsbEval(beta, xs[0], xs[1], xs[2], xs[3], G1, G2);
            }
            for (int i = 0; i < 4; i++) {
                double fd = (-ev[0][1 + i] + 8 * ev[1][1 + i] - 8 * ev[2][1 + i] + ev[3][1 + i]) / (12 * h);
                assertThat(ej[5 + 4 * i + j]).as("d out %d / d in %d", i, j).isCloseTo(fd, within(5e-6 * Math.max(1, Math.abs(fd))));
            }
        }
    }

    /**
     * The values of the single-pass evaluation against a naive transcription of docs/storage.md#eq-storage-10, #eq-storage-6, #eq-storage-7, #eq-storage-8, #eq-storage-9
     * (cosh^theta weights without log-domain tricks, dA/dtheta by central differences in theta).
     */
    @ParameterizedTest
    @CsvSource({"4, 0.1, 4, 3.0, 0.9, 0.6, 0.9, 0.5", "4, 0.1, 4, 5.0, 0.0, 0.3, 0.95, 0.7",
            "4, 0.1, 4, 35.0, 1.0, 0.6, 0.9, 0.5", "3, 0.5, 0, 2.0, 0.0, 0.4, 0.8, 0.6"})
    void valuesMatchANaiveNestedQuadrature(int p, double c, int k, double beta, double m, double q1, double q2,
                                           double theta) {
        Functional f = new Functional(p, c, k);
        double[] e = f.rsbEval(beta, m, q1, q2, theta, G1, G2);
        double[] n = naive(f, beta, m, q1, q2, theta);
        double h = 1e-5;
        double dTheta = (naive(f, beta, m, q1, q2, theta + h)[0] - naive(f, beta, m, q1, q2, theta - h)[0]) / (2 * h);
        double tol = 1e-9 * Math.max(1, Math.abs(n[0]));
        assertThat(e[0]).isCloseTo(n[0], within(tol));
        for (int i = 1; i < 4; i++) assertThat(e[i]).as("moment %d", i).isCloseTo(n[i], within(1e-9));
        assertThat(e[4]).isCloseTo(dTheta, within(1e-5 * Math.max(1, Math.abs(dTheta))));
    }

    private static double[] naive(Functional f, double beta, double m, double q1, double q2, double theta) {
        double h = f.field(m), s1 = Math.sqrt(f.xi1(q1)), s2 = Math.sqrt(f.xi1(q2) - f.xi1(q1));
        double sumL = 0, em = 0, eq1 = 0, eq2 = 0;
        // the same quadrature rules as the evaluation: kink-adapted where beta s is large (docs/numerics.md#quadrature)
        Gauss g1 = Functional.rule(G1, h, s1, Math.max(s2, 1 / beta));
        for (int a = 0; a < g1.size(); a++) {
            double u = h + s1 * g1.node(a);
            Gauss g2 = beta * s2 > 1 / Functional.KINK_WIDTH ? Gauss.kinked(-u / s2, 1 / (beta * s2)) : G2;
            double z = 0, t1 = 0, t2 = 0, big = beta * Math.abs(u); // cosh^theta / e^(theta big)
            for (int b = 0; b < g2.size(); b++) {
                double x = beta * (u + s2 * g2.node(b));
                double w = g2.weight(b) * Math.pow(0.5 * (Math.exp(x - big) + Math.exp(-x - big)), theta);
                z += w;
                t1 += w * Math.tanh(x);
                t2 += w * Math.tanh(x) * Math.tanh(x);
            }
            sumL += g1.weight(a) * (Math.log(z) + theta * big);
            em += g1.weight(a) * t1 / z;
            eq1 += g1.weight(a) * (t1 / z) * (t1 / z);
            eq2 += g1.weight(a) * t2 / z;
        }
        double a = Math.log(2) + sumL / theta + 0.5 * beta * beta * (f.xi(1) - f.xi(q2) - (1 - q2) * f.xi1(q2))
                - 0.5 * theta * beta * beta * (q2 * f.xi1(q2) - f.xi(q2) - q1 * f.xi1(q1) + f.xi(q1)) + beta * f.mattis(m);
        return new double[] {a, em, eq1, eq2};
    }
}
