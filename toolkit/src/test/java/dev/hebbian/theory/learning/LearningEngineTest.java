package dev.hebbian.theory.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.Solution;

/**
 * The learning model on the replica engine (the P-spin functional averaged over the law of the class average,
 * docs/learning.md#eq-learning-10) against independent closed forms:
 * <ul>
 *   <li>T = 0: the engine's retrieval state equals the closed-form one, found as the largest-tau root of
 *       alpha(tau) = (P/2) Y(tau)^(2P-2) / tau^2 with Y(tau) = E[u erf(tau u / sqrt 2)] (docs/learning.md#eq-learning-14),
 *       for the three laws of the class average;</li>
 *   <li>low T: the RS state continues into the T = 0 one, and the 1RSB retrieval state (not in the RS-only
 *       learning papers) has A_1RSB &lt;= A_RS (inf over the glassy parameters) and m within 1e-3 of RS.</li>
 * </ul>
 */
class LearningEngineTest {
    @ParameterizedTest
    @EnumSource(Noise.class)
    void zeroTemperatureRetrievalEqualsTheClosedForm(Noise noise) {
        ExampleSet d = ExampleSet.ofR(0.6, 10);
        SignalLaw law = SignalLaw.of(d, noise);
        for (double alpha : new double[] {0.02, 0.05}) {
            LearningState engine = HighLoadTheory.retrieval(4, Double.POSITIVE_INFINITY, alpha, law, d.rho(), 1, 1, 1);
            LearningState closed = HighLoadTheory.zeroTemperatureRetrieval(4, alpha, law, d.rho(), 1);
            assertThat(engine.y()).as("y, %s, alpha = %s", noise, alpha).isCloseTo(closed.y(), within(1e-8));
            assertThat(engine.m()).as("m").isCloseTo(closed.m(), within(1e-8));
            assertThat(engine.freeEnergy()).as("f").isCloseTo(closed.freeEnergy(), within(1e-8));
            LearningState cold = HighLoadTheory.retrieval(4, 1e4, alpha, law, d.rho(), 1, 1, 1);
            assertThat(cold.y()).as("y at T = 1e-4").isCloseTo(closed.y(), within(1e-3));
            assertThat(cold.freeEnergy()).as("f at T = 1e-4").isCloseTo(closed.freeEnergy(), within(1e-3));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Noise.class, names = {"CLT", "EXACT"})
    void oneRsbRetrievalLiesBelowRsInPressure(Noise noise) {
        Learning.HighLoad h = Learning.supervised().p(4).r(0.6).M(10).noise(noise).temperature(0.03).highLoad().alpha(0.05);
        Solution rs = h.solver(Ansatz.RS).solve(Branch.RETRIEVAL), rsb = h.solver(Ansatz.ONE_RSB).solve(Branch.RETRIEVAL);
        assertThat(rsb.converged()).isTrue();
        assertThat(rsb.branch()).isEqualTo(Branch.RETRIEVAL);
        assertThat(rsb.pressure()).isLessThanOrEqualTo(rs.pressure() + 1e-12);
        assertThat(rsb.m()).isCloseTo(rs.m(), within(1e-3));
    }
}
