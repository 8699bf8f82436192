package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hebbian.data.Dataset;

/** The synchronous and the Plefka (frozen-overlap, docs/monte-carlo.md#eq-mc-3) schemes against the exact sequential one. */
class UpdateSchemesTest {
    @ParameterizedTest
    @CsvSource({"2, 1.6666666666666667, 0.6", "4, 1.6666666666666667, 0.6", "4, 4.166666666666667, 0.2"})
    void plefkaAgreesWithTheExactSchemeAtLowLoad(int P, double beta, double r) {
        Simulation base = Simulation.of(Ensemble.supervised(P, 3000, 2, 10, r, 0)).beta(beta).sweeps(30, 30).samples(4).seed(3);
        SimulationResult exact = base.run();
        SimulationResult plefka = base.updates(Updates.PLEFKA).run();
        double theory = dev.hebbian.theory.learning.Learning.supervised().p(P).r(r).examples(10).beta(beta).lowLoad().solve()
                .retrieval().orElseThrow().m();
        assertThat(plefka.m(0)).isCloseTo(exact.m(0), within(0.01));
        assertThat(plefka.m(0)).isCloseTo(theory, within(0.03));
    }

    @Test
    void parallelZeroTemperatureRetrievesAndKeepsSumsExact() {
        SplittableRandom rng = new SplittableRandom(5);
        int N = 2000;
        Dataset ds = Dataset.archetypesOnly(20, N, 0, rng);
        for (int P : new int[] {2, 4}) {
            Couplings c = Couplings.storage(P, ds);
            byte[] s = ds.archetype(0).clone();
            for (int i = 0; i < N; i++) if (rng.nextDouble() < 0.2) s[i] = (byte) -s[i]; // m(0) = 0.6
            Chain chain = new Chain(c, s);
            for (int t = 0; t < 10; t++) chain.parallelSweep(Double.POSITIVE_INFINITY, rng);
            assertThat(chain.overlap(ds.archetype(0))).isEqualTo(1.0);
            assertThat(chain.energy()).isCloseTo(c.energy(chain.spins()), within(1e-9 * N));
        }
    }
}
