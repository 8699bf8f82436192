import dev.hebbian.simulation.CanonicalLoad;
import dev.hebbian.simulation.Ensemble;
import dev.hebbian.simulation.Simulation;
import dev.hebbian.simulation.SimulationResult;
import dev.hebbian.simulation.Updates;

/**
 * Accuracy and speed of the Plefka (frozen-overlap, docs/monte-carlo.md) sweep against
 * the exact sequential sweep: Mattis overlap m (mean +- standard error over samples) and wall time,
 * at low load (supervised, N = 3000, K = 2) and at high load (storage, P = 4, N = 80).
 */
public class PlefkaAccuracy {
    public static void main(String[] args) {
        System.out.printf("%-44s %20s %20s %9s %9s%n", "case", "m exact", "m Plefka", "t exact", "t Plefka");
        row("supervised P=2 beta=2 r=0.6 M=10 N=3000 K=2", Simulation.of(Ensemble.supervised(2, 3000, 2, 10, 0.6, 0)).beta(2));
        row("supervised P=4 beta=5/3 r=0.6 M=10 N=3000", Simulation.of(Ensemble.supervised(4, 3000, 2, 10, 0.6, 0)).beta(5.0 / 3));
        row("supervised P=4 beta=25/6 r=0.2 M=10 N=3000", Simulation.of(Ensemble.supervised(4, 3000, 2, 10, 0.2, 0)).beta(25.0 / 6));
        for (double alpha : new double[] {0.02, 0.1, 0.25}) {
            int K = CanonicalLoad.patterns(4, alpha, 80);
            row(String.format("storage P=4 alpha=%.2f T=0.2 N=80 K=%d", alpha, K),
                    Simulation.of(Ensemble.storage(4, 80, K)).temperature(0.2));
        }
    }

    static void row(String name, Simulation sim) {
        sim = sim.sweeps(50, 100).samples(6).seed(1);
        long t0 = System.nanoTime();
        SimulationResult e = sim.run();
        long t1 = System.nanoTime();
        SimulationResult p = sim.updates(Updates.PLEFKA).run();
        long t2 = System.nanoTime();
        System.out.printf("%-44s %11.4f +- %.4f %11.4f +- %.4f %8.2fs %8.2fs%n", name, e.m(0), e.mStdErr(0), p.m(0), p.mStdErr(0),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}
