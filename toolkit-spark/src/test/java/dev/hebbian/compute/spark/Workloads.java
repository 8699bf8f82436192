package dev.hebbian.compute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hebbian.DenseHebbian;
import dev.hebbian.compute.Cluster;
import dev.hebbian.compute.SerializableBiFunction;
import dev.hebbian.compute.SerializableDoubleFunction;
import dev.hebbian.simulation.Ensemble;
import dev.hebbian.simulation.Simulation;
import dev.hebbian.simulation.SimulationResult;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.PhaseDiagram;
import dev.hebbian.theory.PointSolver;
import dev.hebbian.theory.Transitions;
import tech.tablesaw.api.Table;

/** The small jobs that the Spark tests run on a cluster and on local threads. */
final class Workloads {
    private Workloads() {}

    static final double[] ALPHAS = {0.02, 0.05};
    static final double[] TEMPS = {0.2, 0.5, 0.8};

    /** A P = 4 RS phase diagram (6 points, lines at 2 loads). */
    static PhaseDiagram phaseDiagram(Cluster on) {
        return phaseDiagram(on, true);
    }

    /** The same grid, with or without the transition lines (a bisection per load: the slow part). */
    static PhaseDiagram phaseDiagram(Cluster on, boolean withLines) {
        SerializableBiFunction<Double, Double, PointSolver> solver = (a, t) -> DenseHebbian.storage().p(4).alpha(a).temperature(t).solver();
        SerializableDoubleFunction<Transitions> lines = a -> DenseHebbian.storage().p(4).alpha(a).transitions(0.01, 1.5);
        return PhaseDiagram.compute(4, Ansatz.RS, ALPHAS, TEMPS, solver, lines, withLines, on);
    }

    /** A Monte Carlo ensemble of {@code samples} disorder samples with two replicas. */
    static Simulation ensemble(int samples, int sweeps) {
        return Simulation.of(Ensemble.storage(4, 60, 4)).temperature(0.3).sweeps(sweeps, sweeps).samples(samples).replicas(2).seed(2024);
    }

    static void assertSameTable(Table actual, Table expected) {
        assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (int c = 0; c < expected.columnCount(); c++)
            assertThat(actual.column(c).asList()).as(expected.column(c).name()).isEqualTo(expected.column(c).asList());
    }

    static void assertSameResult(SimulationResult actual, SimulationResult expected) {
        assertThat(actual.samples()).isEqualTo(expected.samples());
        for (int s = 0; s < expected.samples(); s++) assertSameTable(actual.series(s), expected.series(s));
        assertSameTable(actual.table(), expected.table());
    }
}
