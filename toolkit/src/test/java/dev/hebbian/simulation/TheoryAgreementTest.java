package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Monte Carlo against RS theory (docs/conventions.md "A test must show it"; docs/learning.md#reference-values). The theory
 * values come from the toolkit's theory ({@code dev.hebbian.DenseHebbian}, {@code theory.learning.Learning}), itself
 * checked against the docs/ reference values by its own tests.
 */
class TheoryAgreementTest {
    @Test
    void hopfieldP2MatchesAgsAtAlpha005T03() {
        // the chain starts at the pattern: compare with the retrieval branch (at alpha = 0.05, T = 0.3 it is
        // metastable: the spin glass has the lower free energy, AGS's T_M line)
        var sol = dev.hebbian.DenseHebbian.storage().p(2).alpha(0.05).temperature(0.3).rs()
                .solve(dev.hebbian.theory.Branch.RETRIEVAL);
        double[] ags = {sol.m(), sol.q1()}; // AGS: m = 0.99116, q = 0.98296
        int N = 1000;
        SimulationResult r = Simulation.of(Ensemble.storage(2, N, CanonicalLoad.patterns(2, 0.05, N)))
                .temperature(0.3).sweeps(50, 150).samples(8).replicas(2).seed(2024).run();
        assertThat(r.K()).isEqualTo(50);
        assertThat(r.m(0)).isCloseTo(ags[0], within(Math.max(0.005, 3 * r.mStdErr(0))));
        assertThat(r.q()).isCloseTo(ags[1], within(Math.max(0.006, 3 * r.qStdErr())));
    }

    @Test
    void denseP4HighLoadMatchesRsRetrievalOnlyWithDistinctTuples() {
        double alpha = 0.25, T = 0.2;
        double[] rs = {dev.hebbian.DenseHebbian.storage().p(4).alpha(alpha).temperature(T).rs()
                .solve(dev.hebbian.theory.Branch.RETRIEVAL).m()}; // m = 0.9931
        int N = 80;
        int K = CanonicalLoad.patterns(4, alpha, N);
        assertThat(K).isEqualTo(10667);
        SimulationResult r = Simulation.of(Ensemble.storage(4, N, K)).temperature(T).sweeps(100, 200).samples(6)
                .seed(7).run();
        assertThat(r.m(0)).isCloseTo(rs[0], within(Math.max(0.015, 3 * r.mStdErr(0))));
        // the all-tuples variant has 2.5x the cross-talk at T = 0 (docs/learning.md#eq-learning-22): alpha = 0.25 is beyond
        // its capacity 0.4 * 0.3957, so it must not be compared with the canonical theory
        SimulationResult all = Simulation.of(Ensemble.storage(4, N, K).interaction(Interaction.ALL_TUPLES)).temperature(T)
                .sweeps(50, 50).samples(4).seed(7).run();
        assertThat(all.m(0)).isLessThan(0.8);
    }

    @ParameterizedTest
    @CsvSource({
            // P, canonical beta, r, M, docs/learning.md#reference-values label
            "2, 2.0, 0.6, 10",
            "2, 1.2, 0.6, 10",
            "4, 1.6666666666666667, 0.6, 10",
            "4, 4.166666666666667, 0.2, 10"})
    void supervisedLowLoadMatchesExactBinomialTheory(int P, double beta, double r, int M) {
        double m = dev.hebbian.theory.learning.Learning.supervised().p(P).r(r).examples(M).beta(beta).lowLoad().solve()
                .retrieval().orElseThrow().m();
        double[] th = {Double.NaN, m};
        SimulationResult res = Simulation.of(Ensemble.supervised(P, 3000, 2, M, r, 0)).beta(beta).sweeps(30, 30)
                .samples(6).seed(11).init(Init.ARCHETYPE).run();
        assertThat(res.m(0)).as("P=%d beta=%s r=%s M=%d theory m=%s", P, beta, r, M, th[1])
                .isCloseTo(th[1], within(0.03));
    }

    @Test
    void supervisedP4HighLoadMatchesRsRetrieval() {
        // docs/learning.md#eq-learning-10 (canonical load): P = 4, alpha = 0.1, r = 0.7, M = 30 (rho = 0.0347), T = 0.3
        double alpha = 0.1, r = 0.7, T = 0.3;
        int M = 30, N = 80;
        double theory = dev.hebbian.DenseHebbian.supervised().p(4).r(r).examples(M).temperature(T).highLoad().alpha(alpha)
                .solve().retrieval().orElseThrow().m(); // 0.99593
        int K = CanonicalLoad.patterns(4, alpha, N);
        SimulationResult res = Simulation.of(Ensemble.supervised(4, N, K, M, r, 0)).temperature(T).sweeps(60, 120).samples(6)
                .seed(5).run();
        assertThat(theory).isCloseTo(0.99593, within(1e-4));
        assertThat(res.m(0)).isCloseTo(theory, within(Math.max(0.006, 3 * res.mStdErr(0))));
    }
}
