package dev.hebbian.theory.learning;

import dev.hebbian.cli.LearningCli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** The fluent API, the sweeps, the CLI fields, the large-deviation law and the signal-to-noise formulas. */
class LearningApiTest {
    @Test
    void fluentLowLoadSaysWhichParametersWereGiven() {
        LearningSolution s = Learning.supervised().p(4).r(0.6).examples(10).beta(20 / 12.0).lowLoad().solve();
        assertThat(s.data().given()).isEqualTo(ExampleSet.Given.R_AND_M);
        assertThat(s.retrievalM()).isCloseTo(0.900016, within(1e-5)); // docs/learning.md#reference-values, canonical beta = 2*20/4!
        // T = 0.6 is above the thermodynamic transition (T_c ~ 0.55 at rho = 0.18, docs/learning.md#reference-values): retrieval is metastable
        assertThat(s.equilibrium().phase()).isEqualTo(Phase.ERGODIC);
        assertThat(s.retrieval().orElseThrow().locallyStable()).isTrue();
        LearningSolution t = Learning.supervised().p(4).rho(0.2).examples(8).beta(2).lowLoad().solve();
        assertThat(t.data().given()).isEqualTo(ExampleSet.Given.RHO_AND_M);
        assertThat(t.data().r()).isCloseTo(1 / Math.sqrt(1 + 0.2 * 8), within(1e-15));
        LearningSolution c = Learning.supervised().p(4).rho(0.2).noise(Noise.CLT).beta(2).lowLoad().solve();
        assertThat(c.data().given()).isEqualTo(ExampleSet.Given.RHO_ONLY);
        // above the spinodal only the ergodic state exists; between T_c and T_s retrieval is metastable
        assertThat(Learning.supervised().p(4).rho(0).noise(Noise.CLT).temperature(1.0).lowLoad().solve().retrieval()).isEmpty();
        LearningSolution meta = Learning.supervised().p(4).rho(0).noise(Noise.CLT).temperature(0.85).lowLoad().solve();
        assertThat(meta.retrieval()).isPresent();
        assertThat(meta.equilibrium().phase()).isEqualTo(Phase.ERGODIC);
        assertThat(Learning.supervised().p(4).rho(0).noise(Noise.CLT).temperature(0.6).lowLoad().solve().equilibrium().phase())
                .isEqualTo(Phase.RETRIEVAL);
    }

    @Test
    void sweepsReturnTables() {
        Learning.Builder b = Learning.supervised().p(4).r(0.6).examples(10).beta(2);
        Table t = b.lowLoad().sweepTemperature(0, 0.2, 0.5, 0.8, 1.2);
        assertThat(t.rowCount()).isEqualTo(5);
        assertThat(t.booleanColumn("retrieval").get(4)).isFalse();
        assertThat(t.intColumn("examples").get(0)).isEqualTo(10);
        assertThat(t.booleanColumn("converged").get(1)).isTrue();
        assertThat(t.doubleColumn("m").get(0)).isCloseTo(0.96084, within(1e-5)); // docs/learning.md#reference-values, T = 0 exact
        Table m = b.lowLoad().sweepExamples(1, 5, 10, 40);
        assertThat(m.doubleColumn("m").get(3)).isGreaterThan(m.doubleColumn("m").get(0));
        Table lines = Learning.supervised().p(4).noise(Noise.CLT).lowLoad().transitionLines(0, 0.5);
        assertThat(lines.doubleColumn("T_s").get(1)).isCloseTo(0.57817, within(1e-4)); // docs/learning.md#reference-values
        Table cap = Learning.supervised().p(4).noise(Noise.CLT).highLoad().capacityVsRho(0, 1);
        assertThat(cap.doubleColumn("alpha_c_paper").get(1)).isCloseTo(0.008153, within(5e-7)); // docs/learning.md#reference-values
        Table pd = Learning.supervised().p(4).rho(0.1).noise(Noise.CLT).highLoad().phaseDiagram(1.2, 0.06, 0.12);
        assertThat(pd.doubleColumn("T_R").get(0)).isCloseTo(0.782, within(0.01)); // docs/learning.md#reference-values
        Table ht = Learning.supervised().p(4).rho(0.1).noise(Noise.CLT).highLoad().alpha(0.06).sweepTemperature(0, 0.3);
        assertThat(ht.rowCount()).isEqualTo(2);
    }

