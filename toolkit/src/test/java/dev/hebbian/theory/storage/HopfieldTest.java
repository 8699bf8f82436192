package dev.hebbian.theory.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import dev.hebbian.numerics.Gauss;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.Solution;

/** P = 2 Hopfield checks (arXiv:2111.12997; docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19, #eq-storage-21, #reference-values). */
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

    @Test
    void agsParamagnetExistsOnlyAboveTEqualsOneAndNoSolutionIsNanAndConverged() {
        // m = q = 0: D = 1 - beta (1 - q) = 1 - 1/T, and the AGS pressure has -(alpha/2) ln D: no paramagnet at T <= 1
        for (Ansatz an : Ansatz.values()) {
            for (double t : new double[] {0.5, 1.0}) {
                var prob = DenseHebbian.storage().p(2).alpha(0.1).temperature(t).ansatz(an);
                assertThatThrownBy(() -> prob.solve(Branch.PARAMAGNET)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("para").hasMessageContaining("T = " + t).hasMessageContaining("alpha = 0.1")
                        .hasMessageContaining("T > 1");
                assertThat(prob.solver().hasParamagnet()).isFalse();
            }
        }
        // below T = 1 the m = 0 state is the spin glass, and branches() leaves the paramagnet out
        var cold = DenseHebbian.storage().p(2).alpha(0.1).temperature(0.5);
        assertThat(cold.solver().glassy().branch()).isEqualTo(Branch.SPIN_GLASS);
        assertThat(cold.branches()).hasSize(2).allSatisfy(s -> assertThat(s.pressure()).isFinite());
        // above T = 1, even next to it: the closed forms A = ln 2 - (alpha/2) ln(1 - beta) - alpha beta/2 and
        // U = -dA/dbeta = -alpha beta/(2 (1 - beta)) (the energy was NaN at T = 1.00001: beta + h crossed D = 0)
        for (double t : new double[] {1.5, 1.00001}) {
            double a = 0.1, beta = 1 / t;
            Solution para = DenseHebbian.storage().p(2).alpha(a).temperature(t).solve(Branch.PARAMAGNET);
            assertThat(para.converged()).isTrue();
            assertThat(para.pressure()).isCloseTo(Math.log(2) - a / 2 * Math.log(1 - beta) - a * beta / 2, within(1e-12));
            double u = -a * beta / (2 * (1 - beta));
            assertThat(para.energy()).isCloseTo(u, within(1e-7 * Math.abs(u)));
        }
        // alpha = 0 (Curie-Weiss, no D): the paramagnet exists at every T > 0, with a finite residual at T = 1
        for (double t : new double[] {0.5, 1.0}) {
            Solution cw = DenseHebbian.storage().p(2).alpha(0).temperature(t).solve(Branch.PARAMAGNET);
            assertThat(cw.pressure()).isCloseTo(Math.log(2), within(1e-15));
            assertThat(cw.residual()).isZero();
        }
    }

    @Test
    void theFourAgsPointSolversShareRetrievalBetaAndParamagnetRules() {
        for (double t : new double[] {0, 0.5, 1.0, 1.5}) {
            for (Ansatz an : Ansatz.values()) {
                var s = DenseHebbian.storage().p(2).alpha(0.1).temperature(t).ansatz(an).solver();
                for (var x : java.util.List.of(s, s.lenient())) {
                    assertThat(x.hasRetrieval()).isTrue();
                    assertThat(x.beta()).isEqualTo(t == 0 ? Double.POSITIVE_INFINITY : 1 / t);
                    assertThat(x.hasParamagnet()).as("T = " + t + " " + an).isEqualTo(t > 1);
                }
            }
        }
        assertThat(DenseHebbian.storage().p(2).alpha(0).temperature(0.5).oneStepRsb().solver().hasParamagnet()).isTrue();
    }
}
