package dev.hebbian.theory.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.PhaseLine;
import dev.hebbian.theory.PhaseLines;

/**
 * The learning phase lines (docs/learning.md; arXiv 2212.00606, 2211.14067) against dense storage
 * (docs/storage.md; arXiv 2111.12997): one spin-glass line in the canonical load, and at rho = 0
 * (examples equal to the archetypes) the learning diagram is the storage diagram.
 */
class LearningPhaseLinesTest {
    static final PhaseLine.Options FAST = PhaseLine.Options.defaults().step(0.02).tolerance(1e-4);

    @Test
    void storageSupervisedAndUnsupervisedSpinGlassLinesCoincide() {
        double a = 0.3907;
        double storage = DenseHebbian.storage().p(4).alpha(a).rs().transitions(0.05, 2).tolerance(1e-8).spinGlass();
        assertThat(storage).isCloseTo(0.2206, within(2e-4));
        double sup = Learning.supervised().p(4).rho(0.2).noise(Noise.CLT).highLoad().spinGlassTemperature(a);
        double supTable = Learning.supervised().p(4).rho(0.2).noise(Noise.CLT).highLoad().phaseDiagram(1.2, a).doubleColumn("T_SG").get(0);
        // unsupervised: phi = V_U / N_U^(2P) = 1 for perfect examples, and the line is the same
        double unsup = Learning.unsupervised().p(4).r(1).examples(10).noise(Noise.CLT).highLoad().spinGlassTemperature(a);
        assertThat(sup).isCloseTo(storage, within(2e-5));
        assertThat(supTable).isCloseTo(storage, within(2e-5));
        assertThat(unsup).isCloseTo(storage, within(2e-5));
        assertThat(PhaseLines.spinGlassCoefficient(4, Ansatz.RS) * Math.sqrt(a)).isCloseTo(storage, within(2e-5));
        // not the alpha_s line sqrt(alpha / (24 c*)) = sqrt(alpha / (2 c*)) / sqrt(P!/2)
        assertThat(sup).isGreaterThan(3 * Math.sqrt(a / (24 * 4.01258)));
        PhaseLine line = Learning.supervised().p(4).rho(0).noise(Noise.CLT).highLoad().phaseLines(1.2, FAST).spinGlass();
        assertThat(line.upperTemperatureAt(a)).isCloseTo(storage, within(5e-4));
    }

    @Test

    @Tag("slow")
    void atRhoZeroTheLearningLinesAreTheStorageLines() {
        PhaseLines learn = Learning.supervised().p(4).rho(0).noise(Noise.CLT).highLoad().phaseLines(1.2, FAST);
        PhaseLines store = PhaseLines.storage(4, Ansatz.RS, FAST);
        // retrieval beyond the learning T = 0 capacity, as in storage: (0.4508, 0.560), (0.4583, 0.510)
        assertThat(learn.spinodal().upperTemperatureAt(0.4508)).isCloseTo(0.560, within(3e-3));
        assertThat(learn.spinodal().upperTemperatureAt(0.4583)).isCloseTo(0.510, within(5e-3));
        for (double a : new double[] {0.05, 0.2, 0.35, 0.43, 0.455}) {
            double[] l = learn.spinodal().temperaturesAt(a), s = store.spinodal().temperaturesAt(a);
            assertThat(l).hasSameSizeAs(s);
            for (int i = 0; i < l.length; i++) assertThat(l[i]).as("T_R at alpha = " + a).isCloseTo(s[i], within(2e-3));
        }
        for (double a : new double[] {0.05, 0.2, 0.3, 0.37}) {
            double[] l = learn.thermodynamic().temperaturesAt(a), s = store.thermodynamic().temperaturesAt(a);
            assertThat(l).hasSameSizeAs(s);
            for (int i = 0; i < l.length; i++) assertThat(l[i]).as("T_M at alpha = " + a).isCloseTo(s[i], within(2e-3));
        }
        assertThat(learn.spinodal().end()[0]).isCloseTo(store.spinodal().end()[0], within(1e-3));
        assertThat(learn.thermodynamic().end()[0]).isCloseTo(store.thermodynamic().end()[0], within(1e-3));
        // no artificial vertical segment: the last traced point is already near T = 0 and alpha_c
        double[] last = learn.spinodal().lastFinite();
        assertThat(last[1]).isLessThan(0.02);
        assertThat(last[0]).isCloseTo(learn.spinodal().end()[0], within(0.005));
    }

    @Test
    void learningLinesAtRhoPositiveCloseOnTheirCapacity() {
        Learning.HighLoad h = Learning.supervised().p(4).rho(0.1).noise(Noise.CLT).highLoad();
        double ac = Learning.supervised().p(4).rho(0.1).noise(Noise.CLT).capacity().alphaC();
        PhaseLines l = h.phaseLines(1.2, FAST);
        assertThat(l.spinodal().end()[0]).isEqualTo(ac);
        assertThat(l.spinodal().lastFinite()[0]).isCloseTo(ac, within(0.01));
        assertThat(l.spinodal().lastFinite()[1]).isLessThan(0.02);
        // the spin-glass line runs from alpha = 0 until it leaves the frame at tMax
        PhaseLine sg = l.spinGlass();
        assertThat(sg.temperature()[0]).isEqualTo(0.0);
        assertThat(sg.temperature()[sg.size() - 1]).isGreaterThanOrEqualTo(1.2);
    }

    @Test
    void unsupervisedWithOneExampleIsSupervised() {
        // M = 1: the class average is the example, R = 1 and V_U = 1, so the unsupervised network is the supervised one
        // (docs/learning.md); at every r the T = 0 capacity is that of dense storage, 0.3957
        for (double r : new double[] {0.5, 0.8}) {
            Learning.HighLoad u = Learning.unsupervised().p(4).r(r).examples(1).highLoad(), s = Learning.supervised().p(4).r(r).examples(1).highLoad();
            assertThat(u.capacity().alphaC()).isCloseTo(s.capacity().alphaC(), within(1e-9));
            assertThat(s.capacity().alphaC()).isCloseTo(0.3957, within(2e-4));
            assertThat(u.spinGlassTemperature(0.3)).isCloseTo(s.spinGlassTemperature(0.3), within(1e-12));
        }
        double mu = Learning.unsupervised().p(4).r(0.8).examples(1).temperature(0.4).highLoad().alpha(0.2).solve().retrievalM();
        double ms = Learning.supervised().p(4).r(0.8).examples(1).temperature(0.4).highLoad().alpha(0.2).solve().retrievalM();
        assertThat(mu).isCloseTo(ms, within(1e-9));
        assertThat(ms).isBetween(0.7, 0.8); // below r = 0.8: the load and T = 0.4 cost magnetisation
        // and M > 1 differs: the unsupervised capacity is smaller (the K M examples crowd the network)
        assertThat(Learning.unsupervised().p(4).r(0.8).examples(5).highLoad().capacity().alphaC())
                .isLessThan(0.9 * Learning.supervised().p(4).r(0.8).examples(5).highLoad().capacity().alphaC());
    }
}