    @Test
    void cliFields() {
        Map<String, Object> s = LearningCli.solve("supervised", 2, 0, 0.5, 0.6, 10, null, "exact");
        assertThat(s.keySet()).startsWith("model", "P", "r", "M", "rho", "R", "given", "noise");
        assertThat((Double) s.get("retrievalM")).isCloseTo(0.838675, within(1e-5)); // docs/learning.md#reference-values
        assertThat(s.get("phase")).isEqualTo("retrieval");
        assertThat(s.get("converged")).isEqualTo(true);
        Map<String, Object> c = LearningCli.capacity("unsupervised", 4, 0.6, 10, null, "clt");
        assertThat((Double) c.get("alphaCPaper")).isCloseTo(0.004871, within(5e-7)); // docs/learning.md#reference-values
        Map<String, Object> h = LearningCli.solve("supervised", 4, 0.06, 0.48, null, null, 0.1, "clt");
        assertThat((Double) h.get("retrievalM")).isCloseTo(0.966484, within(1e-5)); // docs/learning.md#reference-values: beta = 2*25/24, alpha_s = 0.005
        assertThat(h.get("regime")).isEqualTo("high-load");
        Table sw = LearningCli.sweep("supervised", "rho", 4, 0, 0, null, null, 0.0, "clt", 0, 0.5);
        assertThat(sw.doubleColumn("alpha_c_paper").get(1)).isCloseTo(0.010622, within(5e-6)); // docs/learning.md#reference-values
        assertThat(LearningCli.sweep("supervised", "T", 2, 0, 0, 0.6, 10, null, "exact", 0.5).doubleColumn("m").get(0))
                .isCloseTo(0.838675, within(1e-5));
    }

    @Test
    void largeDeviationLawIsBetweenTheExactLawAndTheCltForLargeM() {
        // LD density ~ exp(-M I_r): tends to the exact law as M grows (both to the CLT)
        for (int M : new int[] {50, 400}) {
            Learning.Builder b = Learning.supervised().p(4).r(0.3).examples(M).temperature(0);
            double ex = b.lowLoad().solve().retrievalM(), ld = b.noise(Noise.LARGE_DEVIATION).lowLoad().solve().retrievalM();
            assertThat(ld).isCloseTo(ex, within(M == 50 ? 0.02 : 0.005));
        }
        assertThat(SignalLaw.rateFunction(0.3, 0.3)).isZero();
        assertThat(SignalLaw.rateFunction(0.3, 0.5)).isGreaterThan(0);
    }

    @Test
    void signalToNoise() {
        // docs/learning.md#eq-learning-20 with alpha_s = 2 alpha / P!: P = 4, rho = 0.1, alpha_s = 0.01
        assertThat(LearningSignalToNoise.archetypeInverseSnr(4, 0.1, 0.12, LearningSignalToNoise.Tuples.DISTINCT)).isCloseTo(0.1 + 0.06 * Math.pow(1.1, 4), within(1e-12));
        assertThat(LearningSignalToNoise.archetypeInverseSnr(4, 0.1, 0.12, LearningSignalToNoise.Tuples.ALL)).isCloseTo(0.1 + 0.15 * Math.pow(1.1, 4), within(1e-12));
        assertThat(LearningSignalToNoise.rhoThreshold(0.9)).isCloseTo(0.369612, within(1e-6)); // docs/learning.md#reference-values
        assertThat(LearningSignalToNoise.rhoThreshold(0.99)).isCloseTo(0.150718, within(1e-6));
        assertThat(LearningSignalToNoise.rhoThreshold(0.999)).isCloseTo(0.092357, within(1e-6));
        // the T = 0 fixed point at the fold: 1/tau^2 = rho + 2 alpha (1 + rho) / (P y^(2P-2)) with u Gaussian
        double rho = 0.3;
        CapacityResult c = Learning.supervised().p(4).rho(rho).noise(Noise.CLT).capacity();
        double inv = LearningSignalToNoise.fixedPointInverseSnr(4, rho, c.alphaC(), c.y());
        assertThat(org.hipparchus.special.Erf.erf(1 / Math.sqrt(2 * inv))).isCloseTo(c.m(), within(1e-9));
    }

    @Test
    void agsRetrievalIsGlobalBelowAlpha0051() {
        // Amit-Gutfreund-Sompolinsky (1987): at T = 0 retrieval states are global minima for alpha < 0.051
        BrentSolver solver = new BrentSolver(1e-10);
        double a = solver.solve(200, x -> {
            LearningSolution s = Learning.supervised().p(2).rho(0).noise(Noise.CLT).temperature(0).highLoad().alpha(x).solve();
            return s.retrieval().orElseThrow().freeEnergy() - s.state(Phase.SPIN_GLASS).orElseThrow().freeEnergy();
        }, 0.02, 0.12);
        assertThat(a).isCloseTo(0.051, within(1e-3));
    }
}
