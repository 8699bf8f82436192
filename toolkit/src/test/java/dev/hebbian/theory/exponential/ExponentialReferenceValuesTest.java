package dev.hebbian.theory.exponential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The table docs/exponential-memory.md#reference-values, to its printed digits. */
class ExponentialReferenceValuesTest {
    @Test
    void referenceValues() {
        assertThat(BinaryThresholds.allPatterns(1, 0)).isCloseTo(0.346574, within(1e-6));
        assertThat(BinaryThresholds.oneStep(1, 0)).isCloseTo(0.674997, within(1e-6));
        assertThat(BinaryThresholds.oneStep(1, 0.1)).isCloseTo(0.368064, within(1e-6));
        assertThat(BinaryThresholds.oneStep(0.5, 0)).isCloseTo(0.566219, within(1e-6));
        assertThat(BinaryThresholds.softmax(1, 0)).isCloseTo(0.566219, within(1e-6));
        assertThat(BinaryThresholds.softmax(1, 0.1)).isCloseTo(0.366219, within(1e-6));
        assertThat(BinaryThresholds.equilibrium(1)).isCloseTo(0.327813, within(1e-6));
        assertThat(BinaryThresholds.oneStep(0.2, 0)).isCloseTo(0.322047, within(1e-6));
        assertThat(BinaryThresholds.allPatterns(0.2, 0)).isCloseTo(0.322047, within(1e-6));
        double inf = Double.POSITIVE_INFINITY;
        assertThat(BinaryThresholds.oneStep(inf, 0.2)).isCloseTo(0.192745, within(1e-6));
        assertThat(BinaryThresholds.softmax(inf, 0.2)).isCloseTo(0.192745, within(1e-6));
        assertThat(BinaryThresholds.equilibrium(inf)).isEqualTo(Math.log(2));
        assertThat(Bridge.patternsPerNpm1(2)).isCloseTo(0.1379, within(1e-4));
        assertThat(Bridge.patternsPerNpm1(4)).isCloseTo(0.03298, within(1e-5));
        assertThat(Bridge.patternsPerNpm1(6)).isCloseTo(0.001314, within(1e-6));
        assertThat(Bridge.crossover(4, Math.log(2) / 2)).isCloseTo(10.6, within(0.05));
    }
}
