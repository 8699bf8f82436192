package dev.hebbian.simulation.exponential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The butterfly table of ln Z(sigma) (docs/exponential-memory.md#eq-exp-1) against brute-force sums over the
 * patterns, in the linear and the logarithmic domain and at beta = infinity; the partition-sum identity
 * sum_sigma Z(sigma) = K (2 cosh beta)^N (#eq-exp-9); the update rule of #eq-exp-2; K = 1.
 */
class EnergyTableTest {
    static double bruteLnZ(BinaryPatterns p, double beta, int sigma) {
        double max = Double.NEGATIVE_INFINITY;
        for (int mu = 0; mu < p.k(); mu++) max = Math.max(max, beta * p.overlap(mu, sigma));
        double s = 0;
        for (int mu = 0; mu < p.k(); mu++) s += Math.exp(beta * p.overlap(mu, sigma) - max);
        return max + Math.log(s);
    }

    @Test
    void tableEqualsBruteForceInBothDomainsAndAtInfiniteBeta() {
        BinaryPatterns p = BinaryPatterns.random(9, 23, 5);
        for (double beta : new double[] {0.05, 0.7, 3, 40}) { // 40: 2 beta N = 720 > 600, the log-domain butterfly
            EnergyTable t = EnergyTable.of(p, beta);
            for (int s = 0; s < 1 << 9; s++) {
                double b = bruteLnZ(p, beta, s);
                assertThat(t.lnZ(s)).as("beta %s sigma %s", beta, s).isCloseTo(b, within(1e-10 * Math.max(1, Math.abs(b))));
                assertThat(t.energy(s)).isCloseTo(-b / beta, within(1e-9 * Math.max(1, Math.abs(b / beta))));
            }
        }
        EnergyTable inf = EnergyTable.of(p, Double.POSITIVE_INFINITY);
        for (int s = 0; s < 1 << 9; s++) {
            int max = Integer.MIN_VALUE;
            for (int mu = 0; mu < p.k(); mu++) max = Math.max(max, p.overlap(mu, s));
            assertThat(inf.energy(s)).isEqualTo(-max);
        }
    }

    @Test
    void noOverflowAtTwentyFourSpinsAndAlphaOneHalf() {
        BinaryPatterns p = BinaryPatterns.random(24, BinaryPatterns.patternCount(24, 0.5), 8); // K = 162755
        EnergyTable t = EnergyTable.of(p, 1);
        SplittableRandom rng = new SplittableRandom(1);
        for (int trial = 0; trial < 4; trial++) {
            int s = trial == 0 ? p.mask(0) : rng.nextInt(1 << 24);
            double b = bruteLnZ(p, 1, s);
            assertThat(t.lnZ(s)).isFinite().isCloseTo(b, within(1e-10 * Math.abs(b)));
        }
    }

    @Test
    void partitionSumIsKTimesTwoCoshBetaToTheN() {
        BinaryPatterns p = BinaryPatterns.random(10, 37, 11);
        for (double beta : new double[] {0.3, 1.5}) {
            EnergyTable t = EnergyTable.of(p, beta);
            double s = 0;
            for (int x = 0; x < 1 << 10; x++) s += Math.exp(t.lnZ(x));
            assertThat(s / (37 * Math.pow(2 * Math.cosh(beta), 10))).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void synchronousStepIsTheSignOfTheWeightedPatternField() {
        BinaryPatterns p = BinaryPatterns.random(11, 60, 3);
        double beta = 0.6;
        EnergyTable t = EnergyTable.of(p, beta);
        SplittableRandom rng = new SplittableRandom(2);
        for (int trial = 0; trial < 200; trial++) {
            int sigma = rng.nextInt(1 << 11), expected = sigma;
            for (int i = 0; i < 11; i++) {
                // sgn sum_mu xi_i^mu exp(beta h_mu), h_mu = sum_{j != i} xi_j^mu sigma_j
                double f = 0;
                for (int mu = 0; mu < p.k(); mu++) {
                    int xi = (p.mask(mu) >> i & 1) == 1 ? 1 : -1, si = (sigma >> i & 1) == 1 ? 1 : -1;
                    f += xi * Math.exp(beta * (p.overlap(mu, sigma) - xi * si));
                }
                if (f > 1e-9) expected |= 1 << i;
                else if (f < -1e-9) expected &= ~(1 << i);
            }
            assertThat(Enumeration.synchronousStep(t, sigma)).isEqualTo(expected);
        }
    }

    @Test
    void onePatternIsAlwaysRetrieved() {
        // K = round(exp(0.01 * 10)) = 1
        EnumerationResult r = Enumeration.run(10, 0.01, 1, 0.4, 5, 1, 1);
        assertThat(r.k()).isEqualTo(1);
        assertThat(r.fixedPoint()).isEqualTo(1);
        assertThat(r.strictMinimum()).isEqualTo(1);
        assertThat(r.oneStep()).isEqualTo(1);
        assertThat(r.dynamics()).isEqualTo(1);
        assertThat(r.finalOverlap()).isEqualTo(1);
    }

    @Test
    void badInputs() {
        assertThatThrownBy(() -> BinaryPatterns.patternCount(25, 0.3)).hasMessageContaining("N = 25").hasMessageContaining("[1, 24]");
        assertThatThrownBy(() -> BinaryPatterns.patternCount(10, -0.3)).hasMessageContaining("alpha = -0.3");
        assertThatThrownBy(() -> BinaryPatterns.patternCount(24, 0.9)).hasMessageContaining("alpha = 0.9");
        assertThatThrownBy(() -> Enumeration.run(10, 0.2, 1, 0.5, 1, 1, 1)).hasMessageContaining("rho = 0.5");
        assertThatThrownBy(() -> Enumeration.run(10, 0.2, -1, 0.1, 1, 1, 1)).hasMessageContaining("beta = -1.0");
        assertThatThrownBy(() -> BinaryPatterns.of(4, 16)).hasMessageContaining("pattern = 16");
    }
}
