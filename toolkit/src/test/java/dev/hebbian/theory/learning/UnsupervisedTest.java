package dev.hebbian.theory.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Unsupervised differences (docs/learning.md#eq-learning-23) and oracle docs/learning.md#reference-values (loads converted to the canonical alpha = alpha_s P!/2). */
class UnsupervisedTest {
    @Test
    void capacityRatioToSupervised() {
        double[][] cases = {{0.6, 10, 0.28075}, {0.3, 40, 0.00645}, {0.8, 5, 0.76894}, {0.4, 100, 0.07552}};
        for (double[] c : cases) {
            ExampleSet d = ExampleSet.ofR(c[0], (int) c[1]);
            assertThat(UnsupervisedTheory.capacityRatio(4, d)).as("r=%s M=%s", c[0], c[1])
                    .isCloseTo(c[2], within(HighLoadOracleTest.tol(c[2])));
            // the engine with the unsupervised noise factor reproduces docs/learning.md#eq-learning-25 exactly
            double sup = Learning.supervised().p(4).r(c[0]).examples((int) c[1]).noise(Noise.CLT).capacity().alphaC();
            double uns = Learning.unsupervised().p(4).r(c[0]).examples((int) c[1]).noise(Noise.CLT).capacity().alphaC();
            assertThat(uns / sup).isCloseTo(UnsupervisedTheory.capacityRatio(4, d), within(1e-9));
        }
        CapacityResult u = Learning.unsupervised().p(4).r(0.6).examples(10).noise(Noise.CLT).capacity();
        assertThat(u.alphaC()).isCloseTo(0.004871 * 12, within(0.0000005 * 12 + 1e-12));
        assertThat(u.alphaPaperUnits()).isCloseTo(0.004871, within(5e-7));
    }

    @Test
    void lowLoadArchetypeStateEqualsSupervised() {
        LearningSolution s = Learning.supervised().p(4).r(0.5).examples(7).beta(3).lowLoad().solve();
        LearningSolution u = Learning.unsupervised().p(4).r(0.5).examples(7).beta(3).lowLoad().solve();
        assertThat(u.retrieval().orElseThrow().m()).isEqualTo(s.retrieval().orElseThrow().m());
    }

    @Test
    void normalisationOnlyChangesTheTemperatureScale() {
        ExampleSet d = ExampleSet.ofR(0.6, 10);
        // P = 2: T_c = R / N_U^2 = 1 + rho with N_U = r (docs/learning.md#eq-learning-23)
        LowLoadTheory.Transition t = Learning.unsupervised().p(2).r(0.6).examples(10)
                .normalisation(UnsupervisedTheory.Normalisation.R).lowLoad().transition();
        assertThat(t.temperatureCritical()).isCloseTo(1 + d.rho(), within(1e-12));
        // T = 0: the normalisation cancels in alpha_c (docs/learning.md#eq-learning-25)
        double a1 = Learning.unsupervised().p(4).r(0.6).examples(10).capacity().alphaC();
        double a2 = Learning.unsupervised().p(4).r(0.6).examples(10).normalisation(UnsupervisedTheory.Normalisation.R).capacity().alphaC();
        assertThat(a2).isCloseTo(a1, within(1e-9 * a1));
    }

    @Test
    void exampleStateAtZeroTemperatureIsTheExampleItself() {
        // with r^(2(P-1)) (M - 1) < 1 the example eta^(1,1) is a T = 0 fixed point: y1 = 1/N_U, y2 = r^2/N_U, m = r
        double r = 0.2;
        int M = 3;
        ExampleSet d = ExampleSet.ofR(r, M);
        LearningState ex = UnsupervisedTheory.exampleState(4, Double.POSITIVE_INFINITY, d, UnsupervisedTheory.Normalisation.SQRT_R);
        double nu = Math.sqrt(d.R());
        assertThat(ex.y()).isCloseTo(1 / nu, within(1e-12));
        assertThat(ex.yOther()).isCloseTo(r * r / nu, within(1e-12));
        assertThat(ex.m()).isCloseTo(r, within(1e-12));
        // at low temperature it survives, and it is absent in the supervised model
        LearningSolution u = Learning.unsupervised().p(4).r(r).examples(M).beta(40).lowLoad().solve();
        assertThat(u.state(Phase.EXAMPLE)).isPresent();
        assertThat(u.state(Phase.EXAMPLE).get().m()).isCloseTo(r, within(0.05));
        assertThat(Learning.supervised().p(4).r(r).examples(M).beta(40).lowLoad().solve().state(Phase.EXAMPLE)).isEmpty();
        // the sweep over M shows storing at small M and learning only at large M (U5)
        Table sw = Learning.unsupervised().p(4).r(r).examples(M).beta(40).lowLoad().sweepExamples(2, 3, 400);
        assertThat(sw.booleanColumn("example_state").get(0)).isTrue();
        assertThat(sw.doubleColumn("example_m").get(1)).isCloseTo(u.state(Phase.EXAMPLE).get().m(), within(1e-12));
        // many good examples: storing one is not a separate state
        assertThat(Learning.unsupervised().p(4).r(0.9).examples(50).beta(5).lowLoad().solve().state(Phase.EXAMPLE)).isEmpty();
    }

    @Test
    void lossBridge() {
        assertThat(UnsupervisedTheory.loss(0.8)).isCloseTo(1 - 0.64, within(1e-15));
        assertThat(UnsupervisedTheory.lossPlus(0.8) * UnsupervisedTheory.lossMinus(0.8)).isCloseTo(UnsupervisedTheory.loss(0.8), within(1e-15));
        double[] m = {0.9, 0.1, -0.3};
        double[] l = new double[m.length];
        double e = 0;
        for (int i = 0; i < m.length; i++) {
            l[i] = UnsupervisedTheory.loss(m[i]);
            e -= Math.pow(m[i], 4) / 24;
        }
        assertThat(UnsupervisedTheory.energyFromLosses(4, l)).isCloseTo(e, within(1e-15));
    }

    @Test
    void varianceFactor() {
        // docs/learning.md#eq-learning-25 by direct counting: E[(1/M sum_a prod chi)^2] over the M(M-1) distinct pairs and the M diagonal terms
        ExampleSet d = ExampleSet.ofR(0.7, 4);
        double v = (4 + 12 * Math.pow(0.49, 4)) / 16;
        assertThat(UnsupervisedTheory.varianceFactor(4, d)).isCloseTo(v, within(1e-15));
    }
}
