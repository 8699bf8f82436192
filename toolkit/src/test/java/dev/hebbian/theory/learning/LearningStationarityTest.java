package dev.hebbian.theory.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The self-consistent solutions are stationary points of the RS pressures (docs/learning.md#eq-learning-4, #eq-learning-11, #eq-learning-18), and the
 * reported pressure is the pressure evaluated there: checks that the equations and the free energies
 * used for the phase boundaries agree with each other.
 */
class LearningStationarityTest {
    static double pressureDense(int P, double beta, double alpha, SignalLaw law, double y, double q) {
        double c = beta * beta * alpha / 2;
        double[] mo = law.moments(beta * P / 2 * Math.pow(y, P - 1), beta * Math.sqrt(alpha * P / 2 * Math.pow(q, P - 1)));
        return Math.log(2) - beta * (P - 1) / 2 * Math.pow(y, P) + c / 2 * (1 - P * Math.pow(q, P - 1) + (P - 1) * Math.pow(q, P)) + mo[3];
    }

    static double pressureAgs(double beta, double alpha, SignalLaw law, double y, double q) {
        double[] mo = law.moments(beta * y, beta * Math.sqrt(alpha * HighLoadTheory.rTilde(beta, q)));
        return HighLoadTheory.agsPressure(beta, alpha, y, q, mo[3]);
    }

    @Test
    void denseHighLoadSolutionIsStationary() {
        for (Noise noise : new Noise[] {Noise.EXACT, Noise.CLT}) {
            ExampleSet d = ExampleSet.ofR(0.7, 12);
            SignalLaw law = SignalLaw.of(d, noise);
            int P = 4;
            double beta = 2.2, alpha = 0.1;
            LearningState s = HighLoadTheory.retrieval(P, beta, alpha, law, d.rho(), 1, law.meanAbs(), 1);
            double h = 1e-5;
            double dy = (pressureDense(P, beta, alpha, law, s.y() + h, s.q()) - pressureDense(P, beta, alpha, law, s.y() - h, s.q())) / (2 * h);
            double dq = (pressureDense(P, beta, alpha, law, s.y(), s.q() + h) - pressureDense(P, beta, alpha, law, s.y(), s.q() - h)) / (2 * h);
            assertThat(dy).as("%s dA/dy", noise).isCloseTo(0, within(1e-6));
            assertThat(dq).as("%s dA/dq", noise).isCloseTo(0, within(1e-6));
            assertThat(s.pressure()).isCloseTo(pressureDense(P, beta, alpha, law, s.y(), s.q()), within(1e-12));
        }
    }

    @Test
    void agsSolutionIsStationary() {
        ExampleSet d = ExampleSet.ofR(0.8, 20);
        SignalLaw law = SignalLaw.of(d, Noise.EXACT);
        double beta = 4, alpha = 0.03;
        LearningState s = HighLoadTheory.retrieval(2, beta, alpha, law, d.rho(), 1, law.meanAbs(), 1);
        double h = 1e-5;
        double dy = (pressureAgs(beta, alpha, law, s.y() + h, s.q()) - pressureAgs(beta, alpha, law, s.y() - h, s.q())) / (2 * h);
        double dq = (pressureAgs(beta, alpha, law, s.y(), s.q() + h) - pressureAgs(beta, alpha, law, s.y(), s.q() - h)) / (2 * h);
        assertThat(dy).isCloseTo(0, within(1e-6));
        assertThat(dq).isCloseTo(0, within(1e-6));
    }

    @Test
    void lowLoadSolutionIsAMaximumOfTheVariationalPressure() {
        ExampleSet d = ExampleSet.ofR(0.6, 10);
        SignalLaw law = SignalLaw.of(d, Noise.EXACT);
        int P = 4;
        double beta = 2;
        LearningState s = LowLoadTheory.retrieval(P, beta, law, d.rho());
        java.util.function.DoubleUnaryOperator A = y -> Math.log(2) - beta * (P - 1) / 2 * Math.pow(y, P) + law.moments(beta * P / 2 * Math.pow(y, P - 1), 0)[3];
        assertThat(A.applyAsDouble(s.y())).isCloseTo(s.pressure(), within(1e-12));
        assertThat(A.applyAsDouble(s.y())).isGreaterThan(A.applyAsDouble(s.y() + 1e-3)).isGreaterThan(A.applyAsDouble(s.y() - 1e-3) - 1e-15);
        assertThat(s.stability()).isLessThan(1);
    }

    @Test
    void exactAndCltAgreeForManyExamplesAtHighLoad() {
        // M large at fixed rho: the binomial law tends to the Gaussian surrogate
        ExampleSet d = ExampleSet.ofRho(0.2, 2000);
        LearningState ex = HighLoadTheory.retrieval(4, 3, 0.1, SignalLaw.of(d, Noise.EXACT), 0.2, 1, 1, 1);
        LearningState cl = HighLoadTheory.retrieval(4, 3, 0.1, SignalLaw.of(d, Noise.CLT), 0.2, 1, 1, 1);
        assertThat(ex.m()).isCloseTo(cl.m(), within(2e-3));
        assertThat(Learning.supervised().p(4).rho(0.2).examples(2000).capacity().alphaC())
                .isCloseTo(Learning.supervised().p(4).rho(0.2).noise(Noise.CLT).capacity().alphaC(), within(2e-3));
    }
}
