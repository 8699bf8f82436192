package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hebbian.numerics.Gauss;

/**
 * The functional averaged over a law of the field factor u (docs/learning.md#eq-learning-10; {@link Signal}):
 * <ul>
 *   <li>a Gaussian component, integrated exactly through u h + s z = mu h + sqrt(s^2 + v h^2) Z and Stein's lemma
 *       for E[u F], equals the same Gaussian law written as 120 Gauss-Hermite atoms, in every RS and 1RSB
 *       quantity, at finite T and at T = 0;</li>
 *   <li>the analytic Jacobians with atoms (RS and 1RSB) match central differences;</li>
 *   <li>a law concentrated on u = 1 is the storage functional.</li>
 * </ul>
 */
class SignalFunctionalTest {
    private static final Gauss G = Gauss.order(128), G1 = Gauss.order(64), G2 = Gauss.order(48);
    /**
     * The atoms are plain Gauss-Hermite nodes in u, blind to the kink of tanh at u h = 0 (width 1/(beta h sd) in
     * Y units, 0.42 in the second case): their own error reaches a few 1e-6 there (1RSB included) (docs/numerics.md#quadrature), while the
     * Gaussian component goes through the kink-adapted rule. An error in the reduction would be O(1e-2).
     */
    private static final double TOL = 1e-5;

    private static Signal asAtoms(double mu, double sd) {
        Gauss h = Gauss.order(120);
        double[] u = new double[h.size()], w = new double[h.size()];
        double t = 0;
        for (int k = 0; k < h.size(); k++) {
            u[k] = mu + sd * h.node(k);
            w[k] = h.weight(k);
            t += w[k];
        }
        for (int k = 0; k < w.length; k++) w[k] /= t;
        return Signal.atoms(u, w);
    }

    @ParameterizedTest
    @CsvSource({"0.9, 0.4, 2.0, 0.8, 0.7, 0.4, 0.9, 0.6", "0.7, 0.6, 1.5, 1.1, 0.5, 0.2, 0.8, 0.3", "1.0, 0.3, 3.0, 0.9, 0.9, 0.6, 0.95, 0.5"})
    void aGaussianComponentEqualsItsAtoms(double mu, double sd, double beta, double m, double q, double q1, double q2, double theta) {
        Functional base = new Functional(4, 0.05, 4);
        Functional gauss = base.withSignal(Signal.gaussian(mu, sd)), atoms = base.withSignal(asAtoms(mu, sd));
        assertThat(gauss.rsPressure(beta, m, q, G)).isCloseTo(atoms.rsPressure(beta, m, q, G), within(TOL));
        double[] a = gauss.rsMap(beta, m, q, G), b = atoms.rsMap(beta, m, q, G);
        assertThat(a[0]).as("E u tanh").isCloseTo(b[0], within(TOL));
        assertThat(a[1]).as("E tanh^2").isCloseTo(b[1], within(TOL));
        assertThat(gauss.archetypeOverlap(beta, m, q, G)).isCloseTo(atoms.archetypeOverlap(beta, m, q, G), within(TOL));
        assertThat(gauss.atQuantity(beta, m, q, G)).isCloseTo(atoms.atQuantity(beta, m, q, G), within(TOL));
        double[] r = gauss.rsbEval(beta, m, q1, q2, theta, G1, G2), s = atoms.rsbEval(beta, m, q1, q2, theta, G1, G2);
        for (int i = 0; i < 5; i++) assertThat(r[i]).as("1RSB value %d", i).isCloseTo(s[i], within(TOL));
        // T = 0
        assertThat(gauss.rsGroundState(m)).isCloseTo(atoms.rsGroundState(m), within(TOL));
        assertThat(gauss.rsGroundStateMap(m)).isCloseTo(atoms.rsGroundStateMap(m), within(TOL));
        // q1 = 0.9: an outer noise wide enough for the atoms to resolve the step of sgn in u
        double[] g0 = gauss.rsbGroundStateEval(m, 0.9, 2.0, G1), a0 = atoms.rsbGroundStateEval(m, 0.9, 2.0, G1);
        for (int i = 0; i < 4; i++) assertThat(g0[i]).as("T = 0 1RSB value %d", i).isCloseTo(a0[i], within(10 * TOL)); // T = 0: a step in u
    }

    /** The analytic RS Jacobian with Gaussian components (Stein terms) against central differences of the map. */
    @ParameterizedTest
    @CsvSource({"0.9, 0.4, 2.0, 0.8, 0.7", "0.7, 0.6, 1.5, 1.1, 0.5", "1.0, 0.3, 8.0, 0.9, 0.9", "0.8, 0.5, 30.0, 0.95, 0.97"})
    void analyticJacobianWithGaussianComponentsMatchesFiniteDifferences(double mu, double sd, double beta, double m, double q) {
        Functional f = new Functional(4, 0.05, 4).withSignal(Signal.gaussian(mu, sd));
        double[] j = f.rsMapJacobian(beta, m, q, G), n = f.rsMapJacobianNumerical(beta, m, q, G);
        for (int i = 0; i < 6; i++) assertThat(j[i]).as("entry %d", i).isCloseTo(n[i], within(2e-6 * Math.max(1, Math.abs(n[i]))));
    }

