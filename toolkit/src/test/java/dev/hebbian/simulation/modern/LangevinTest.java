package dev.hebbian.simulation.modern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.hebbian.theory.modern.Gibbs;
import dev.hebbian.theory.modern.ModernHopfield;
import dev.hebbian.theory.modern.Patterns;

/**
 * The finite-temperature sampler (docs/modern-hopfield.md#eq-mh-15) against three references it does not use: the
 * Gaussian of one pattern at any beta', the exact Gaussian mixture at beta' = beta (#eq-mh-14), and the Laplace
 * covariance at low temperature around the fixed point of the update (#eq-mh-16). Unadjusted Langevin (no Metropolis
 * step) at the step used here overestimates the variance by 1/(1 - h/2) = 33% and fails the first test.
 */
class LangevinTest {
    static final double[][] THREE = {{2, 0}, {-1, 1.5}, {0, -1}};

    @Test
    void onePatternGivesTheGaussianOfVarianceOneOverBetaPrime() {
        double[] x = {1, -0.5, 2};
        ModernHopfield net = ModernHopfield.of(new double[][] {x}, 1);
        double bp = 2;
        Langevin.Result r = Langevin.sample(net, bp, new double[] {0, 0, 0}, 0.5, 3000, 200, 8, 1);
        for (int i = 0; i < 3; i++) assertThat(Math.abs(r.mean()[i] - x[i])).isLessThan(4 * r.meanStdErr()[i] + 0.01);
        assertThat(Math.abs(r.variance() - 1 / bp)).isLessThan(4 * r.varianceStdErr() + 0.01);
        // equipartition: E = |xi - x|^2 / 2 has mean d / (2 beta')
        assertThat(Math.abs(r.energy() - 3 / (2 * bp))).isLessThan(4 * r.energyStdErr() + 0.01);
        assertThat(r.acceptance()).isBetween(0.5, 1.0);
    }

    @Test
    void atBetaPrimeEqualToBetaTheMeasureIsTheGaussianMixture() {
        ModernHopfield net = ModernHopfield.of(THREE, 1);
        Langevin.Result r = Langevin.sample(net, 1, new double[] {0, 0}, 0.6, 6000, 300, 8, 2);
        double[] m = Gibbs.mixtureMean(net);
        for (int i = 0; i < 2; i++) assertThat(Math.abs(r.mean()[i] - m[i])).as("mean %d", i).isLessThan(4 * r.meanStdErr()[i] + 0.02);
        assertThat(Math.abs(r.secondMoment() - Gibbs.mixtureSecondMoment(net))).isLessThan(4 * r.secondMomentStdErr() + 0.02);
        // the weights exp(beta |x|^2 / 2) matter: uniform weights would put the mean 1/3 (x_1 + x_2 + x_3) = (0.33, 0.17)
        // many standard errors away
        assertThat(Math.abs(r.mean()[0] - 1.0 / 3)).isGreaterThan(6 * r.meanStdErr()[0]);
    }

    @Test
    void lowTemperatureSitsAtTheFixedPointWithTheLaplaceCovariance() {
        double[][] x = Patterns.random(Patterns.Ensemble.SPHERICAL, 5, 4, new SplittableRandom(11));
        ModernHopfield net = ModernHopfield.of(x, 2);
        double[] star = net.iterate(x[0], 1e-12, 10_000).state();
        double bp = 2000, lap = Gibbs.laplaceVariance(net, star, bp);
        Langevin.Result r = Langevin.sample(net, bp, star, 0.5, 2000, 100, 6, 3);
        for (int i = 0; i < 4; i++) assertThat(Math.abs(r.mean()[i] - star[i])).isLessThan(4 * r.meanStdErr()[i] + 1e-3);
        assertThat(r.variance()).isBetween(0.9 * lap, 1.1 * lap);
        assertThat(r.energy() - net.energy(star)).isBetween(0.9 * 4 / (2 * bp), 1.1 * 4 / (2 * bp));
    }

    @Test
    void seededAndReproducible() {
        ModernHopfield net = ModernHopfield.of(THREE, 1);
        Langevin.Result a = Langevin.sample(net, 1.5, new double[] {0, 0}, 0.5, 200, 10, 3, 7);
        Langevin.Result b = Langevin.sample(net, 1.5, new double[] {0, 0}, 0.5, 200, 10, 3, 7);
        Langevin.Result c = Langevin.sample(net, 1.5, new double[] {0, 0}, 0.5, 200, 10, 3, 8);
        assertThat(a).usingRecursiveComparison().isEqualTo(b);
        assertThat(a.mean()).isNotEqualTo(c.mean());
    }

    @Test
    void badInputNamesTheParameterTheValueAndTheRange() {
        ModernHopfield net = ModernHopfield.of(THREE, 1);
        double[] s = {0, 0};
        assertThatThrownBy(() -> Langevin.sample(net, 0, s, 0.5, 10, 0, 2, 1)).hasMessageContaining("beta' = 0.0").hasMessageContaining("> 0");
        assertThatThrownBy(() -> Langevin.sample(net, Double.POSITIVE_INFINITY, s, 0.5, 10, 0, 2, 1)).hasMessageContaining("beta' = Infinity");
        assertThatThrownBy(() -> Langevin.sample(net, 1, s, 0, 10, 0, 2, 1)).hasMessageContaining("step = 0.0").hasMessageContaining("(0, 10]");
        assertThatThrownBy(() -> Langevin.sample(net, 1, s, 0.5, 0, 0, 2, 1)).hasMessageContaining("steps = 0");
        assertThatThrownBy(() -> Langevin.sample(net, 1, s, 0.5, 10, -1, 2, 1)).hasMessageContaining("burnIn = -1");
        assertThatThrownBy(() -> Langevin.sample(net, 1, s, 0.5, 10, 0, 1, 1)).hasMessageContaining("chains = 1");
        assertThatThrownBy(() -> Langevin.sample(net, 1, new double[] {0, 0, 0}, 0.5, 10, 0, 2, 1)).hasMessageContaining("xi.length = 3");
    }
}
