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

    @Test
    void atQuantityIsOneOnTheSpinGlassLineAndTheRetrievalAtLineLiesBelowTheSpinodal() {
        for (double alpha : new double[] {0.01, 0.05, 0.1}) {
            double tg = 1 + Math.sqrt(alpha); // AGS: the paramagnet becomes a spin glass (and AT-unstable) there
            Hopfield h = Hopfield.of(alpha);
            assertThat(h.atQuantity(1 / tg, 0, 0, Gauss.order(16))).isCloseTo(1, within(1e-12));
            assertThat(h.atQuantity(1 / (1.05 * tg), 0, 0, Gauss.order(16))).isLessThan(1);
        }
        // the RS retrieval state is AT-unstable only at very low T (AGS 1987), with lambda ~ 1/T as T -> 0
        var tr = dev.hebbian.DenseHebbian.storage().p(2).alpha(0.13).transitions(0.002, 1.5);
        double at = tr.atLine(), spinodal = tr.retrievalSpinodal();
        assertThat(at).isBetween(0.005, 0.02).isLessThan(spinodal);
    }
}