    /**
     * The engine's law of M = 1000 examples keeps the atoms that matter (about 9 standard deviations of the
     * binomial law, not all 1001) and gives the same functional as every atom, to the rounding of a double.
     */
    @Test
    void negligibleAtomsAreDroppedWithoutChangingTheFunctional() {
        int M = 1000;
        double r = 0.3, p = (1 + r) / 2;
        dev.hebbian.theory.learning.ExampleSet d = dev.hebbian.theory.learning.ExampleSet.ofR(r, M);
        Signal kept = dev.hebbian.theory.learning.SignalLaw.of(d, dev.hebbian.theory.learning.Noise.EXACT).signal();
        double[] u = new double[M + 1], w = new double[M + 1];
        double lgM = org.hipparchus.special.Gamma.logGamma(M + 1.0), t = 0;
        for (int k = 0; k <= M; k++) {
            w[k] = Math.exp(lgM - org.hipparchus.special.Gamma.logGamma(k + 1.0) - org.hipparchus.special.Gamma.logGamma(M - k + 1.0)
                    + k * Math.log(p) + (M - k) * Math.log1p(-p));
            u[k] = (2.0 * k - M) / M / Math.sqrt(d.R());
            t += w[k];
        }
        for (int k = 0; k <= M; k++) w[k] /= t;
        Functional base = new Functional(4, 0.05, 4), pruned = base.withSignal(kept), every = base.withSignal(Signal.atoms(u, w));
        assertThat(kept.size()).isBetween(150, 350);
        double beta = 3, m = 0.9, q = 0.85;
        assertThat(pruned.rsPressure(beta, m, q, G)).isCloseTo(every.rsPressure(beta, m, q, G), within(1e-14));
        double[] a = pruned.rsMap(beta, m, q, G), b = every.rsMap(beta, m, q, G);
        assertThat(a[0]).isCloseTo(b[0], within(1e-14));
        assertThat(a[1]).isCloseTo(b[1], within(1e-14));
    }

    @Test
    void analyticJacobiansWithAtomsMatchFiniteDifferences() {
        Functional f = new Functional(4, 0.05, 4).withSignal(Signal.atoms(new double[] {0.4, 1.1, 1.6}, new double[] {0.2, 0.5, 0.3}));
        double beta = 3, m = 0.85, q = 0.8, q1 = 0.5, q2 = 0.9, theta = 0.4, h = 1e-4;
        double[] j = f.rsMapJacobian(beta, m, q, G);
        double[] mp = f.rsMap(beta, m + h, q, G), mm = f.rsMap(beta, m - h, q, G), qp = f.rsMap(beta, m, q + h, G), qm = f.rsMap(beta, m, q - h, G);
        assertThat(j[2]).isCloseTo((mp[0] - mm[0]) / (2 * h), within(1e-6));
        assertThat(j[3]).isCloseTo((qp[0] - qm[0]) / (2 * h), within(1e-6));
        assertThat(j[4]).isCloseTo((mp[1] - mm[1]) / (2 * h), within(1e-6));
        assertThat(j[5]).isCloseTo((qp[1] - qm[1]) / (2 * h), within(1e-6));
        double[] e = f.rsbEvalJacobian(beta, m, q1, q2, theta, G1, G2), x = {m, q1, q2, theta};
        double d = 1e-3;
        for (int c = 0; c < 4; c++) {
            double[] xp = x.clone(), xm = x.clone(), xp2 = x.clone(), xm2 = x.clone();
            xp[c] += d;
            xm[c] -= d;
            xp2[c] += 2 * d;
            xm2[c] -= 2 * d;
            double[] fp = f.rsbEval(beta, xp[0], xp[1], xp[2], xp[3], G1, G2), fm = f.rsbEval(beta, xm[0], xm[1], xm[2], xm[3], G1, G2);
            double[] fp2 = f.rsbEval(beta, xp2[0], xp2[1], xp2[2], xp2[3], G1, G2), fm2 = f.rsbEval(beta, xm2[0], xm2[1], xm2[2], xm2[3], G1, G2);
            for (int i = 0; i < 4; i++) {
                double fd = (-fp2[1 + i] + 8 * fp[1 + i] - 8 * fm[1 + i] + fm2[1 + i]) / (12 * d);
                assertThat(e[5 + 4 * i + c]).as("d out %d / d in %d", i, c).isCloseTo(fd, within(5e-6 * Math.max(1, Math.abs(fd))));
            }
        }
    }

    @Test
    void aLawConcentratedOnOneIsStorage() {
        Functional storage = new Functional(4, 0.05, 4);
        Functional one = storage.withSignal(Signal.atoms(new double[] {1, 1}, new double[] {0.5, 0.5}));
        Functional narrow = storage.withSignal(Signal.gaussian(1, 1e-7));
        for (Functional f : new Functional[] {one, narrow}) {
            assertThat(f.rsPressure(4, 0.9, 0.8, G)).isCloseTo(storage.rsPressure(4, 0.9, 0.8, G), within(1e-12));
            assertThat(f.rsMap(4, 0.9, 0.8, G)[0]).isCloseTo(storage.rsMap(4, 0.9, 0.8, G)[0], within(1e-10));
            assertThat(f.rsbEval(4, 0.9, 0.5, 0.9, 0.5, G1, G2)[1]).isCloseTo(storage.rsbEval(4, 0.9, 0.5, 0.9, 0.5, G1, G2)[1], within(1e-10));
        }
    }

    @Test
    void badLawsAreRefusedWithTheParameterNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Signal.atoms(new double[] {1, 2}, new double[] {0.5, 0.6}))
                .hasMessageContaining("signal weights").hasMessageContaining("1.1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Signal.gaussian(Double.NaN, 1)).hasMessageContaining("signal mean");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Signal(new double[] {1}, new double[] {1, 2}, new double[] {0}))
                .hasMessageContaining("signal");
    }
}
