import dev.hebbian.DenseHebbian;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.PhaseDiagram;
import dev.hebbian.theory.Solution;

/**
 * Java side of bench/replica-bench.sh: an N x N RS phase diagram for P = 4 with all lines (spinodal,
 * thermodynamic, spin-glass, AT), and one 1RSB point (P = 4, alpha = 0.2, T = 0.2, spin-glass
 * branch with theta optimised). Same grid and tolerances as bench/replica_numpy.py.
 * Usage: java -cp ... bench/ReplicaBench.java rs-grid N | rsb-point [reps]
 */
public class ReplicaBench {
    public static void main(String[] args) {
        String task = args[0];
        if (task.equals("rs-grid")) {
            int n = Integer.parseInt(args[1]);
            double[] a = new double[n], t = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = 0.4 * i / (n - 1);
                t[i] = 0.02 + 0.98 * i / (n - 1);
            }
            grid(new double[] {0.1, 0.2}, new double[] {0.3, 0.6}); // JIT warm-up on a tiny grid
            long t0 = System.nanoTime();
            double sum = grid(a, t);
            System.out.printf("rs-grid seconds=%.4f checksum=%.10g%n", (System.nanoTime() - t0) / 1e9, sum);
        } else {
            int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
            Solution s = point();
            for (int w = 0; w < 50; w++) s = point(); // JIT warm-up: one point is ~100 quadrature passes
            double dt = Double.POSITIVE_INFINITY; // the fastest of the repetitions (robust to a busy machine)
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                s = point();
                dt = Math.min(dt, (System.nanoTime() - t0) / 1e9);
            }
            System.err.printf("1RSB point: A=%.12f q1=%.3e q2=%.10f theta=%.10f%n", s.pressure(), s.q1(), s.q2(), s.theta());
            System.out.printf("rsb-point seconds=%.4f checksum=%.10g%n", dt, s.pressure());
        }
    }

    static double grid(double[] a, double[] t) {
        PhaseDiagram d = DenseHebbian.storage().p(4).rs().phaseDiagram(a, t);
        double sum = 0;
        for (int i = 0; i < d.grid().rowCount(); i++) {
            double v = d.grid().doubleColumn("pressure").getDouble(i);
            if (Double.isFinite(v)) sum += v;
        }
        for (String c : new String[] {"retrievalSpinodal", "retrievalThermodynamic", "spinGlass", "atLine"})
            for (int i = 0; i < d.lines().rowCount(); i++) {
                double v = d.lines().doubleColumn(c).getDouble(i);
                if (Double.isFinite(v)) sum += v;
            }
        return sum;
    }

    static Solution point() {
        return DenseHebbian.storage().p(4).alpha(0.2).temperature(0.2).oneStepRsb().solve(Branch.SPIN_GLASS);
    }
}
