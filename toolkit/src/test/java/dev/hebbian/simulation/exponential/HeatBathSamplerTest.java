package dev.hebbian.simulation.exponential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The heat bath samples exp(-beta E_beta) (docs/exponential-memory.md#eq-exp-9): time averages of long chains
 * against exact averages over all 2^N states; seeds and thread counts.
 */
class HeatBathSamplerTest {
    @Test
    void chainsReproduceExactGibbsAverages() {
        BinaryPatterns p = BinaryPatterns.random(8, 11, 4);
        double beta = 0.7;
        EnergyTable t = EnergyTable.of(p, beta);
        int xi = p.mask(0);
        java.util.function.IntToDoubleFunction m2 = s -> {
            double m = (8 - 2.0 * Integer.bitCount(s ^ xi)) / 8;
            return m * m;
        };
        double exactM2 = t.gibbsAverage(m2), exactE = t.gibbsAverage(t::energy);
        SplittableRandom rng = new SplittableRandom(1);
        int chains = 20;
        double[] a = new double[chains], e = new double[chains];
        for (int c = 0; c < chains; c++) {
            a[c] = HeatBathSampler.timeAverage(t, rng.nextInt(256), 100, 3000, rng, m2);
            e[c] = HeatBathSampler.timeAverage(t, rng.nextInt(256), 100, 3000, rng, t::energy);
        }
        assertThat(EnumerationResult.mean(a)).isCloseTo(exactM2, within(4 * EnumerationResult.stdErr(a) + 1e-3));
        assertThat(EnumerationResult.mean(e)).isCloseTo(exactE, within(4 * EnumerationResult.stdErr(e) + 1e-3));
        // the mixture: within a component the magnetisation is tanh(beta); the global <m^2> lies between
        // the no-pattern value 1/N and tanh^2 + (1 - tanh^2)/N
        assertThat(exactM2).isBetween(1.0 / 8, Math.pow(Math.tanh(beta), 2) + (1 - Math.pow(Math.tanh(beta), 2)) / 8);
    }

    @Test
    void retrievalAtLowLoadAndSameNumbersWhateverTheThreadCount() {
        // K = round(exp(0.05 * 16)) = 2 patterns at beta = 3: the chain stays in its component, m = tanh 3
        MonteCarloResult r = HeatBathSampler.run(16, 0.05, 3, 0.1, 200, 2, 4, 1, 1);
        assertThat(r.m()).isCloseTo(Math.tanh(3), within(0.02));
        assertThat(r.retrieved()).isEqualTo(1);
        assertThat(HeatBathSampler.run(12, 0.3, 1, 0.1, 40, 3, 4, 9, 2)).isEqualTo(HeatBathSampler.run(12, 0.3, 1, 0.1, 40, 3, 4, 9, 1));
    }
}
