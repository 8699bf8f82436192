package dev.hebbian.simulation.modern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.hebbian.theory.modern.ExponentialThresholds;
import dev.hebbian.theory.modern.Patterns.Ensemble;

/**
 * The exponential-load thresholds against Monte Carlo at small d with K = exp(alpha d)
 * (docs/modern-hopfield.md#eq-mh-13). The tolerance is the finite-size one: at 0.8 of the threshold the
 * network must retrieve, at 1.2 of it it must fail, so a threshold wrong by 20% fails the test.
 * lambda = 0.4 lies below condensation at alpha_1, where the REM free entropy has only O(1/d)
 * corrections (above condensation the finite-K maximum of the overlaps is O(log d / d) below its limit,
 * a larger finite-size shift shown in the notebook).
 */
class ExponentialLoadTest {
    @Test
    void typicalThresholdGaussianAndSphericalWithin20Percent() {
        double lambda = 0.4;
        for (Ensemble e : Ensemble.values()) {
            double a1 = ExponentialThresholds.alpha1(e, lambda).alpha();
            ExponentialLoad.Result below = ExponentialLoad.typical(e, 20, 0.8 * a1, lambda, 1, 60, 1);
            ExponentialLoad.Result above = ExponentialLoad.typical(e, 20, 1.2 * a1, lambda, 1, 60, 2);
            // the margin lambda rho - phi has the sign of alpha_1 - alpha, and its large-d limit
            assertThat(below.margin()).as("%s below", e).isGreaterThan(2 * below.marginStdErr());
            assertThat(above.margin()).as("%s above", e).isLessThan(-2 * above.marginStdErr());
            double limitBelow = lambda - ExponentialThresholds.freeEntropy(e, 0.8 * a1, lambda, 1);
            assertThat(Math.abs(below.margin() - limitBelow)).isLessThan(4 * below.marginStdErr() + 0.02);
            assertThat(below.retrieved()).isGreaterThan(above.retrieved() + 0.3);
        }
    }

    @Test
    void basinThresholdFromOverlapRho() {
        // Gaussian, lambda = 0.3 < rho = 0.7: alpha_1 = lambda rho - lambda^2/2 = 0.165
        double a = ExponentialThresholds.alpha1(Ensemble.GAUSSIAN, 0.3, 0.7).alpha();
        assertThat(a).isBetween(0.1649, 0.1651);
        ExponentialLoad.Result below = ExponentialLoad.typical(Ensemble.GAUSSIAN, 30, 0.8 * a, 0.3, 0.7, 60, 3);
        ExponentialLoad.Result above = ExponentialLoad.typical(Ensemble.GAUSSIAN, 30, 1.2 * a, 0.3, 0.7, 60, 4);
        assertThat(below.margin()).isGreaterThan(2 * below.marginStdErr());
        assertThat(above.margin()).isLessThan(-2 * above.marginStdErr());
    }

    @Test
    void allPatternBoundGaussian() {
        // alpha_c is a first-moment bound: below it every pattern is retrieved, 20% above it at d = 40 almost never
        double lambda = 0.4, ac = ExponentialThresholds.alphaC(Ensemble.GAUSSIAN, lambda).alpha();
        double[] below = ExponentialLoad.allPatterns(Ensemble.GAUSSIAN, 40, 0.8 * ac, lambda, 20, 5);
        double[] above = ExponentialLoad.allPatterns(Ensemble.GAUSSIAN, 40, 1.2 * ac, lambda, 20, 5);
        assertThat(below[0]).isGreaterThanOrEqualTo(0.85);
        assertThat(above[0]).isLessThanOrEqualTo(0.3);
        // and alpha_1 is not the all-pattern threshold for Gaussian patterns: at 0.8 alpha_1 > alpha_c all-pattern retrieval fails
        double a1 = ExponentialThresholds.alpha1(Ensemble.GAUSSIAN, lambda).alpha();
        assertThat(ExponentialLoad.allPatterns(Ensemble.GAUSSIAN, 20, 0.8 * a1, lambda, 20, 6)[0]).isLessThanOrEqualTo(0.1);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ExponentialLoad.typical(Ensemble.GAUSSIAN, 1, 0.1, 1, 1, 1, 1)).hasMessage("d = 1 is out of range: must be >= 2");
        assertThatThrownBy(() -> ExponentialLoad.typical(Ensemble.GAUSSIAN, 10, 0.1, -1, 1, 1, 1)).hasMessageContaining("lambda = -1.0");
        assertThatThrownBy(() -> ExponentialLoad.typical(Ensemble.GAUSSIAN, 100, 1, 1, 1, 1, 1)).hasMessageContaining("alpha d = 100.0");
    }
}
