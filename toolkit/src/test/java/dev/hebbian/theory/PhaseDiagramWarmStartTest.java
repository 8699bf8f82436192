package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import tech.tablesaw.api.Table;

/**
 * Continuation along the rows of a phase diagram (warm starts from the previous temperature) changes only the
 * initial guesses: the diagram equals the one whose points are all solved from the cold seeds, point by point
 * (m, q, f within 1e-10, identical phases and converged flags), on a P = 4 grid that crosses the retrieval
 * spinodal, the thermodynamic retrieval line and the spin-glass line (docs/storage.md#phase-selection).
 */
class PhaseDiagramWarmStartTest {
    /** The same solver, hidden behind a plain PointSolver: the phase diagram solves its points from the cold seeds. */
    record Cold(PointSolver s) implements PointSolver {
        public Solution solve(Branch seed) {
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

        public double foldTemperature(Solution near) {
            return s.foldTemperature(near);
        }

        public double pressureAt(double m, double q1, double q2, double theta) {
            return s.pressureAt(m, q1, q2, theta);
        }

        public boolean hasParamagnet() {
            return s.hasParamagnet();
        }
    }

    @Test
    void warmStartedDiagramEqualsTheColdOne() {
        double[] alphas = new double[8], temps = new double[8];
        for (int i = 0; i < 8; i++) {
            alphas[i] = 0.02 + 0.07 * i; // 0.02 .. 0.51
            temps[i] = 1.0 - 0.13 * i; // descending on purpose: rows are continued in ascending T whatever the order
        }
        BiFunction<Double, Double, PointSolver> solver = (a, t) -> DenseHebbian.storage().p(4).alpha(a).temperature(t).rs().solver();
        Table warm = PhaseDiagram.compute(4, Ansatz.RS, alphas, temps, solver, a -> null, false).grid();
        Table cold = PhaseDiagram.compute(4, Ansatz.RS, alphas, temps, (a, t) -> new Cold(solver.apply(a, t).lenient()), a -> null, false).grid();
        assertThat(warm.rowCount()).isEqualTo(64);
        long warmIts = 0, coldIts = 0;
        java.util.Set<String> phases = new java.util.TreeSet<>();
        for (int i = 0; i < 64; i++) {
            String where = "alpha=" + warm.doubleColumn("alpha").getDouble(i) + " T=" + warm.doubleColumn("T").getDouble(i);
            assertThat(warm.stringColumn("phase").get(i)).as(where).isEqualTo(cold.stringColumn("phase").get(i));
            assertThat(warm.booleanColumn("converged").get(i)).as(where).isEqualTo(cold.booleanColumn("converged").get(i));
            for (String c : new String[] {"m", "q", "freeEnergy", "energy", "quadratureError", "atQuantity"}) {
                double w = warm.doubleColumn(c).getDouble(i), k = cold.doubleColumn(c).getDouble(i);
                if (Double.isNaN(k)) assertThat(w).as(where + " " + c).isNaN();
                else assertThat(w).as(where + " " + c).isCloseTo(k, within(1e-10));
            }
            phases.add(warm.stringColumn("phase").get(i));
            warmIts += warm.intColumn("iterations").get(i);
            coldIts += cold.intColumn("iterations").get(i);
        }
        // the grid crosses all three phases, and the warm starts were taken (fewer iterations in total)
        assertThat(phases).containsExactly("para", "retrieval", "sg");
        assertThat(warmIts).isLessThan(coldIts);
    }

    /**
     * The bound behind the retrieval shortcut (docs/numerics.md#continuation): no m &gt; 0 solution below
     * beta_*(P), and the bound is tight: just above it (nearly noiseless, alpha = 1e-6) the retrieval seed stays
     * on the branch, just below it the seed, iterated without the bound, falls to m = 0.
     */
    @Test
    void retrievalIsExcludedExactlyAboveTheNoiselessSpinodal() {
        double[][] pT = {{4, 0.9915726}, {6, 1.2681609}, {8, 1.5477619}};
        for (double[] c : pT) {
            int p = (int) c[0];
            double tStar = c[1];
            ReplicaSolver below = (ReplicaSolver) DenseHebbian.storage().p(p).alpha(1e-6).temperature(tStar * (1 - 1e-4)).rs().solver();
            ReplicaSolver above = (ReplicaSolver) DenseHebbian.storage().p(p).alpha(1e-6).temperature(tStar * (1 + 1e-3)).rs().solver();
            assertThat(1 / below.functional().retrievalBetaBound()).as("T_* at P=" + p).isCloseTo(tStar, within(2e-6));
            assertThat(below.retrievalExcluded()).as("P=" + p + " below T_*").isFalse();
            assertThat(above.retrievalExcluded()).as("P=" + p + " above T_*").isTrue();
            assertThat(below.solve(Branch.RETRIEVAL).branch()).as("P=" + p + " below T_*").isEqualTo(Branch.RETRIEVAL);
            Solution fell = above.lenient().solve(Branch.RETRIEVAL);
            assertThat(fell.branch()).as("P=" + p + " above T_*").isNotEqualTo(Branch.RETRIEVAL);
            assertThat(above.solve().branch()).isEqualTo(Branch.PARAMAGNET);
        }
    }

    @Test
    void warmStartFromTheWrongBranchOrBeyondTheSpinodalFallsBackToTheColdSeed() {
        var p = DenseHebbian.storage().p(4).rs();
        ReplicaSolver s = (ReplicaSolver) p.alpha(0.1).temperature(0.4).solver();
        Solution cold = s.solve(Branch.RETRIEVAL);
        // a spin-glass neighbour, an unconverged one, null: all ignored
        Solution sg = p.alpha(0.3).temperature(0.1).solver().solve(Branch.SPIN_GLASS);
        assertThat(sg.branch()).isEqualTo(Branch.SPIN_GLASS);
        for (Solution start : new Solution[] {null, sg}) {
            Solution w = s.solve(Branch.RETRIEVAL, start);
            assertThat(w.m()).isEqualTo(cold.m());
            assertThat(w.iterations()).isEqualTo(cold.iterations());
        }
        // a retrieval neighbour at lower T: a few Newton steps to the same point
        Solution near = ((ReplicaSolver) p.alpha(0.1).temperature(0.35).solver()).solve(Branch.RETRIEVAL);
        Solution w = s.solve(Branch.RETRIEVAL, near);
        assertThat(w.m()).isCloseTo(cold.m(), within(1e-12));
        assertThat(w.q()).isCloseTo(cold.q(), within(1e-12));
        assertThat(w.iterations()).isLessThan(cold.iterations());
        assertThat(w.residual()).isLessThanOrEqualTo(1e-12);
        // beyond the spinodal (alpha = 0.1: T_s ~ 0.7), a retrieval start cannot keep the seed on a branch that is gone
        ReplicaSolver hot = (ReplicaSolver) p.alpha(0.1).temperature(0.95).solver().lenient();
        assertThat(hot.solve(Branch.RETRIEVAL, near).branch()).isEqualTo(hot.solve(Branch.RETRIEVAL).branch());
        assertThat(hot.solve(Branch.RETRIEVAL, near).m()).isEqualTo(hot.solve(Branch.RETRIEVAL).m());
    }
}
