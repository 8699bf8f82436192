package dev.hebbian.theory.learning;

import org.junit.jupiter.api.Test;
import dev.hebbian.theory.*;

class LearningLinesProbe {
    @Test
    void probe() {
        long t0 = System.nanoTime();
        PhaseLines l = Learning.supervised().p(4).rho(0).noise(Noise.CLT).highLoad().phaseLines(1.2, PhaseLine.Options.defaults().step(0.02).tolerance(1e-4));
        System.out.println("time " + (System.nanoTime() - t0) / 1e9);
        for (PhaseLine x : new PhaseLine[] {l.spinodal(), l.thermodynamic()}) {
            System.out.println(x.name() + " n=" + x.size() + " max " + java.util.Arrays.toString(x.maxAlpha()) + " lastFinite " + java.util.Arrays.toString(x.lastFinite()) + " end " + java.util.Arrays.toString(x.end()));
            for (int i = 0; i < x.size(); i += 4) System.out.printf("  %.4f %.4f%n", x.alpha()[i], x.temperature()[i]);
        }
        System.out.println("SG sup " + Learning.supervised().p(4).rho(0.3).noise(Noise.CLT).highLoad().spinGlassTemperature(0.3907));
        System.out.println("SG unsup r=1 " + Learning.unsupervised().p(4).r(1).examples(10).noise(Noise.CLT).highLoad().spinGlassTemperature(0.3907));
        System.out.println("SG unsup r=.6 " + Learning.unsupervised().p(4).r(0.6).examples(10).noise(Noise.CLT).highLoad().spinGlassTemperature(0.3907));
        System.out.println("SG unsup table " + Learning.unsupervised().p(4).r(0.6).examples(10).noise(Noise.CLT).highLoad().phaseDiagram(1.0, 0.3907));
    }
}
