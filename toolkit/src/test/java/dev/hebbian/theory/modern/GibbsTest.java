package dev.hebbian.theory.modern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The closed forms of the Gibbs measure exp(-beta' E) (docs/modern-hopfield.md#eq-mh-14, #eq-mh-16) against
 * direct numerical integration of exp(-beta E) in d = 1 (trapezoid rule on a fine grid) and against finite
 * differences of the gradient xi - f(xi).
 */
class GibbsTest {
    @Test
    void mixtureAtBetaPrimeEqualsBetaMatchesQuadratureInOneDimension() {
        double[][] x = {{2.0}, {-1.0}, {0.5}};
        for (double beta : new double[] {0.3, 1, 2.5}) {
            ModernHopfield net = ModernHopfield.of(x, beta);
            double z = 0, m1 = 0, m2 = 0, h = 1e-3;
            for (double xi = -25; xi <= 25; xi += h) {
                double w = Math.exp(-beta * net.energy(new double[] {xi}));
                z += w;
                m1 += w * xi;
                m2 += w * xi * xi;
            }
            assertThat(Gibbs.mixtureMean(net)[0]).as("beta %s", beta).isCloseTo(m1 / z, within(1e-6));
            assertThat(Gibbs.mixtureSecondMoment(net)).isCloseTo(m2 / z, within(1e-6));
            assertThat(Gibbs.mixtureVariance(net)).isCloseTo(m2 / z - (m1 / z) * (m1 / z), within(1e-6));
            // the weights are not uniform: the largest norm weighs most
            double[] w = Gibbs.mixtureWeights(net);
            assertThat(w[0]).isGreaterThan(w[1]).isGreaterThan(w[2]);
            assertThat(w[0] + w[1] + w[2]).isCloseTo(1, within(1e-15));
        }
    }

    @Test
    void onePatternIsTheGaussianOfVarianceOneOverBeta() {
        ModernHopfield net = ModernHopfield.of(new double[][] {{1, -2, 0.5}}, 4);
        assertThat(Gibbs.mixtureMean(net)).containsExactly(new double[] {1, -2, 0.5}, within(1e-15));
        assertThat(Gibbs.mixtureVariance(net)).isCloseTo(0.25, within(1e-14));
        // E = |xi - x|^2 / 2: Hessian I at any state, Laplace variance exactly 1/beta' for every beta'
        assertThat(Gibbs.laplaceVariance(net, new double[] {3, 3, 3}, 7)).isCloseTo(1.0 / 7, within(1e-14));
    }

    @Test
    void hessianIsTheDerivativeOfTheGradientXiMinusUpdate() {
        double[][] x = Patterns.random(Patterns.Ensemble.SPHERICAL, 6, 4, new SplittableRandom(3));
        ModernHopfield net = ModernHopfield.of(x, 0.8);
        double[] xi = {0.3, -0.5, 1.1, 0.2};
        double[][] h = Gibbs.hessian(net, xi);
        double eps = 1e-6;
        for (int j = 0; j < 4; j++) {
            double[] a = xi.clone(), b = xi.clone();
            a[j] += eps;
            b[j] -= eps;
            double[] fa = net.update(a), fb = net.update(b);
            for (int i = 0; i < 4; i++) {
                double ga = a[i] - fa[i], gb = b[i] - fb[i];
                assertThat(h[i][j]).isCloseTo((ga - gb) / (2 * eps), within(1e-6));
            }
        }
    }

    @Test
    void laplaceNeedsAMinimum() {
        // two patterns at +-1 in d = 1, beta = 4: the midpoint 0 is a maximum of E (H = 1 - 4 < 0)
        ModernHopfield net = ModernHopfield.of(new double[][] {{1}, {-1}}, 4);
        assertThatThrownBy(() -> Gibbs.laplaceVariance(net, new double[] {0}, 10)).hasMessageContaining("xiStar").hasMessageContaining("minimum");
        assertThatThrownBy(() -> Gibbs.laplaceVariance(net, new double[] {1}, 0)).hasMessageContaining("beta' = 0.0");
        assertThat(Gibbs.laplaceVariance(net, new double[] {1}, 10)).isBetween(0.1, 0.11);
    }
}
