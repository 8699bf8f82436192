package dev.hebbian.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.Check;

/** Closed forms for the shared numerics: Gaussian moments, log-domain functions, fixed points. */
class NumericsBasicsTest {
    @Test
    void gaussHermiteReproducesGaussianMoments() {
        Gauss g = Gauss.order(64);
        assertThat(g.expect(z -> 1)).isCloseTo(1, within(1e-14));
        assertThat(g.expect(z -> z)).isCloseTo(0, within(1e-14));
        assertThat(g.expect(z -> z * z)).isCloseTo(1, within(1e-13));
        assertThat(g.expect(z -> z * z * z * z)).isCloseTo(3, within(1e-12));
        assertThat(g.expect(Math::cos)).isCloseTo(Math.exp(-0.5), within(1e-14));
        // E tanh^2(1 + 0.5 z) by doubling: the estimate is small and the value agrees with a high order rule
        double[] v = Gauss.order(48).expectWithDoubling(z -> Math.pow(Math.tanh(1 + 0.5 * z), 2));
        assertThat(v[1]).isLessThan(1e-10);
        assertThat(v[0]).isCloseTo(Gauss.order(200).expect(z -> Math.pow(Math.tanh(1 + 0.5 * z), 2)), within(1e-12));
    }

    @Test
    void logDomainFunctionsDoNotOverflow() {
        assertThat(LogMath.logCosh(1000)).isCloseTo(1000 - Math.log(2), within(1e-12));
        assertThat(LogMath.logCosh(0.3)).isCloseTo(Math.log(Math.cosh(0.3)), within(1e-15));
        assertThat(LogMath.logSumExp(new double[] {1000, 1000}, 2)).isCloseTo(1000 + Math.log(2), within(1e-12));
        assertThat(LogMath.logAddExp(-1e300, 0)).isCloseTo(0, within(1e-15));
        assertThat(LogMath.sech2(30)).isCloseTo(4 * Math.exp(-60), within(1e-30));
        assertThat(LogMath.sech2(0.5)).isCloseTo(1 / Math.pow(Math.cosh(0.5), 2), within(1e-15));
    }

    @Test
    void fixedPointFindsTheDottieNumberAndReportsDiagnostics() {
        FixedPoint.Result r = FixedPoint.of(x -> new double[] {Math.cos(x[0])}).solve(0.0);
        assertThat(r.converged()).isTrue();
        assertThat(r.x(0)).isCloseTo(0.7390851332151607, within(1e-12));
        assertThat(r.residual()).isLessThanOrEqualTo(1e-12);
        assertThat(r.iterations()).isPositive();
    }

    @Test
    void newtonRescuesASlowIteration() {
        // x = tanh(b x) with b slightly above 1: the damped iteration crawls, Newton finishes it
        double b = 1.001;
        FixedPoint.Result r = FixedPoint.of(x -> new double[] {Math.tanh(b * x[0])}).newtonAfter(50).solve(0.5);
        assertThat(r.converged()).isTrue();
        assertThat(Math.tanh(b * r.x(0)) - r.x(0)).isCloseTo(0, within(1e-12));
        assertThat(r.x(0)).isGreaterThan(0.05);
        assertThat(r.method()).contains("newton");
    }

    @Test
    void unconvergedSolveThrowsUnlessAllowed() {
        // x = -x + 1 oscillates with plain iteration and Newton is not allowed to start
        FixedPoint fp = FixedPoint.of(x -> new double[] {2 - x[0]}).damping(1).maxIterations(50).newtonAfter(1000);
        assertThatThrownBy(() -> fp.solve(0.0)).isInstanceOf(NotConvergedException.class).hasMessageContaining("did not converge");
        FixedPoint.Result r = fp.allowUnconverged(true).solve(0.0);
        assertThat(r.converged()).isFalse();
        assertThat(r.residual()).isEqualTo(2.0);
    }

    @Test
    void checksNameTheParameterValueAndRange() {
        assertThatThrownBy(() -> Check.inClosed("r", 1.5, 0, 1)).hasMessage("r = 1.5 is out of range: must be in [0.0, 1.0]");
        assertThatThrownBy(() -> Check.evenAtLeast("P", 3, 2)).hasMessage("P = 3 is out of range: must be an even integer >= 2");
        assertThatThrownBy(() -> Check.nonNegative("T", -1)).hasMessage("T = -1.0 is out of range: must be >= 0 and finite");
        assertThatThrownBy(() -> Check.inHalfOpen("d", 1, 0, 1)).hasMessage("d = 1.0 is out of range: must be in [0.0, 1.0)");
    }
}
