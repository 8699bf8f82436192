package dev.hebbian.theory.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
            e -= Math.pow(m[i], 4) / 2;   // canonical 1/2 (docs/conventions.md#eq-conventions-1)
        }
        assertThat(UnsupervisedTheory.energyFromLosses(4, l)).isCloseTo(e, within(1e-15));
    }

    /** A configuration near archetype 1: its entries flipped with probability flip (a seeded draw). */
    private static byte[] near(byte[] xi, double flip, java.util.SplittableRandom rng) {
        byte[] s = new byte[xi.length];
        for (int i = 0; i < s.length; i++) s[i] = (byte) ((xi[i] == 0 ? (rng.nextBoolean() ? 1 : -1) : xi[i]) * (rng.nextDouble() < flip ? -1 : 1));
        return s;
    }

    @Test
    void energyFromLossesIsTheMonteCarloEnergyOfTheNetwork() {
        // the energy a chain measures (docs/conventions.md#eq-conventions-1: H/N = -(1/2) sum_mu m_mu^P + O(1/N)) against the
        // energy rebuilt from the losses 1 - m_mu^2 (docs/learning.md#eq-learning-26); the papers' 1/P! would give 1/12 of it for P = 4
        java.util.SplittableRandom rng = new java.util.SplittableRandom(17);
        int N = 3000;
        for (int P : new int[] {2, 4}) {
            dev.hebbian.simulation.Ensemble.Sample smp = dev.hebbian.simulation.Ensemble.storage(P, N, 3).sample(rng.split());
            for (double flip : new double[] {0.02, 0.1, 0.2}) {
                dev.hebbian.simulation.Chain chain = new dev.hebbian.simulation.Chain(smp.couplings(), near(smp.data().archetype(0), flip, rng));
                double[] l = new double[3];
                for (int mu = 0; mu < 3; mu++) l[mu] = UnsupervisedTheory.loss(chain.overlap(smp.data().archetype(mu)));
                assertThat(UnsupervisedTheory.energyFromLosses(P, l)).as("P = %d, flip = %s", P, flip)
                        .isCloseTo(chain.energy() / N, within(5.0 / N));
            }
        }
    }

    @Test
    void energyFromTrainingLossesIsTheMonteCarloEnergyOfTheUnsupervisedNetwork() {
        // H_U/N = -(1/(2 M N_U^P)) sum_{mu,a} n_{mu a}^P (docs/learning.md#eq-learning-26) against the chain's energy
        java.util.SplittableRandom rng = new java.util.SplittableRandom(23);
        int N = 3000, K = 2, M = 5;
        double r = 0.6;
        for (int P : new int[] {2, 4}) {
            dev.hebbian.simulation.Ensemble.Sample smp = dev.hebbian.simulation.Ensemble.unsupervised(P, N, K, M, r, 0).sample(rng.split());
            dev.hebbian.simulation.Chain chain = new dev.hebbian.simulation.Chain(smp.couplings(), smp.data().example(0, 0).clone());
            double[][] l = new double[K][M];
            for (int mu = 0; mu < K; mu++)
                for (int a = 0; a < M; a++) l[mu][a] = UnsupervisedTheory.loss(chain.overlap(smp.data().example(mu, a)));
            double e = UnsupervisedTheory.energyFromTrainingLosses(P, Math.sqrt(smp.data().R()), l);
            assertThat(e).as("P = %d", P).isCloseTo(chain.energy() / N, within(5.0 * M / N)).isLessThan(-0.1);
        }
        assertThatThrownBy(() -> UnsupervisedTheory.energyFromTrainingLosses(4, 1, new double[][] {{0.1, 0.2}, {0.3}}))
                .hasMessageContaining("losses[1].length");
        assertThatThrownBy(() -> UnsupervisedTheory.energyFromLosses(4, new double[] {1.5})).hasMessageContaining("losses[0]");
    }

    @Test
    void varianceFactor() {
        // docs/learning.md#eq-learning-25 by direct counting: E[(1/M sum_a prod chi)^2] over the M(M-1) distinct pairs and the M diagonal terms
        ExampleSet d = ExampleSet.ofR(0.7, 4);
        double v = (4 + 12 * Math.pow(0.49, 4)) / 16;
        assertThat(UnsupervisedTheory.varianceFactor(4, d)).isCloseTo(v, within(1e-15));
    }
}
