package dev.hebbian.theory;

import org.junit.jupiter.api.Test;

class PhaseLinesProbe {
    @Test
    void probe() {
        long t0 = System.nanoTime();
        PhaseLines l = PhaseLines.storage(Integer.parseInt(System.getenv().getOrDefault("P", "4")), Ansatz.valueOf(System.getenv().getOrDefault("A", "RS")), PhaseLine.Options.defaults().step(0.02).tolerance(1e-4));
        System.out.println("time " + (System.nanoTime() - t0) / 1e9);
        for (PhaseLine x : new PhaseLine[] {l.spinodal(), l.thermodynamic()}) {
            System.out.println(x.name() + " n=" + x.size() + " max " + java.util.Arrays.toString(x.maxAlpha()) + " lastFinite " + java.util.Arrays.toString(x.lastFinite()) + " end " + java.util.Arrays.toString(x.end()));
            for (int i = 0; i < x.size(); i++) System.out.printf("  %.4f %.4f%n", x.alpha()[i], x.temperature()[i]);
        }
    }
}
