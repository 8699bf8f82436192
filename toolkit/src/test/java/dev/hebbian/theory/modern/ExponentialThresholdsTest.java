package dev.hebbian.theory.modern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.theory.modern.ExponentialThresholds.Threshold;
import dev.hebbian.theory.modern.Patterns.Ensemble;

/**
 * The exponential-load thresholds (docs/modern-hopfield.md#eq-mh-8 to #eq-mh-12) found by root finding,
 * against their closed forms and limits. The Monte Carlo checks are in
 * {@code dev.hebbian.simulation.modern.ExponentialLoadTest}.
 */
class ExponentialThresholdsTest {
    static double gaussianClosed(double l, double rho) {
        return l <= rho ? l * rho - l * l / 2 : rho * rho / 2;
    }

    static double sphericalClosed(double l, double rho) {
        double u = (Math.sqrt(1 + 4 * l * l) - 1) / (2 * l);
        return u <= rho ? l * (rho - u) - 0.5 * Math.log(1 - u * u) : -0.5 * Math.log(1 - rho * rho);
    }

    @Test
    void rootsMatchTheClosedForms() {
        for (double l : new double[] {0.05, 0.3, 0.7, 1, 1.5, 3, 10}) {
            for (double rho : new double[] {0.3, 0.6, 0.9, 1}) {
                Threshold g = ExponentialThresholds.alpha1(Ensemble.GAUSSIAN, l, rho);
                Threshold s = ExponentialThresholds.alpha1(Ensemble.SPHERICAL, l, rho);
                assertThat(g.converged()).isTrue();
                assertThat(s.converged()).isTrue();
                assertThat(g.residual()).isLessThan(1e-9);
                assertThat(g.alpha()).as("Gaussian lambda=%s rho=%s", l, rho).isCloseTo(gaussianClosed(l, rho), within(1e-9));
                assertThat(s.alpha()).as("spherical lambda=%s rho=%s", l, rho).isCloseTo(sphericalClosed(l, rho), within(1e-9));
            }
        }
    }

    @Test
    void limits() {
        // lambda -> 0: both ensembles alpha_1 = lambda - lambda^2/2 + O(lambda^3)
        assertThat(ExponentialThresholds.alpha1(Ensemble.SPHERICAL, 1e-3).alpha()).isCloseTo(1e-3 - 0.5e-6, within(1e-8));
        // Gaussian: alpha_1 = 1/2 for lambda >= 1 (argmax of x_mu.x_1 is pattern 1 iff sqrt(2 alpha) < 1)
        assertThat(ExponentialThresholds.alpha1(Ensemble.GAUSSIAN, 50).alpha()).isCloseTo(0.5, within(1e-10));
        // spherical: alpha_1 = 1/2 + (1/2) log lambda + O(1/lambda), unbounded (nearest-neighbour retrieval on the sphere)
        double l = 1e4;
        assertThat(ExponentialThresholds.alpha1(Ensemble.SPHERICAL, l).alpha()).isCloseTo(0.5 + 0.5 * Math.log(l), within(1e-3));
        // large lambda with rho < 1 (spherical): the nearest-neighbour basin -(1/2) log(1 - rho^2)
        assertThat(ExponentialThresholds.alpha1(Ensemble.SPHERICAL, 1e5, 0.6).alpha()).isCloseTo(-0.5 * Math.log(1 - 0.36), within(1e-9));
        // Gaussian all-pattern bound: log(2)/4 at large lambda; below alpha_1 everywhere; spherical alpha_c = alpha_1
        assertThat(ExponentialThresholds.alphaC(Ensemble.GAUSSIAN, 20).alpha()).isCloseTo(Math.log(2) / 4, within(1e-12));
        double prev = 0;
        for (double lam : new double[] {0.1, 0.2, 0.4, 0.8, 1.2, 2, 4}) {
            Threshold c = ExponentialThresholds.alphaC(Ensemble.GAUSSIAN, lam);
            assertThat(c.converged()).isTrue();
            assertThat(c.alpha()).isLessThan(ExponentialThresholds.alpha1(Ensemble.GAUSSIAN, lam).alpha());
            assertThat(c.alpha()).isGreaterThanOrEqualTo(prev);
            prev = c.alpha();
            assertThat(ExponentialThresholds.alphaC(Ensemble.SPHERICAL, lam).alpha())
                    .isEqualTo(ExponentialThresholds.alpha1(Ensemble.SPHERICAL, lam).alpha());
        }
        // the bulk equation alpha = J(r_f) at lambda = 0.4 (r_f = alpha/alpha_1): checked by substitution
        double a = ExponentialThresholds.alphaC(Ensemble.GAUSSIAN, 0.4).alpha(), a1 = 0.4 - 0.08;
        double r = a / a1;
        assertThat(0.5 * (r - 1 - Math.log(r))).isCloseTo(a, within(1e-10));
    }

    @Test
    void freeEntropyIsContinuousAtCondensation() {
        for (Ensemble e : Ensemble.values()) {
            for (double a : new double[] {0.05, 0.3, 0.8}) {
                double lc = ExponentialThresholds.condensationLambda(e, a);
                double below = ExponentialThresholds.freeEntropy(e, a, lc * (1 - 1e-9), 1);
                double above = ExponentialThresholds.freeEntropy(e, a, lc * (1 + 1e-9), 1);
                assertThat(above - below).as("%s alpha=%s", e, a).isCloseTo(0, within(1e-7));
                // below condensation phi is the annealed value alpha + log E exp(lambda d u)/d: Gaussian alpha + lambda^2/2
                if (e == Ensemble.GAUSSIAN) assertThat(ExponentialThresholds.freeEntropy(e, a, 0.5 * lc, 1)).isCloseTo(a + lc * lc / 8, within(1e-12));
            }
        }
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ExponentialThresholds.alpha1(Ensemble.GAUSSIAN, 0)).hasMessage("lambda = 0.0 is out of range: must be > 0 and finite");
        assertThatThrownBy(() -> ExponentialThresholds.alpha1(Ensemble.GAUSSIAN, 1, 1.5)).hasMessage("rho = 1.5 is out of range: must be in (0, 1]");
        assertThatThrownBy(() -> ExponentialThresholds.alphaC(Ensemble.SPHERICAL, Double.NaN)).hasMessageContaining("lambda = NaN");
        assertThatThrownBy(() -> ExponentialThresholds.freeEntropy(Ensemble.GAUSSIAN, -1, 1, 1)).hasMessageContaining("alpha = -1.0");
    }
}
