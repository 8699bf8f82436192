package dev.hebbian.theory.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The high-load spin-glass state of the learning theory (docs/learning.md#eq-learning-16) is continuous into T = 0:
 * q rises monotonically to 1 with 1 - q = O(T), and f approaches the T = 0 energy. Failed while its Gaussian
 * expectations used plain Gauss-Hermite, which left q stuck near 0.928 below T ~ 0.04.
 */
class HighLoadSpinGlassLowTemperatureTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void qTendsToOneAndFToTheGroundState(int p) {
        double alpha = 0.1, phi = 1;
        LearningState zero = HighLoadTheory.spinGlass(p, Double.POSITIVE_INFINITY, alpha, phi);
        double previousQ = 0;
        for (double t : new double[] {0.08, 0.04, 0.02, 0.01, 0.005}) {
            LearningState s = HighLoadTheory.spinGlass(p, 1 / t, alpha, phi);
            assertThat(s).as("spin glass at T = %s", t).isNotNull();
            assertThat(s.converged()).isTrue();
            assertThat(s.q()).as("q at T = %s", t).isGreaterThan(previousQ);
            assertThat(1 - s.q()).as("1 - q at T = %s", t).isLessThan(3 * t);
            previousQ = s.q();
            if (t <= 0.01) assertThat(s.freeEnergy()).as("f at T = %s", t).isCloseTo(zero.freeEnergy(), within(5 * t));
        }
    }
}
