package dev.hebbian.simulation.exponential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.theory.exponential.BinaryThresholds;

/**
 * Exact enumeration against laws it does not use: at beta = infinity the exact finite-N probability of one-step
 * retrieval, (1 - p_d + 2^-N)^(K-1) with p_d = P(Binomial(N, 1/2) &lt;= d); at finite beta the bit error of the
 * single-spin law sampled by {@link CrosstalkSampler}; the posterior weight of #eq-exp-9 against its sampler and
 * its finite-size crossing at alpha_eq = I(tanh beta) (docs/exponential-memory.md). Seeds and thread counts.
 */
class EnumerationTest {
    static double binomialCdf(int n, int d) {
        double s = 0, c = 1;
        for (int j = 0; j <= d; j++) {
            s += c;
            c = c * (n - j) / (j + 1);
        }
        return s / Math.pow(2, n);
    }

    @Test
    void zeroTemperatureOneStepMatchesTheExactFiniteNLaw() {
        int n = 12, d = 3; // rho = 1/4
        for (double alpha : new double[] {0.12, 0.2, 0.3}) {
            EnumerationResult r = Enumeration.run(n, alpha, Double.POSITIVE_INFINITY, 0.25, 60, 9, 2);
            double law = Math.pow(1 - binomialCdf(n, d) + Math.pow(2, -n), r.k() - 1);
            assertThat(r.oneStep()).as("alpha %s K %s", alpha, r.k()).isCloseTo(law, within(4 * r.oneStepStdErr() + 0.01));
        }
    }

    @Test
    void bitErrorMatchesTheSingleSpinLaw() {
        for (double[] c : new double[][] {{1, 0.1, 0.3}, {1, 0.1, 0.45}, {0.5, 0, 0.5}}) {
            double beta = c[0], rho = c[1], alpha = c[2];
            EnumerationResult e = Enumeration.run(12, alpha, beta, rho, 12, 4, 2);
            CrosstalkSampler.Result law = CrosstalkSampler.run(12, alpha, beta, rho, 6000, 8);
            assertThat(law.exact()).isTrue();
            double tol = 4 * Math.hypot(e.oneStepBitErrorStdErr(), law.bitErrorStdErr()) + 0.003;
            assertThat(e.oneStepBitError()).as("beta %s rho %s alpha %s", beta, rho, alpha).isCloseTo(law.bitError(), within(tol));
        }
    }

    @Test
    void posteriorWeightMatchesItsSamplerAndCrossesAtTheEquilibriumThreshold() {
        double beta = 1, eq = BinaryThresholds.equilibrium(beta);
        double[] tab = Enumeration.posteriorWeight(12, eq, beta, 30, 30, 8, 3, 2);
        double[] law = CrosstalkSampler.posterior(12, eq, beta, 8000, 3);
        assertThat(tab[0]).isCloseTo(law[0], within(4 * Math.hypot(tab[1], law[1]) + 0.01));
        // finite-size crossing: below alpha_eq the weight grows with N, above it falls (the curves cross near
        // alpha_eq); with a threshold 20% off, one of the two slopes would change sign
        double lo = 0.8 * eq, hi = 1.2 * eq;
        double[] l12 = CrosstalkSampler.posterior(12, lo, beta, 20000, 1), l24 = CrosstalkSampler.posterior(24, lo, beta, 20000, 2);
        double[] h12 = CrosstalkSampler.posterior(12, hi, beta, 20000, 1), h24 = CrosstalkSampler.posterior(24, hi, beta, 20000, 2);
        assertThat(l24[0] - l12[0]).isGreaterThan(4 * Math.hypot(l12[1], l24[1]));
        assertThat(h12[0] - h24[0]).isGreaterThan(4 * Math.hypot(h12[1], h24[1]));
    }

    @Test
    void sameSeedSameNumbersWhateverTheThreadCount() {
        EnumerationResult a = Enumeration.run(10, 0.4, 1, 0.1, 6, 42, 1);
        EnumerationResult b = Enumeration.run(10, 0.4, 1, 0.1, 6, 42, 2);
        EnumerationResult c = Enumeration.run(10, 0.4, 1, 0.1, 6, 43, 2);
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
        assertThat(Enumeration.posteriorWeight(10, 0.3, 1, 5, 5, 3, 7, 1)).containsExactly(Enumeration.posteriorWeight(10, 0.3, 1, 5, 5, 3, 7, 2));
    }

    @Test
    void fixedPointsFallThroughTheCrossoverAsTheLoadGrows() {
        // beta = 1, rho = 0: the fixed-point fraction drops from ~1 to well below 1/2 between alpha = 0.3 and 0.65
        EnumerationResult low = Enumeration.run(14, 0.3, 1, 0, 4, 1, 2), high = Enumeration.run(14, 0.65, 1, 0, 4, 1, 2);
        assertThat(low.fixedPoint()).isGreaterThan(0.9);
        assertThat(high.fixedPoint()).isLessThan(0.4);
        assertThat(high.strictMinimum()).isLessThanOrEqualTo(high.fixedPoint());
    }
}
