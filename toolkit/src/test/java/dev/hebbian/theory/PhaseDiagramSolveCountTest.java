package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import tech.tablesaw.api.Table;

/** A grid point solves its retrieval branch once (the AT quantity and the physical state share it), with the same phases. */
class PhaseDiagramSolveCountTest {
    /** Counts retrieval solves of a wrapped solver. */
    record Counting(PointSolver s, AtomicInteger retrievals) implements PointSolver {
        public Solution solve(Branch seed) {
            if (seed == Branch.RETRIEVAL) retrievals.incrementAndGet();
            return s.solve(seed);
        }

        public boolean hasRetrieval() {
            return s.hasRetrieval();
        }

        public double beta() {
            return s.beta();
        }

        public double atQuantity(Solution rs) {
            return s.atQuantity(rs);
        }

        public boolean hasParamagnet() {
            return s.hasParamagnet();
        }
    }

    @Test
    void oneRetrievalSolvePerPointAndTheSamePhases() {
        double[] alphas = {0.05, 0.2, 0.35, 0.45}, temps = {0.1, 0.3, 0.5, 0.8};
        AtomicInteger n = new AtomicInteger();
        PhaseDiagram d = PhaseDiagram.compute(4, Ansatz.RS, alphas, temps,
                (a, t) -> new Counting(DenseHebbian.storage().p(4).alpha(a).temperature(t).rs().solver().lenient(), n), a -> null, false);
        assertThat(n.get()).isEqualTo(alphas.length * temps.length);
        Table g = d.grid();
        for (int i = 0; i < g.rowCount(); i++) {
            Solution ref = DenseHebbian.storage().p(4).alpha(g.doubleColumn("alpha").get(i)).temperature(g.doubleColumn("T").get(i)).rs()
                    .solver().lenient().solve();
            assertThat(g.stringColumn("phase").get(i)).isEqualTo(ref.branch().label());
            assertThat(g.doubleColumn("m").get(i)).isEqualTo(ref.m());
        }
    }
}
