package dev.hebbian.theory.multitasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** docs/multitasking.md#eq-multitasking-9 (optional): one dilution per pattern. */
class HeterogeneousDilutionTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void cascadeWithPatternDependentDilution() {
        double[] ds = {0.2, 0.4, 0.5};
        MultitaskingSolution s = SelfConsistency.ofDilutions(ds, INF, ChiLaw.gaussian(0)).solve(MultitaskingState.HIERARCHICAL);
        double[] expected = {0.8, 0.6 * 0.2, 0.5 * 0.2 * 0.4};
        assertThat(s.m()).containsExactly(expected, within(1e-14));
        assertThat(StoredNetwork.hierarchical(ds)).containsExactly(expected, within(1e-15));
        assertThat(s.stability()).isEqualTo(Stability.STABLE);
    }

    @Test
    void mostInformativePatternFirstLowersTheEnergy() {
        // e(a first) - e(b first) = -(1-d_a)(1-d_b)(d_b-d_a) for d_a < d_b
        double da = 0.2, db = 0.6;
        double ea = StoredNetwork.energy(StoredNetwork.hierarchical(new double[] {da, db}));
        double eb = StoredNetwork.energy(StoredNetwork.hierarchical(new double[] {db, da}));
        assertThat(ea - eb).isCloseTo(-(1 - da) * (1 - db) * (db - da), within(1e-14));
        // the a-first cascade is a T = 0 fixed point; the b-first one is not (its worst field m_b - m_a < 0)
        // and the zero-temperature map leaves it for a state of lower energy
        MultitaskingSolution a = SelfConsistency.ofDilutions(new double[] {da, db}, INF, ChiLaw.gaussian(0)).solve(MultitaskingState.HIERARCHICAL);
        assertThat(a.m()).containsExactly(StoredNetwork.hierarchical(new double[] {da, db}), within(1e-14));
        MultitaskingSolution b = SelfConsistency.ofDilutions(new double[] {db, da}, INF, ChiLaw.gaussian(0)).solve(MultitaskingState.HIERARCHICAL);
        assertThat(b.energy()).isLessThan(eb);
    }

    @Test
    void uniformDilutionsEqualTheStandardModel() {
        double[] n = {0.4, 0.25, 0.1};
        SelfConsistency a = SelfConsistency.ofDilutions(new double[] {0.35, 0.35, 0.35}, 7, ChiLaw.gaussian(0.15));
        SelfConsistency b = SelfConsistency.of(3, 0.35, 7, ChiLaw.gaussian(0.15));
        assertThat(a.rhs(n)).containsExactly(b.rhs(n), within(1e-15));
        assertThat(a.freeEnergy(n)).isCloseTo(b.freeEnergy(n), within(1e-15));
    }

    @Test
    void finiteTemperatureAgainstDirectEnumeration() {
        double[] ds = {0.1, 0.5};
        double beta = 4;
        double[] n = {0.6, 0.3};
        double[] m = new double[2];
        for (int c = 0; c < 9; c++) {
            int[] xi = {c % 3 - 1, c / 3 - 1};
            double p = 1, h = 0;
            for (int mu = 0; mu < 2; mu++) {
                p *= xi[mu] == 0 ? ds[mu] : (1 - ds[mu]) / 2;
                h += n[mu] * xi[mu];
            }
            for (int mu = 0; mu < 2; mu++) m[mu] += p * xi[mu] * Math.tanh(beta * h);
        }
        assertThat(SelfConsistency.ofDilutions(ds, beta, ChiLaw.gaussian(0)).rhs(n)).containsExactly(m, within(1e-15));
    }

    @Test
    void badDilutionNamesThePattern() {
        assertThatThrownBy(() -> SelfConsistency.ofDilutions(new double[] {0.2, 1.0}, 1, ChiLaw.gaussian(0)))
                .hasMessageStartingWith("d_2 = 1.0 is out of range");
        assertThatThrownBy(() -> SelfConsistency.of(2, 0.2, 0, ChiLaw.gaussian(0)))
                .hasMessageStartingWith("beta = 0.0 is out of range");
    }
}
