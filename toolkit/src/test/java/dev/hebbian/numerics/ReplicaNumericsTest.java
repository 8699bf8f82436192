package dev.hebbian.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Quadrature rules and log-domain functions used by the replica engine (docs/numerics.md#quadrature; docs/storage.md#eq-storage-14). */
class ReplicaNumericsTest {
    @ParameterizedTest
    @ValueSource(ints = {8, 20, 64, 96, 128, 200, 256, 400})
    void gaussHermiteRulesIntegrateGaussianMomentsExactly(int n) {
        Gauss g = Gauss.order(n);
        assertThat(g.expect(z -> 1)).isCloseTo(1, within(1e-13));
        assertThat(g.expect(z -> z * z)).isCloseTo(1, within(1e-13));
        assertThat(g.expect(z -> z * z * z * z)).isCloseTo(3, within(1e-12));
        assertThat(g.expect(z -> z)).isCloseTo(0, within(1e-13));
        // E cos z = e^{-1/2}
        assertThat(g.expect(Math::cos)).isCloseTo(Math.exp(-0.5), within(n >= 20 ? 1e-13 : 1e-6));
        for (int k = 1; k < g.size(); k++) assertThat(g.node(k)).isGreaterThan(g.node(k - 1));
    }

    @Test
    void kinkedRuleIntegratesAKinkAccurately() {
        // E|h + s z| = h erf(h/(s sqrt2)) + s sqrt(2/pi) exp(-h^2/(2 s^2))
        double h = 1.7, s = 0.8;
        double exact = h * Erf.erf(h / (s * Math.sqrt(2))) + s * Math.sqrt(2 / Math.PI) * Math.exp(-h * h / (2 * s * s));
        Gauss k = Gauss.kinked(-h / s, 1e-3);
        assertThat(k.expect(z -> Math.abs(h + s * z))).isCloseTo(exact, within(1e-12));
        assertThat(k.expect(z -> 1)).isCloseTo(1, within(1e-13));
    }

    @Test
    void logNormalCdfIsAccurateEverywhere() {
        for (double x : new double[] {-4.9, -2, 0, 1.5, 4.9}) {
            assertThat(LogMath.logNormalCdf(x)).isCloseTo(Math.log(0.5 * Erf.erfc(-x / Math.sqrt(2))), within(1e-13));
        }
        // continuity across the switch at -5 and the Mills-ratio asymptotics far out
        assertThat(LogMath.logNormalCdf(-5 - 1e-12)).isCloseTo(LogMath.logNormalCdf(-5 + 1e-12), within(1e-10));
        double x = -40;
        double asym = -x * x / 2 - Math.log(-x) - 0.5 * Math.log(2 * Math.PI) + Math.log1p(-1 / (x * x) + 3 / Math.pow(x, 4) - 15 / Math.pow(x, 6) + 105 / Math.pow(x, 8));
        assertThat(LogMath.logNormalCdf(x)).isCloseTo(asym, within(1e-12));
        assertThat(LogMath.logNormalCdf(8)).isCloseTo(-0.5 * Erf.erfc(8 / Math.sqrt(2)), within(1e-18));
    }
}
