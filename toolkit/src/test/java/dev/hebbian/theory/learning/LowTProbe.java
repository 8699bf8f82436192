package dev.hebbian.theory.learning;

import org.junit.jupiter.api.Test;
import dev.hebbian.theory.*;
import dev.hebbian.theory.storage.StorageProblem;

class LowTProbe {
    @Test
    void probe() {
        ExampleSet d = ExampleSet.ofRho(0);
        SignalLaw law = SignalLaw.of(d, Noise.CLT, SignalLaw.DEFAULT_ORDER);
        for (double t : new double[] {0.08, 0.04, 0.02, 0.01}) {
            double a = 0.2;
            LearningState r = HighLoadTheory.retrieval(4, 1 / t, a, law, 0, 1, law.meanAbs(), 1);
            LearningState sg = HighLoadTheory.spinGlass(4, 1 / t, a, 1);
            LearningState e = HighLoadTheory.ergodic(4, 1 / t, a, 1);
            PointSolver s = StorageProblem.create().p(4).alpha(a).temperature(t).solver().lenient();
            Solution sr = s.solve(Branch.RETRIEVAL), ss = s.solve(Branch.SPIN_GLASS), sp = s.solve(Branch.PARAMAGNET);
            System.out.printf("T=%.3f learn R %.8f (m %.6f q %.8f conv %s) SG %.8f (q %.8f) E %.6f | storage R %.8f (m %.6f q %.8f) SG %.8f (q %.8f) P %.6f%n", t,
                    r == null ? Double.NaN : r.pressure() * t, r == null ? 0 : r.m(), r == null ? 0 : r.q(), r == null ? "null" : r.converged(), sg.pressure() * t, sg.q(), e.pressure() * t,
                    sr.pressure() * t, sr.m(), sr.q(), ss.pressure() * t, ss.q(), sp.pressure() * t);
        }
    }
}
