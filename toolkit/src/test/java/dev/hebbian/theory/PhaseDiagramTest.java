package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;

/** Phase-diagram sweeps: deterministic whatever the thread count; phases in the expected places. */
class PhaseDiagramTest {
    @Test
    void sweepDoesNotDependOnTheThreadCount() throws Exception {
        double[] a = {0.0, 0.1, 0.2, 0.3}, t = {0.1, 0.4, 0.7, 1.0};
        var prob = DenseHebbian.storage().p(4).rs();
        PhaseDiagram par = prob.phaseDiagram(a, t);
        PhaseDiagram seq = new ForkJoinPool(1).submit(() -> prob.phaseDiagram(a, t)).get();
        assertThat(par.grid().printAll()).isEqualTo(seq.grid().printAll());
        assertThat(par.lines().printAll()).isEqualTo(seq.lines().printAll());
        assertThat(par.grid().rowCount()).isEqualTo(16);
        // alpha = 0.1: retrieval at T = 0.4, paramagnet at T = 1.0 (retrieval/para line 0.67458)
        assertThat(par.grid().stringColumn("phase").get(1 * 4 + 1)).isEqualTo("retrieval");
        assertThat(par.grid().stringColumn("phase").get(1 * 4 + 3)).isEqualTo("para");
        // lines are ordered: SG line < thermodynamic line < spinodal
        for (int j = 1; j < 4; j++) {
            double sg = par.lines().doubleColumn("spinGlass").get(j), th = par.lines().doubleColumn("retrievalThermodynamic").get(j),
                    sp = par.lines().doubleColumn("retrievalSpinodal").get(j);
            assertThat(sg).isLessThan(th);
            assertThat(th).isLessThan(sp);
        }
    }
}
