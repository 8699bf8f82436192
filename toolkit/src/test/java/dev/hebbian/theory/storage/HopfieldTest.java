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

    @Test
    void smallLoadAndCurieWeissLimitsBelowTc() {
        // alpha < 0.005: the AGS root y ~ 1/sqrt(2 alpha) lies beyond y = 10 (it was missed once)
        Solution t0 = Hopfield.of(0.001).rs(Double.POSITIVE_INFINITY, Branch.RETRIEVAL);
        assertThat(t0.m()).isGreaterThan(1 - 1e-12);
        assertThat(t0.energy()).isCloseTo(-0.5, within(1e-9));
        // alpha = 0, T = 0.5: Curie-Weiss m = tanh(2 m), and the state is retrieval (no NaN paramagnet)
        Solution cw = dev.hebbian.DenseHebbian.storage().p(2).alpha(0).temperature(0.5).solve();
        assertThat(cw.branch()).isEqualTo(Branch.RETRIEVAL);
        assertThat(cw.m()).isCloseTo(Math.tanh(2 * cw.m()), within(1e-12)).isCloseTo(0.957504, within(1e-6));
        assertThat(cw.pressure()).isCloseTo(Math.log(2) + Math.log(Math.cosh(2 * cw.m())) - cw.m() * cw.m(), within(1e-12));
        // alpha = 0.01, T = 0.5 (< 1): the spin glass has D = 1 - beta (1 - q) > 0 and the physical state is retrieval
        Solution sg = dev.hebbian.DenseHebbian.storage().p(2).alpha(0.01).temperature(0.5).solve(Branch.SPIN_GLASS);
        assertThat(sg.converged()).isTrue();
        assertThat(sg.q()).isGreaterThan(0.5);
        assertThat(dev.hebbian.DenseHebbian.storage().p(2).alpha(0.01).temperature(0.5).solve().branch()).isEqualTo(Branch.RETRIEVAL);
    }
}
