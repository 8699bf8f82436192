package dev.hebbian.theory;

/**
 * One stationary point of a replica functional (docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4,
 * #eq-storage-7, #eq-storage-11) with its diagnostics. Temperatures follow docs/conventions.md: {@code beta} is the
 * canonical beta (beta' of the paper), T = 1/beta; {@code beta = +infinity} is T = 0. At RS, {@code q1 = q2 = q}
 * and {@code theta = 1}.
 *
 * <p>The Parisi parameter has two fields with one meaning each: {@code theta} in (0, 1] and {@code bigTheta} =
 * Theta = beta theta (docs/storage.md#eq-storage-13). At T = 0 a 1RSB solution has theta = 0 and a finite
 * Theta (irrelevant where it collapsed to q1 = q2); at finite T, Theta = beta theta.
 *
 * @param pressure A = lim (1/N) E ln Z; +infinity at T = 0, where A grows as beta epsilon (use
 *                 {@link #pressureOverBeta()}, finite at every T)
 * @param freeEnergy f = -A/beta (at T = 0 the ground-state energy)
 * @param energy internal energy -dA/dbeta per neuron
 * @param diagnostics how the point was found and how far it is to be trusted
 */
public record Solution(Ansatz ansatz, Branch branch, double beta, double m, double q1, double q2, double theta,
                       double bigTheta, double pressure, double freeEnergy, double energy, Diagnostics diagnostics) {

    /**
     * How a solution was found.
     *
     * @param converged whether the residual met the solver's tolerance
     * @param iterations iterations (fixed-point, Newton and Parisi-parameter search) spent on it
     * @param residual max |F(x) - x| of the stationarity map, with the theta equation on the scale of the order
     *                 parameters
     * @param quadratureError change of A (of the T = 0 energy) when the quadrature is refined
     */
    public record Diagnostics(boolean converged, int iterations, double residual, double quadratureError) {}

    /**
     * A solution from the solvers' working form, where the Parisi parameter is theta at finite T and Theta =
     * beta theta at T = 0 (1RSB); the pressure at T = 0 is set to +infinity whatever is passed.
     */
    public static Solution of(Ansatz ansatz, Branch branch, double beta, double m, double q1, double q2,
                              double parisi, double pressure, double freeEnergy, double energy, boolean converged,
                              int iterations, double residual, double quadratureError) {
        boolean zeroT = Double.isInfinite(beta);
        double theta, bigTheta;
        if (zeroT && ansatz == Ansatz.ONE_RSB) { // Theta is finite (and irrelevant where q1 = q2)
            theta = 0;
            bigTheta = parisi;
        } else {
            theta = parisi;
            bigTheta = beta * parisi;
        }
        return new Solution(ansatz, branch, beta, m, q1, q2, theta, bigTheta, zeroT ? Double.POSITIVE_INFINITY : pressure,
                freeEnergy, energy, new Diagnostics(converged, iterations, residual, quadratureError));
    }

    /** The same solution with its energy and quadrature error completed ({@link PointSolver#finish}). */
    Solution withEnergyAndQuadratureError(double energy, double quadratureError) {
        return new Solution(ansatz, branch, beta, m, q1, q2, theta, bigTheta, pressure, freeEnergy, energy,
                new Diagnostics(converged(), iterations(), residual(), quadratureError));
    }

    /** The same solution with another iteration count. */
    public Solution withIterations(int its) {
        return new Solution(ansatz, branch, beta, m, q1, q2, theta, bigTheta, pressure, freeEnergy, energy,
                new Diagnostics(converged(), its, residual(), quadratureError()));
    }

    /**
     * The same point described as the other ansatz (an RS point as a collapsed 1RSB one: at T = 0 it carries
     * theta = Theta = 0, the Parisi parameter being irrelevant where q1 = q2).
     */
    public Solution as(Ansatz a) {
        boolean collapsedAtZeroT = a == Ansatz.ONE_RSB && zeroTemperature() && ansatz == Ansatz.RS;
        return new Solution(a, branch, beta, m, q1, q2, collapsedAtZeroT ? 0 : theta, collapsedAtZeroT ? 0 : bigTheta,
                pressure, freeEnergy, energy, diagnostics);
    }

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

    /** A/beta = -f: finite at every temperature (at T = 0 the ground-state energy ratio epsilon). */
    public double pressureOverBeta() {
        return -freeEnergy;
    }

    /** {@link Diagnostics#converged()}. */
    public boolean converged() {
        return diagnostics.converged();
    }

    /** {@link Diagnostics#iterations()}. */
    public int iterations() {
        return diagnostics.iterations();
    }

    /** {@link Diagnostics#residual()}. */
    public double residual() {
        return diagnostics.residual();
    }

    /** {@link Diagnostics#quadratureError()}. */
    public double quadratureError() {
        return diagnostics.quadratureError();
    }
}
