package dev.hebbian.simulation.exponential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.hebbian.theory.exponential.BinaryThresholds;

/**
 * At large N the sampled single-spin law (exact at N &lt;= 24, see EnumerationTest) turns sharp at the thresholds
 * of docs/exponential-memory.md: the one-step bit error is ~0 at 0.9 alpha_1 and ~1/2 at 1.1 alpha_1, on the
 * frozen branch (beta = 1, rho = 0.1: alpha_1 = I(0.8)) and on the Gaussian branch (beta = 1/2, rho = 0:
 * alpha_1 = 1 - ln cosh 1, where the softmax criterion would give 0.38, a third lower); the posterior weight
 * is ~1 at 0.9 alpha_eq and ~0 at 1.1 alpha_eq. Points at 0.9 and 1.1 times the theory: a threshold 20% off
 * either way puts one of them on the wrong side.
 */
class CrosstalkSamplerTest {
    @Test
    void oneStepThresholdIsSharpAtLargeNOnBothBranches() {
        for (double[] c : new double[][] {{1, 0.1}, {0.5, 0}}) {
            double beta = c[0], rho = c[1], a1 = BinaryThresholds.oneStep(beta, rho);
            CrosstalkSampler.Result below = CrosstalkSampler.run(800, 0.9 * a1, beta, rho, 1500, 1);
            CrosstalkSampler.Result above = CrosstalkSampler.run(800, 1.1 * a1, beta, rho, 1500, 2);
            assertThat(below.exact()).isFalse();
            assertThat(below.bitError()).as("beta %s rho %s below", beta, rho).isLessThan(0.01);
            assertThat(above.bitError()).as("beta %s rho %s above", beta, rho).isGreaterThan(0.4);
        }
        // the softmax threshold is not the one-step threshold: at 1.2 alpha_sm (beta = 1/2) the bit error is still ~0
        double sm = BinaryThresholds.softmax(0.5, 0);
        assertThat(CrosstalkSampler.run(400, 1.2 * sm, 0.5, 0, 1500, 3).bitError()).isLessThan(0.01);
    }

    @Test
    void posteriorWeightIsSharpAtTheEquilibriumThreshold() {
        double beta = 1, eq = BinaryThresholds.equilibrium(beta);
        assertThat(CrosstalkSampler.posterior(1500, 0.9 * eq, beta, 1000, 1)[0]).isGreaterThan(0.93);
        assertThat(CrosstalkSampler.posterior(1500, 1.1 * eq, beta, 1000, 2)[0]).isLessThan(0.07);
    }

    @Test
    void seededAndValidated() {
        assertThat(CrosstalkSampler.run(50, 0.3, 1, 0.1, 500, 5)).isEqualTo(CrosstalkSampler.run(50, 0.3, 1, 0.1, 500, 5));
        assertThatThrownBy(() -> CrosstalkSampler.run(50, 0, 1, 0.1, 10, 1)).hasMessageContaining("alpha = 0.0");
        assertThatThrownBy(() -> CrosstalkSampler.run(50, 0.3, Double.POSITIVE_INFINITY, 0.1, 10, 1)).hasMessageContaining("beta = Infinity");
        assertThatThrownBy(() -> CrosstalkSampler.run(50, 0.3, 1, 0.7, 10, 1)).hasMessageContaining("rho = 0.7");
    }
}
