package dev.hebbian.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Gauss-Hermite rule against Gaussian moments (closed forms). */
class HighOrderGaussTest {
    @Test
    void reproducesGaussianMoments() {
        for (int n : new int[] {1, 2, 5, 64, 301, 400, 801, 1000}) {
            Gauss g = Gauss.order(n);
            assertThat(g.expect(z -> 1)).isCloseTo(1, within(1e-13));
            assertThat(g.expect(z -> z)).isCloseTo(0, within(1e-13));
            if (n >= 2) assertThat(g.expect(z -> z * z)).isCloseTo(1, within(1e-12));
            if (n >= 3) assertThat(g.expect(z -> z * z * z * z)).isCloseTo(3, within(1e-11));
        }
        assertThat(Gauss.order(301).expect(Math::cos)).isCloseTo(Math.exp(-0.5), within(1e-14));
        assertThat(Gauss.order(301).expect(z -> Math.exp(0.7 * z))).isCloseTo(Math.exp(0.245), within(1e-12));
    }
}
