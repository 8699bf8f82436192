package dev.hebbian.theory.multitasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** arXiv:2308.04106; docs/multitasking.md#reference-values: exact and closed-form oracles. */
class ClosedFormsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void criticalDilutions() {
        assertThat(StoredNetwork.criticalDilution(2)).isEqualTo(1.0);
        assertThat(StoredNetwork.criticalDilution(3)).isCloseTo((Math.sqrt(5) - 1) / 2, within(1e-14));
        assertThat(StoredNetwork.criticalDilution(3)).isCloseTo(0.6180339887, within(1e-10));
        assertThat(StoredNetwork.criticalDilution(4)).isCloseTo(0.5436890127, within(1e-10));
        assertThat(StoredNetwork.criticalDilution(5)).isCloseTo(0.5187900637, within(1e-10));
        assertThat(StoredNetwork.criticalDilution(6)).isCloseTo(0.5086604, within(1e-7));
        assertThat(StoredNetwork.criticalDilution(10)).isCloseTo(0.5004931, within(1e-7));
        assertThat(StoredNetwork.criticalDilution(60)).isCloseTo(StoredNetwork.criticalDilutionLimit(), within(1e-12));
        assertThat(StoredNetwork.hierarchicalExists(3, 0.61)).isTrue();
        assertThat(StoredNetwork.hierarchicalExists(3, 0.62)).isFalse();
    }

    @Test
    void hierarchicalAlternativeCrossing() {
        assertThat(StoredNetwork.hierarchicalAlternativeCrossing()).isCloseTo(0.5469181607, within(1e-10));
    }

    @Test
    void alternativeState() {
        assertThat(StoredNetwork.alternativeX(0.3)).containsExactly(new double[] {0.5285, 0.3815, 0.2345}, within(1e-12));
        assertThat(StoredNetwork.alternativeX(0.7)).containsExactly(new double[] {0.2865, 0.2235, 0.1605}, within(1e-12));
        assertThat(StoredNetwork.alternativeX(0.9)).containsExactly(new double[] {0.0995, 0.0905, 0.0815}, within(1e-12));
    }

    @Test
    void symmetricState() {
        assertThat(StoredNetwork.symmetricMagnetisation(2, 0.5)).isCloseTo(0.375, within(1e-14));
        assertThat(StoredNetwork.symmetricMagnetisation(3, 0.5)).isCloseTo(0.3125, within(1e-14));
        assertThat(StoredNetwork.symmetricMagnetisation(4, 0.5)).isCloseTo(0.2734375, within(1e-14));
        assertThat(StoredNetwork.symmetricMagnetisation(5, 0.8)).isCloseTo(0.14028, within(5e-6));
        for (double d : new double[] {0.1, 0.4, 0.9}) {
            assertThat(StoredNetwork.symmetricMagnetisation(2, d)).isCloseTo((1 - d * d) / 2, within(1e-14));
            assertThat(StoredNetwork.symmetricMagnetisation(3, d)).isCloseTo((1 - d) * (1 + d * d) / 2, within(1e-14));
        }
    }

    @Test
    void landauLine() {
        double[] rho = {0, 0.05, 0.1, 0.2, 0.5, 1};
        double[] expected = {0.666667, 0.604686, 0.550964, 0.462963, 0.296296, 0.166667};
        for (int i = 0; i < rho.length; i++) {
            assertThat(PhaseBoundaries.landauDilution(rho[i])).isCloseTo(expected[i], within(5e-7));
        }
        assertThat(PhaseBoundaries.landauDilution(0)).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void parallelDilutionK2ZeroTemperatureClosedForm() {
        double[] rho = {0.05, 0.1, 0.2, 0.5, 1};
        double[] expected = {0.669217, 0.562163, 0.431610, 0.233888, 0.109082};
        for (int i = 0; i < rho.length; i++) {
            assertThat(PhaseBoundaries.parallelDilutionK2ZeroT(rho[i])).isCloseTo(expected[i], within(5e-7));
        }
        assertThat(PhaseBoundaries.parallelDilutionK2ZeroT(1e-8)).isGreaterThan(0.999);
        assertThat(PhaseBoundaries.parallelDilutionK2ZeroT(1e4)).isLessThan(0.01);
    }

    @Test
    void parallelDilutionK2ZeroTemperatureNumericEqualsClosedForm() {
        for (double rho : new double[] {0.1, 0.5}) {
            assertThat(PhaseBoundaries.of(2, INF, rho).dP())
                    .isCloseTo(PhaseBoundaries.parallelDilutionK2ZeroT(rho), within(1e-8));
        }
    }

    @Test
    void singlePatternZeroTemperature() {
        // m = (1-d) erf(1/sqrt(2 rho)), n = (1-d)[erf(1/sqrt(2 rho)) + sqrt(2 rho/pi) e^{-1/(2 rho)}]/(1+rho)
        for (double d : new double[] {0, 0.3}) {
            double rho = 0.2;
            double e = org.hipparchus.special.Erf.erf(1 / Math.sqrt(2 * rho));
            double m = (1 - d) * e;
            double n = (1 - d) * (e + Math.sqrt(2 * rho / Math.PI) * Math.exp(-1 / (2 * rho))) / (1 + rho);
            MultitaskingSolution s = SelfConsistency.of(1, d, INF, ChiLaw.gaussian(rho)).solve(MultitaskingState.PURE);
            assertThat(s.m(0)).isCloseTo(m, within(1e-12));
            assertThat(s.n(0)).isCloseTo(n, within(1e-12));
            assertThat(s.converged()).isTrue();
        }
        assertThat(SelfConsistency.of(1, 0, INF, ChiLaw.gaussian(0.2)).solve(MultitaskingState.PURE).m(0)).isCloseTo(0.974653, within(5e-7));
        assertThat(SelfConsistency.of(1, 0, INF, ChiLaw.gaussian(0.2)).solve(MultitaskingState.PURE).n(0)).isCloseTo(0.836619, within(5e-7));
        assertThat(SelfConsistency.of(1, 0.3, INF, ChiLaw.gaussian(0.2)).solve(MultitaskingState.PURE).m(0)).isCloseTo(0.682257, within(5e-7));
        assertThat(SelfConsistency.of(1, 0.3, INF, ChiLaw.gaussian(0.2)).solve(MultitaskingState.PURE).n(0)).isCloseTo(0.585633, within(5e-7));
    }

    @Test
    void hierarchicalStateAtZeroTemperatureNoNoise() {
        for (int K = 2; K <= 8; K++) {
            for (double d : new double[] {0.1, 0.3, 0.5}) {
                MultitaskingSolution s = SelfConsistency.of(K, d, INF, ChiLaw.gaussian(0)).solve(MultitaskingState.HIERARCHICAL);
                assertThat(s.m()).containsExactly(StoredNetwork.hierarchical(K, d), within(1e-12));
                assertThat(s.stability()).isEqualTo(Stability.STABLE);
                assertThat(s.state()).isEqualTo(MultitaskingState.HIERARCHICAL);
                double sum = 0;
                for (double v : s.m()) sum += v;
                assertThat(sum).isCloseTo(1 - Math.pow(d, K), within(1e-12));
                assertThat(s.energy()).isCloseTo(StoredNetwork.hierarchicalEnergy(K, d), within(1e-12));
            }
        }
    }

    @Test
    void hierarchicalMapsOntoAlternativeBeyondCriticalDilution() {
        for (double d : new double[] {0.3, 0.7, 0.9}) {
            SelfConsistency sc = SelfConsistency.of(3, d, INF, ChiLaw.gaussian(0));
            // one zero-temperature sweep from H: exactly X for d > d_c (docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16: m^(1) = m^X at d = 0.7)
            double[] once = sc.magnetisations(StoredNetwork.hierarchical(3, d));
            if (d > StoredNetwork.criticalDilution(3)) {
                assertThat(once).containsExactly(StoredNetwork.alternativeX(d), within(1e-12));
            } else {
                assertThat(once).containsExactly(StoredNetwork.hierarchical(3, d), within(1e-12));
            }
            // X is a fixed point for every d in (0, 1), and coexists with H below d_c
            MultitaskingSolution x = sc.solve(MultitaskingState.ALTERNATIVE);
            assertThat(x.m()).containsExactly(StoredNetwork.alternativeX(d), within(1e-12));
            assertThat(x.state()).isEqualTo(MultitaskingState.ALTERNATIVE);
            assertThat(x.iterations()).isZero();
        }
    }

    @Test
    void symmetricStateAtZeroTemperatureIsAMarginalFixedPoint() {
        for (int K = 2; K <= 4; K++) {
            double d = 0.5;
            MultitaskingSolution s = SelfConsistency.of(K, d, INF, ChiLaw.gaussian(0)).solve(MultitaskingState.PARALLEL);
            for (int mu = 0; mu < K; mu++) {
                assertThat(s.m(mu)).isCloseTo(StoredNetwork.symmetricMagnetisation(K, d), within(1e-12));
            }
            // ties (zero fields on non-blank sites) make it unstable at T = 0, rho = 0 (docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11)
            assertThat(s.stability()).isEqualTo(Stability.MARGINAL);
        }
    }

    @Test
    void pureStateAtZeroTemperatureIsMarginal() {
        MultitaskingSolution s = SelfConsistency.of(2, 0.4, INF, ChiLaw.gaussian(0)).solve(MultitaskingState.PURE);
        assertThat(s.m()).containsExactly(new double[] {0.6, 0}, within(1e-15));
        assertThat(s.stability()).isEqualTo(Stability.MARGINAL);
        // with rho > 0 the pure state is infinitely unstable at T = 0: every pattern condenses
        SelfConsistency sc = SelfConsistency.of(2, 0.4, INF, ChiLaw.gaussian(0.1));
        double n1 = SelfConsistency.of(1, 0.4, INF, ChiLaw.gaussian(0.1)).solve(MultitaskingState.PURE).n(0);
        assertThat(sc.rhs(new double[] {n1, 0})[1]).isEqualTo(0.0);
        assertThat(sc.solve(MultitaskingState.HIERARCHICAL).state()).isEqualTo(MultitaskingState.HIERARCHICAL);
    }
}
