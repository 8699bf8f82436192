package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScanBisectionTest {
    @Test
    void findsTheThresholdOfACondition() {
        double[] bracket = new double[2];
        double t = ScanBisection.highest(x -> x <= 0.3141, 0.01, 2, 16, 1e-9, bracket);
        assertThat(t).isCloseTo(0.3141, within(1e-9));
        assertThat(bracket[0]).isLessThanOrEqualTo(0.3141);
        assertThat(bracket[1]).isGreaterThan(0.3141);
        assertThat(bracket[1] - bracket[0]).isLessThanOrEqualTo(1e-9);
    }

    @Test
    void topAndNowhereAndTheLowEnd() {
        assertThat(ScanBisection.highest(x -> true, 0.01, 2, 16, 1e-9, null)).isEqualTo(2.0);
        assertThat(ScanBisection.highest(x -> false, 0.01, 2, 16, 1e-9, null)).isNaN();
        // holds only at the lower end of the scan: found there (the last scan point is lo itself)
        assertThat(ScanBisection.highest(x -> x <= 0.011, 0.01, 2, 16, 1e-6, null)).isCloseTo(0.011, within(1e-6));
        assertThatThrownBy(() -> ScanBisection.highest(x -> true, 2, 1, 16, 1e-9, null)).hasMessageContaining("lo < hi");
    }
}
