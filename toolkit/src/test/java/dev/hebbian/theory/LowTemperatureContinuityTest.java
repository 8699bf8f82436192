package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.Check;
import dev.hebbian.DenseHebbian;

/**
 * The replica solutions are continuous in T down to the smallest resolved temperature and into the
 * T = 0 equations (docs/storage.md, T = 0 limit: theta = Theta T), and a finite T below that is refused.
 * Each case failed before the 1RSB theta scan followed Theta T at low temperature: the 1RSB solve
 * returned the RS saddle (theta = 1), whose free energy lies below every real state.
 */
class LowTemperatureContinuityTest {

    @Test
    void denseStorage1RsbAtLowTemperatureIsTheRetrievalStateOfTheTZeroEquations() {
        Solution zero = DenseHebbian.storage().p(4).alpha(0.3).temperature(0).oneStepRsb().solve();
        assertThat(zero.branch()).isEqualTo(Branch.RETRIEVAL);
        for (double t : new double[] {0.001, 0.002, 0.005, 0.008}) {
            Solution s = DenseHebbian.storage().p(4).alpha(0.3).temperature(t).oneStepRsb().solve();
            assertThat(s.branch()).as("T = %s", t).isEqualTo(Branch.RETRIEVAL);
            assertThat(s.theta()).as("theta at T = %s", t).isLessThan(1);
            assertThat(s.freeEnergy()).as("f at T = %s", t).isCloseTo(zero.freeEnergy(), within(1e-5));
            assertThat(s.m()).isCloseTo(zero.m(), within(1e-4));
        }
    }

    @Test
    void denseStorage1RsbSpinGlassAtLowTemperatureHasSmallTheta() {
        Solution sg = DenseHebbian.storage().p(4).alpha(0.3).temperature(0.005).oneStepRsb().solve(Branch.SPIN_GLASS);
        Solution zero = DenseHebbian.storage().p(4).alpha(0.3).temperature(0).oneStepRsb().solve(Branch.SPIN_GLASS);
        assertThat(sg.theta()).isLessThan(0.05);
        // Theta = beta theta is the T = 0 Parisi parameter
        assertThat(sg.theta() / 0.005).isCloseTo(zero.bigTheta(), within(0.1));
        assertThat(sg.freeEnergy()).isCloseTo(zero.freeEnergy(), within(1e-3));
    }

    @Test
    void pSpinGlass1RsbIsContinuousIntoTZero() {
        double f0 = DenseHebbian.pSpin(3).temperature(0).oneStepRsb().solve().freeEnergy();
        for (double t : new double[] {0.005, 0.01, 0.02}) {
            Solution s = DenseHebbian.pSpin(3).temperature(t).oneStepRsb().solve();
            assertThat(s.theta()).isLessThan(0.1);
            // the finite-T quadrature error of this functional is ~5e-4 in f at these T
            assertThat(s.freeEnergy()).as("f at T = %s", t).isCloseTo(f0, within(3e-3));
        }
    }

    @Test
    void rsIsContinuousFromTOneInAMillionIntoTZero() {
        for (int p : new int[] {2, 4}) {
            Solution zero = DenseHebbian.storage().p(p).alpha(0.1).temperature(0).rs().solve();
            Solution tiny = DenseHebbian.storage().p(p).alpha(0.1).temperature(1e-6).rs().solve();
            assertThat(tiny.branch()).isEqualTo(zero.branch());
            assertThat(tiny.freeEnergy()).as("P = %d", p).isCloseTo(zero.freeEnergy(), within(1e-6));
            assertThat(tiny.m()).isCloseTo(zero.m(), within(1e-6));
        }
    }

    @Test
    void aFiniteTemperatureBelowTheResolvedRangeIsRefusedByName() {
        assertThatThrownBy(() -> DenseHebbian.storage().p(4).alpha(0.3).temperature(1e-300))
                .isInstanceOf(Check.InvalidParameterException.class).hasMessageContaining("T").hasMessageContaining("1.0E-300");
        assertThatThrownBy(() -> DenseHebbian.storage().p(4).alpha(0.3).beta(1e300))
                .isInstanceOf(Check.InvalidParameterException.class).hasMessageContaining("beta");
    }
}
