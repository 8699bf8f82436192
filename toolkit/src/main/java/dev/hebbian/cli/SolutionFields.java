package dev.hebbian.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Capacity;
import dev.hebbian.theory.Solution;

/**
 * The CLI's fields for one replica {@link Solution} (json/csv/text): m, q or q1/q2/theta, pressure,
 * freeEnergy, energy and the diagnostics. At T = 0 the pressure diverges (it is NaN in the
 * solution); it is left out and the T = 0 quantities are printed instead: freeEnergy is then the
 * ground-state energy (pressure/beta = -energy). Also the fields of a T = 0 {@link Capacity}: the theory
 * layer holds no output formatting.
 */
final class SolutionFields {
    private SolutionFields() {}

    static Map<String, Object> of(Solution s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ansatz", s.ansatz().label());
        f.put("branch", s.branch().label());
        f.put("T", s.temperature());
        boolean zeroT = s.zeroTemperature();
        if (!zeroT) f.put("beta", s.beta());
        f.put("m", s.m());
        if (s.ansatz() == Ansatz.RS) {
            f.put("q", s.q2());
        } else {
            f.put("q1", s.q1());
            f.put("q2", s.q2());
            f.put("theta", s.theta());
            f.put("Theta", s.bigTheta());
        }
        if (!zeroT) f.put("pressure", s.pressure()); // A diverges at T = 0: pressureOverBeta is its limit
        f.put("pressureOverBeta", s.pressureOverBeta());
        f.put("freeEnergy", s.freeEnergy());
        f.put("energy", s.energy());
        if (zeroT) f.put("groundStateEnergy", s.freeEnergy());
        f.put("converged", s.converged());
        f.put("iterations", s.iterations());
        f.put("residual", s.residual());
        f.put("quadratureError", s.quadratureError());
        return f;
    }

    /** The fields of a T = 0 capacity: P, ansatz, alphaC, mC and the accuracy of alphaC. */
    static Map<String, Object> of(Capacity c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("P", c.p());
        f.put("ansatz", c.ansatz().label());
        f.put("alphaC", c.alphaC());
        f.put("mC", c.mC());
        f.put("tolerance", c.tolerance());
        return f;
    }
}
