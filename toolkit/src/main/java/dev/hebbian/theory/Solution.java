package dev.hebbian.theory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stationary point of a replica functional (docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4, #eq-storage-7, #eq-storage-11) with its diagnostics.
 * Temperatures follow docs/conventions.md: {@code beta} is the canonical beta (beta' of the paper), T =
 * 1/beta; {@code beta = +infinity} is T = 0. At RS, {@code q1 = q2 = q} and {@code theta = 1}. At T =
 * 0 and 1RSB, {@code theta} holds Theta = beta*theta (docs/storage.md#eq-storage-13, #eq-storage-14, #eq-storage-15), {@code q2 = 1}.
 *
 * @param pressure A = lim (1/N) E ln Z (NaN at T = 0, where it diverges)
 * @param freeEnergy f = -A/beta (at T = 0 the ground-state energy)
 * @param energy internal energy -dA/dbeta per neuron
 * @param quadratureError change of A (or of the T = 0 energy) when the quadrature orders are doubled
 */
public record Solution(Ansatz ansatz, Branch branch, double beta, double m, double q1, double q2, double theta,
                       double pressure, double freeEnergy, double energy, boolean converged, int iterations,
                       double residual, double quadratureError) {

    /** The RS overlap (q2 at 1RSB: the self-overlap inside a state). */
    public double q() {
        return q2;
    }

    /** T = 1/beta. */
    public double temperature() {
        return 1 / beta;
    }

    /** True at T = 0. */
    public boolean zeroTemperature() {
        return Double.isInfinite(beta);
    }

    /** Fields for CLI output (json/csv/text): m, q or q1/q2/theta, pressure, freeEnergy, energy, diagnostics. */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ansatz", ansatz.label());
        f.put("branch", branch.label());
        f.put("T", temperature());
        f.put("beta", beta);
        f.put("m", m);
        if (ansatz == Ansatz.RS) {
            f.put("q", q2);
        } else {
            f.put("q1", q1);
            f.put("q2", q2);
            if (zeroTemperature()) {
                f.put("theta", 0.0);
                f.put("Theta", theta);
            } else {
                f.put("theta", theta);
            }
        }
        f.put("pressure", pressure);
        f.put("freeEnergy", freeEnergy);
        f.put("energy", energy);
        f.put("converged", converged);
        f.put("iterations", iterations);
        f.put("residual", residual);
        f.put("quadratureError", quadratureError);
        return f;
    }
}
