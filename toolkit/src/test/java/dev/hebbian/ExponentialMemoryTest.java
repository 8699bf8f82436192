package dev.hebbian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.simulation.exponential.Enumeration;
import dev.hebbian.simulation.exponential.EnumerationResult;
import dev.hebbian.theory.exponential.BinaryThresholds;
import dev.hebbian.theory.exponential.ExponentialCapacity;

/**
 * The fluent entry of the binary exponential memory, {@code DenseHebbian.exponential()}: it validates its input with
 * the parameter, value and range, hands the same numbers as the theory and simulation classes it joins, and T = 1/beta.
 */
class ExponentialMemoryTest {

    @Test
    void badInputsNameTheParameterTheValueAndTheRange() {
        assertThatThrownBy(() -> DenseHebbian.exponential().temperature(-1)).hasMessageContaining("T = -1.0").hasMessageContaining(">= 0");
        assertThatThrownBy(() -> DenseHebbian.exponential().alpha(0)).hasMessageContaining("alpha = 0.0");
        assertThatThrownBy(() -> DenseHebbian.exponential().n(25)).hasMessageContaining("N = 25").hasMessageContaining("[1, 24]");
        assertThatThrownBy(() -> DenseHebbian.exponential().rho(0.6)).hasMessageContaining("rho = 0.6");
        assertThatThrownBy(() -> DenseHebbian.exponential().enumerate()).hasMessageContaining("alpha = NaN");
        assertThatThrownBy(() -> DenseHebbian.exponential().nLarge(100).alpha(0.2).enumerate()).hasMessageContaining("N = 100")
                .hasMessageContaining("[1, 24]");
        assertThatThrownBy(() -> DenseHebbian.exponential().alpha(0.2).temperature(0).monteCarlo()).hasMessageContaining("beta = Infinity");
        assertThatThrownBy(() -> ExponentialCapacity.of(-0.1, 1, 0)).hasMessageContaining("alpha = -0.1");
    }

    @Test
    void capacityAndEnumerationAreTheTheoryAndSimulationNumbers() {
        ExponentialCapacity c = DenseHebbian.exponential().alpha(0.3).beta(1).rho(0.1).capacity();
        assertThat(c).isEqualTo(ExponentialCapacity.of(0.3, 1, 0.1));
        assertThat(c.thresholds().alphaOneStep()).isEqualTo(BinaryThresholds.oneStep(1, 0.1));
        assertThat(c.typicalRetrieved()).isTrue();
        assertThat(c.oneStepMargin()).isCloseTo(0.8 - BinaryThresholds.crosstalkExponent(0.3, 1), within(1e-15));
        assertThat(DenseHebbian.exponential().temperature(0).beta()).isInfinite();
        assertThat(DenseHebbian.exponential().temperature(0.5).beta()).isEqualTo(2);

        EnumerationResult viaEntry = DenseHebbian.exponential().n(10).alpha(0.25).beta(1).rho(0.1).samples(3).seed(5).threads(1).enumerate();
        EnumerationResult direct = Enumeration.run(10, 0.25, 1, 0.1, 3, 5, 1);
        assertThat(viaEntry).isEqualTo(direct);
        assertThat(DenseHebbian.exponential().n(10).alpha(0.25).k()).isEqualTo(direct.k());
    }
}
