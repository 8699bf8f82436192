package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hebbian.DenseHebbian;
import dev.hebbian.numerics.Gauss;
import dev.hebbian.theory.storage.Hopfield;

/** The exact identities of arXiv:2111.12997; docs/storage.md#eq-storage-10, #eq-storage-19 (items 1-5). */
class IdentitiesTest {
    private static final Gauss G = Gauss.order(96), G1 = Gauss.order(64), G2 = Gauss.order(48);

    private static Functional dense(int p, double alpha) {
        return new Functional(p, alpha / 2, p);
    }

    @ParameterizedTest
    @CsvSource({"4, 0.1, 2.0, 0.6, 0.3, 0.8", "6, 0.3, 1.3, 0.9, 0.5, 0.95", "4, 0.05, 4.0, 0.2, 0.1, 0.7"})
    void oneStepRsbCollapsesToRs(int p, double alpha, double beta, double m, double q1, double q2) {
        Functional f = dense(p, alpha);
        // theta = 1: A_RS(q1), whatever q2
        assertThat(f.rsbPressure(beta, m, q1, q2, 1, G1, G2)).isCloseTo(f.rsPressure(beta, m, q1, G1), within(1e-11));
        assertThat(f.rsbPressure(beta, m, q1, 0.99, 1, G1, G2)).isCloseTo(f.rsPressure(beta, m, q1, G1), within(1e-11));
        // q1 = q2: A_RS for every theta
        for (double th : new double[] {0.1, 0.5, 0.9})
            assertThat(f.rsbPressure(beta, m, q2, q2, th, G1, G2)).isCloseTo(f.rsPressure(beta, m, q2, G1), within(1e-11));
        // theta -> 0: A_RS(q2), with an O(theta) correction
        double a0 = f.rsbPressure(beta, m, q1, q2, 1e-6, Gauss.order(128), Gauss.order(128));
        assertThat(a0).isCloseTo(f.rsPressure(beta, m, q2, Gauss.order(128)), within(1e-5));
    }

    @ParameterizedTest
    @CsvSource({"4, 0.1, 3.0, 0.7, 0.3, 0.8, 0.6", "6, 0.4, 1.5, 0.9, 0.0, 0.95, 0.4"})
    void denseAtZeroMagnetisationIsThePSpinGlassAtBetaSqrtAlpha(int p, double alpha, double beta, double q, double q1,
                                                               double q2, double theta) {
        Functional d = dense(p, alpha), ps = new Functional(p, 0.5, 0);
        double be = beta * Math.sqrt(alpha);
        assertThat(d.rsPressure(beta, 0, q, G)).isCloseTo(ps.rsPressure(be, 0, q, G), within(1e-12));
        assertThat(d.rsbPressure(beta, 0, q1, q2, theta, G1, G2)).isCloseTo(ps.rsbPressure(be, 0, q1, q2, theta, G1, G2),
                within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"4, 0.1, 2.0", "6, 0.7, 0.5", "10, 0.02, 9.0"})
    void annealedPressureAtZeroOverlaps(int p, double alpha, double beta) {
        double annealed = Math.log(2) + alpha * beta * beta / 4;
        assertThat(dense(p, alpha).rsPressure(beta, 0, 0, G)).isCloseTo(annealed, within(1e-13));
        assertThat(DenseHebbian.storage().p(p).alpha(alpha).beta(beta).solve(Branch.PARAMAGNET).pressure())
                .isCloseTo(annealed, within(1e-13));
        // item 4: m = 0, q1 = 0, theta = 1: annealed for every q2
        for (double q2 : new double[] {0.2, 0.6, 0.95})
            assertThat(dense(p, alpha).rsbPressure(beta, 0, 0, q2, 1, G1, G2)).isCloseTo(annealed, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0.05, 2.0, 0.8, 0.9", "0.1, 1.25, 0.0, 0.5", "0.12, 5.0, 0.95, 0.97"})
    void hopfieldIsHardPlusSoft(double alpha, double beta, double m, double q) {
        Hopfield h = Hopfield.of(alpha);
        double d = 1 - beta * (1 - q), b1 = beta * Math.sqrt(alpha) / d;
        double split = Hopfield.skPart(beta, m, q, b1, G) + alpha * Hopfield.softPart(beta, q) - beta * m * m / 2;
        assertThat(h.guerraPressure(beta, m, q, G)).isCloseTo(split, within(1e-12));
        // AGS = Guerra - alpha beta / 2
        assertThat(h.pressure(beta, m, q, G)).isCloseTo(h.guerraPressure(beta, m, q, G) - alpha * beta / 2, within(1e-14));
    }

    @Test
    void softPartIsTheGaussianSpinOneBodyTerm() {
        // -ln D/2 + beta q/(2D) = E_z ln int Dtau exp(sqrt(beta q) z tau + beta (1-q) tau^2 / 2), D = 1 - beta(1-q)
        double beta = 0.8, q = 0.4, d = 1 - beta * (1 - q);
        double direct = G.expect(z -> {
            double a = Math.sqrt(beta * q) * z, b = beta * (1 - q);
            return a * a / (2 * (1 - b)) - 0.5 * Math.log(1 - b);
        });
        assertThat(-0.5 * Math.log(d) + beta * q / (2 * d)).isCloseTo(direct, within(1e-13));
    }
}
