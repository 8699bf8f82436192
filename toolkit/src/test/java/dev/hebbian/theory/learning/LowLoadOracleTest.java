package dev.hebbian.theory.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Low-load oracles of arXiv:2212.00606; docs/learning.md#reference-values (and docs/storage.md#reference-values). The paper's literal beta
 * of the paper's P = 4 rows is converted to the canonical beta = 2 beta_literal / P!.
 */
class LowLoadOracleTest {
    static double canon(int P, double betaLiteral) {
        double f = 1;
        for (int k = 2; k <= P; k++) f *= k;
        return 2 * betaLiteral / f;
    }

    @Test
    void datasetParametersRhoAndR() {
        ExampleSet d = ExampleSet.ofR(0.6, 10);
        assertThat(d.rho()).isCloseTo(0.177778, within(1e-6));
        assertThat(d.R()).isCloseTo(0.424, within(1e-12));
        assertThat(d.R()).isCloseTo(d.r() * d.r() * (1 + d.rho()), within(1e-14));
        ExampleSet e = ExampleSet.ofRho(0.5, 8);
        assertThat(e.r()).isCloseTo(1 / Math.sqrt(5), within(1e-12));
        assertThat(e.given()).isEqualTo(ExampleSet.Given.RHO_AND_M);
        assertThat(ExampleSet.ofR(1, 7).rho()).isZero();
    }

    @Test
    void zeroTemperatureExactLawAgainstClt() {
        double[][] cases = {{0.6, 10, 0.96084, 0.98229}, {0.6, 11, 0.97669, 0.98713}, {0.3, 40, 0.94643, 0.95330},
                {0.2, 10, 0.46686, 0.48139}, {0.5, 5, 0.79297, 0.80329}};
        for (double[] c : cases) {
            ExampleSet d = ExampleSet.ofR(c[0], (int) c[1]);
            LearningState ex = LowLoadTheory.retrieval(4, Double.POSITIVE_INFINITY, SignalLaw.of(d, Noise.EXACT), d.rho());
            LearningState cl = LowLoadTheory.retrieval(4, Double.POSITIVE_INFINITY, SignalLaw.of(d, Noise.CLT), d.rho());
            assertThat(ex.m()).as("exact %s", java.util.Arrays.toString(c)).isCloseTo(c[2], within(1e-5));
            assertThat(cl.m()).as("clt %s", java.util.Arrays.toString(c)).isCloseTo(c[3], within(1e-5));
        }
    }

    @Test
    void zeroTemperatureCltAgainstRho() {
        double[][] cases = {{0.05, 0.999992, 0.975900}, {0.1, 0.998435, 0.953591}, {0.2, 0.974653, 0.916470},
                {0.5, 0.842701, 0.857529}, {1, 0.682689, 0.824933}, {2, 0.520500, 0.807876}};
        for (double[] c : cases) {
            ExampleSet d = ExampleSet.ofRho(c[0]);
            LearningState s = LowLoadTheory.retrieval(4, Double.POSITIVE_INFINITY, SignalLaw.of(d, Noise.CLT), d.rho());
            assertThat(s.m()).isCloseTo(c[1], within(1e-6));
            assertThat(s.y()).isCloseTo(c[2], within(1e-6));
        }
    }

    @Test
    void finiteTemperatureExactLaw() {
        double[][] cases = {{2, 2, 0.6, 10, 0.848235, 0.838675, 0.754790}, {2, 1.2, 0.6, 10, 0.556840, 0.524473, 0.311732},
                {2, 5, 0.2, 10, 0.791911, 0.463050, 0.779910}, {4, 20, 0.6, 10, 0.893373, 0.900016, 0.858911},
                {4, 50, 0.6, 10, 0.924874, 0.957884, 0.967023}, {4, 50, 0.2, 10, 0.792945, 0.463780, 0.783568}};
        for (double[] c : cases) {
            int P = (int) c[0];
            ExampleSet d = ExampleSet.ofR(c[2], (int) c[3]);
            LearningState s = LowLoadTheory.retrieval(P, canon(P, c[1]), SignalLaw.of(d, Noise.EXACT), d.rho());
            String tag = java.util.Arrays.toString(c);
            assertThat(s.converged()).isTrue();
            assertThat(s.y()).as("y %s", tag).isCloseTo(c[4], within(1e-5));
            assertThat(s.m()).as("m %s", tag).isCloseTo(c[5], within(1e-5));
            assertThat(s.q()).as("q %s", tag).isCloseTo(c[6], within(1e-5));
        }
    }

    @Test
    void finiteTemperatureClt() {
        double[][] cases = {{2, 2, 0.840209, 0.842569}, {4, 20, 0.886339, 0.906848}, {4, 50, 0.921830, 0.974296}};
        for (double[] c : cases) {
            int P = (int) c[0];
            ExampleSet d = ExampleSet.ofR(0.6, 10);
            LearningState s = LowLoadTheory.retrieval(P, canon(P, c[1]), SignalLaw.of(d, Noise.CLT), d.rho());
            assertThat(s.y()).isCloseTo(c[2], within(1e-5));
            assertThat(s.m()).isCloseTo(c[3], within(1e-5));
        }
    }

    @Test
    void spinodalAndCriticalTemperaturesAgainstRho() {
        double[][] o9 = {{0, 0.99157, 0.72590}, {0.05, 0.89288, 0.66340}, {0.1, 0.81746, 0.61312},
                {0.2, 0.71473, 0.54185}, {0.5, 0.57817, 0.44438}, {1, 0.50861, 0.39439}};
        for (double[] c : o9) {
            LowLoadTheory.Transition t = LowLoadTheory.transition(4, SignalLaw.of(ExampleSet.ofRho(c[0]), Noise.CLT));
            assertThat(t.temperatureSpinodal()).as("T_s rho=%s", c[0]).isCloseTo(c[1], within(1e-4));
            assertThat(t.temperatureCritical()).as("T_c rho=%s", c[0]).isCloseTo(c[2], within(1e-4));
        }
        LowLoadTheory.Transition p4 = LowLoadTheory.transition(4, SignalLaw.of(ExampleSet.ofRho(0), Noise.CLT));
        assertThat(p4.betaSpinodal()).isCloseTo(1.008499, within(1e-5));
        assertThat(p4.mSpinodal()).isCloseTo(0.8894, within(1e-4));
        assertThat(p4.betaCritical()).isCloseTo(1.377603, within(1e-5));
        LowLoadTheory.Transition p6 = LowLoadTheory.transition(6, SignalLaw.of(ExampleSet.ofR(1, 3), Noise.EXACT));
        assertThat(p6.betaSpinodal()).isCloseTo(0.788543, within(1e-5));
        assertThat(p6.betaCritical()).isCloseTo(1.385800, within(1e-5));
    }

    @Test
    void shallowCriticalPointIsOneForEveryDataset() {
        for (double[] c : new double[][] {{0.6, 10}, {0.2, 3}, {0.9, 50}}) {
            SignalLaw law = SignalLaw.of(ExampleSet.ofR(c[0], (int) c[1]), Noise.EXACT);
            assertThat(LowLoadTheory.transition(2, law).betaCritical()).isCloseTo(1, within(1e-12));
            assertThat(LowLoadTheory.retrieval(2, 0.999, law, 0)).isNull();
            assertThat(LowLoadTheory.retrieval(2, 1.02, law, 0).y()).isGreaterThan(1e-3);
        }
    }
}
