package dev.hebbian.theory.learning;

import dev.hebbian.numerics.Gauss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Limits of arXiv:2212.00606; docs/conventions.md#eq-conventions-8: M = 1 makes supervised and unsupervised identical,
 * M -> infinity at fixed r and r = 1 give the dense storage model, whose canonical RS equations
 * (docs/conventions.md) are re-implemented here independently.
 */
class LimitsTest {
    /** Canonical storage RS: m = E tanh(beta (P/2) m^(P-1) + z beta sqrt(alpha (P/2) q^(P-1))), q = E tanh^2. */
    static double[] storage(int P, double beta, double alpha) {
        Gauss g = Gauss.order(400);
        double m = 1, q = 1;
        for (int i = 0; i < 3000; i++) {
            double mm = m, qq = q;
            double mean = beta * P / 2 * Math.pow(mm, P - 1), sd = beta * Math.sqrt(alpha * P / 2 * Math.pow(qq, P - 1));
            double nm = g.expect(z -> Math.tanh(mean + sd * z)), nq = g.expect(z -> Math.pow(Math.tanh(mean + sd * z), 2));
            m = 0.5 * m + 0.5 * nm;
            q = 0.5 * q + 0.5 * nq;
        }
        return new double[] {m, q};
    }

    @Test
    void oneExampleMakesSupervisedAndUnsupervisedIdentical() {
        for (int P : new int[] {2, 4}) {
            LearningSolution s = Learning.supervised().p(P).r(0.6).examples(1).beta(P == 2 ? 2 : 3).lowLoad().solve();
            LearningSolution u = Learning.unsupervised().p(P).r(0.6).examples(1).beta(P == 2 ? 2 : 3).lowLoad().solve();
            LearningState a = s.retrieval().orElseThrow(), b = u.retrieval().orElseThrow();
            assertThat(b.m()).isEqualTo(a.m());
            assertThat(b.y()).isEqualTo(a.y());
            assertThat(b.pressure()).isEqualTo(a.pressure());
            assertThat(u.state(Phase.EXAMPLE)).isEmpty();
            // at M = 1: R = 1, V_U = 1, so the high-load noise and the capacity coincide
            ExampleSet d = ExampleSet.ofR(0.6, 1);
            assertThat(d.R()).isEqualTo(1.0);
            assertThat(UnsupervisedTheory.capacityRatio(4, d)).isCloseTo(1, within(1e-15));
        }
        assertThat(Learning.unsupervised().p(4).r(0.6).examples(1).capacity().alphaC())
                .isCloseTo(Learning.supervised().p(4).r(0.6).examples(1).capacity().alphaC(), within(1e-12));
    }

    @Test
    void manyExamplesGiveTheStorageModel() {
        // M -> infinity at fixed r: rho -> 0, m = y, dense Hopfield (exact binomial law with 10^5 + 1 atoms)
        ExampleSet d = ExampleSet.ofR(0.6, 100_000);
        assertThat(d.rho()).isLessThan(2e-5);
        double beta = 1.5;
        LearningState s = Learning.supervised().p(4).r(0.6).examples(100_000).beta(beta).lowLoad().solve().retrieval().orElseThrow();
        double[] ref = storage(4, beta, 0);
        assertThat(s.m()).isCloseTo(ref[0], within(1e-3));
        assertThat(s.y()).isCloseTo(s.m(), within(1e-3));
        // high load at rho = 0 (r = 1) against the independent canonical storage equations
        for (double[] c : new double[][] {{4, 3, 0.2}, {4, 1.6, 0.05}, {6, 3, 0.3}}) {
            int P = (int) c[0];
            LearningState h = Learning.supervised().p(P).r(1).examples(7).beta(c[1]).highLoad().alpha(c[2]).solve().retrieval().orElseThrow();
            double[] st = storage(P, c[1], c[2]);
            assertThat(h.m()).as("P=%s beta=%s alpha=%s", P, c[1], c[2]).isCloseTo(st[0], within(1e-9));
            assertThat(h.q()).isCloseTo(st[1], within(1e-9));
        }
        // the capacity tends to the canonical storage value 0.395720 (P = 4): rho = 8.9e-5 at M = 20000
        assertThat(Learning.supervised().p(4).r(0.6).examples(20_000).capacity().alphaC()).isCloseTo(0.395720, within(5e-4));
    }

    @Test
    void perfectExamplesHaveZeroEntropy() {
        ExampleSet d = ExampleSet.ofR(1, 9);
        assertThat(d.rho()).isZero();
        assertThat(d.R()).isEqualTo(1.0);
        LearningState s = Learning.supervised().p(4).r(1).examples(9).beta(2).lowLoad().solve().retrieval().orElseThrow();
        assertThat(s.m()).isCloseTo(storage(4, 2, 0)[0], within(1e-10));
        assertThat(Learning.supervised().p(2).r(1).examples(9).temperature(0).highLoad().alpha(0.1).solve().retrieval().orElseThrow().m())
                .isCloseTo(Learning.supervised().p(2).rho(0).noise(Noise.CLT).temperature(0).highLoad().alpha(0.1).solve().retrieval().orElseThrow().m(), within(1e-12));
    }

    @Test
    void agsMagnetisationAtTheCriticalLoad() {
        // Amit-Gutfreund-Sompolinsky: m = 0.967 at alpha_c = 0.138, T = 0
        CapacityResult c = Learning.supervised().p(2).rho(0).noise(Noise.CLT).capacity();
        assertThat(c.alphaC()).isCloseTo(0.1379, within(1e-4));
        assertThat(c.m()).isCloseTo(0.967, within(1e-3));
    }

    @Test
    void zeroTemperatureIsTheLimitOfLowTemperature() {
        // low load and high load: T = 0 closed forms against a small temperature
        Learning.Builder b = Learning.supervised().p(4).r(0.6).examples(10);
        LearningState t0 = b.temperature(0).lowLoad().solve().retrieval().orElseThrow();
        LearningState t1 = b.temperature(1e-3).lowLoad().solve().retrieval().orElseThrow();
        assertThat(t1.m()).isCloseTo(t0.m(), within(1e-6));
        LearningState h0 = b.noise(Noise.CLT).temperature(0).highLoad().alpha(0.1).solve().retrieval().orElseThrow();
        LearningState h1 = b.noise(Noise.CLT).temperature(2e-3).highLoad().alpha(0.1).solve().retrieval().orElseThrow();
        assertThat(h1.m()).isCloseTo(h0.m(), within(2e-3));
        assertThat(h1.y()).isCloseTo(h0.y(), within(2e-3));
        LearningState e0 = b.temperature(0).highLoad().alpha(0.1).solve().retrieval().orElseThrow();
        LearningState e1 = b.temperature(2e-3).highLoad().alpha(0.1).solve().retrieval().orElseThrow();
        assertThat(e1.m()).isCloseTo(e0.m(), within(2e-3));
        LearningState p0 = Learning.supervised().p(2).r(0.6).examples(10).temperature(0).highLoad().alpha(0.02).solve().retrieval().orElseThrow();
        LearningState p1 = Learning.supervised().p(2).r(0.6).examples(10).temperature(0.01).highLoad().alpha(0.02).solve().retrieval().orElseThrow();
        assertThat(p1.m()).isCloseTo(p0.m(), within(2e-3));
    }
}
