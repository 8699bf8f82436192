package dev.hebbian.theory.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

import dev.hebbian.numerics.Gauss;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.Solution;

/** P = 2 Hopfield checks (spec rsb-dense-networks.md sections 7.3, 11.3). */
class HopfieldTest {
    @Test
    void zeroTemperatureEnergyIsTheLowTemperatureLimitOfTheAgsFreeEnergy() {
        Hopfield h = Hopfield.of(0.05);
        Solution t0 = h.rs(Double.POSITIVE_INFINITY, Branch.RETRIEVAL);
        Solution cold = h.rs(400, Branch.RETRIEVAL);
        assertThat(cold.freeEnergy()).isCloseTo(t0.energy(), within(2e-3));
        assertThat(cold.m()).isCloseTo(t0.m(), within(1e-4));
        // alpha -> 0: the pure Mattis state, E = -1/2
        assertThat(Hopfield.of(0).rs(Double.POSITIVE_INFINITY, Branch.RETRIEVAL).energy()).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void oneStepRsbZeroTemperatureFunctionalReducesToAgsAtThetaToZero() {
        double alpha = 0.1;
        Solution rs = Hopfield.of(alpha).rs(Double.POSITIVE_INFINITY, Branch.RETRIEVAL);
        double y = Erf.erfInv(rs.m());
        double k = Math.sqrt(2 / Math.PI) * Math.exp(-y * y) / Math.sqrt(alpha), c = k / (1 + k);
        double eps = HopfieldRsb.epsilon(alpha, rs.m(), 0.7, 1e-6, c, Gauss.order(96));
        assertThat(-eps).isCloseTo(rs.energy(), within(1e-5));
    }
}
