package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.hebbian.data.Dataset;

/** The hierarchical start and the per-sweep sorted overlaps of {@link Simulation} (docs/monte-carlo.md#eq-mc-4). */
class SimulationMeasuresTest {
    @Test
    void hierarchicalStartTakesTheFirstNonBlankArchetypeEntry() {
        SplittableRandom rng = new SplittableRandom(3);
        Dataset data = Ensemble.multitasking(2, 400, 3, 0.6).sample(rng).data();
        byte[] s = Simulation.start(Init.HIERARCHICAL, data, 400, new SplittableRandom(4));
        int fromFirst = 0, fromLater = 0, blank = 0;
        for (int i = 0; i < 400; i++) {
            int mu = 0;
            while (mu < 3 && data.archetype(mu)[i] == 0) mu++;
            if (mu < 3) {
                assertThat(s[i]).as("spin %d", i).isEqualTo(data.archetype(mu)[i]);
                if (mu == 0) fromFirst++;
                else fromLater++;
            } else {
                assertThat(Math.abs(s[i])).isEqualTo(1);
                blank++;
            }
        }
        // with d = 0.6: 40% from xi^1, 24% from xi^2, 14.4% from xi^3, 21.6% random
        assertThat(fromFirst).isBetween(130, 190);
        assertThat(fromLater).isBetween(120, 190);
        assertThat(blank).isBetween(60, 115);
    }

    @Test
    void sortedOverlapsAreSortedStateByStateAndBoundTheAveragedOnes() {
        // K = 3, d = 0.5 at beta = 10: the hierarchical state (docs/multitasking.md#reference-values oracle in MultitaskingTest)
        SimulationResult r = Simulation.of(Ensemble.multitasking(2, 3000, 3, 0.5)).beta(10).sweeps(10, 20).samples(3)
                .init(Init.HIERARCHICAL).seed(5).run();
        double[] sorted = r.mSorted();
        double[] abs = r.mAbsAll();
        assertThat(sorted).hasSize(3);
        assertThat(sorted[0]).isGreaterThanOrEqualTo(sorted[1]);
        assertThat(sorted[1]).isGreaterThanOrEqualTo(sorted[2]);
        // the largest |m| of each state is at least each |m_mu| of that state; summed, the sorted ones are all of them
        double maxAbs = Math.max(abs[0], Math.max(abs[1], abs[2]));
        assertThat(sorted[0]).isGreaterThanOrEqualTo(maxAbs - 1e-12);
        assertThat(sorted[0] + sorted[1] + sorted[2]).isGreaterThanOrEqualTo(abs[0] + abs[1] + abs[2] - 1e-12);
        assertThat(r.mMeanAbs()).isCloseTo((sorted[0] + sorted[1] + sorted[2]) / 3, within(1e-12));
        // and the hierarchy of docs/multitasking.md#reference-values (0.49527, 0.24396, 0.11441) within finite-size tolerance
        assertThat(sorted[0]).isCloseTo(0.49527, within(0.03));
        assertThat(sorted[1]).isCloseTo(0.24396, within(0.03));
        assertThat(sorted[2]).isCloseTo(0.11441, within(0.03));
        assertThat(r.mSortedStdErr()[0]).isPositive();
    }
}
