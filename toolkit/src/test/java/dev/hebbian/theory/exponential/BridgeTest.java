package dev.hebbian.theory.exponential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hebbian.theory.storage.StorageProblem;

/** The bridge data (docs/exponential-memory.md#eq-exp-10) against the storage capacities it is built from. */
class BridgeTest {
    @Test
    void patternsPerNpm1AreTheCanonicalCapacitiesOverPFactorialOverTwo() {
        assertThat(Bridge.patternsPerNpm1(2)).isCloseTo(0.138, within(1e-3)); // AGS, K = 0.138 N
        assertThat(Bridge.patternsPerNpm1(4)).isCloseTo(2 * StorageProblem.rsCapacity(4)[0] / 24, within(1e-15));
        assertThat(Bridge.patternsPerNpm1(6)).isCloseTo(2 * StorageProblem.rsCapacity(6)[0] / 720, within(1e-15));
    }

    @Test
    void rowsAndCrossover() {
        List<Bridge.Row> rows = Bridge.table(new int[] {2, 4}, new double[] {Math.log(2) / 2}, new double[] {10, 100});
        assertThat(rows).hasSize(6);
        Bridge.Row p4 = rows.get(3);
        assertThat(p4.p()).isEqualTo(4);
        assertThat(p4.lnK()).isCloseTo(Math.log(Bridge.patternsPerNpm1(4) * 1e6), within(1e-12));
        Bridge.Row e = rows.get(5);
        assertThat(e.model()).isEqualTo("exponential");
        assertThat(e.lnK()).isCloseTo(100 * Math.log(2) / 2, within(1e-12));
        // beyond the crossover the exponential network stores more
        double nx = Bridge.crossover(4, Math.log(2) / 2);
        double per = Bridge.patternsPerNpm1(4);
        assertThat(Math.log(2) / 2 * nx).isCloseTo(Math.log(per) + 3 * Math.log(nx), within(1e-8));
        assertThat(Math.log(2) / 2 * (nx + 1)).isGreaterThan(Math.log(per) + 3 * Math.log(nx + 1));
        assertThat(Bridge.asTable(rows).rowCount()).isEqualTo(6);
    }
}
