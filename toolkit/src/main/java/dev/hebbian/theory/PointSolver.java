package dev.hebbian.theory;

/**
 * A model at one (load, temperature, ansatz): its branches and the physical state, chosen by the
 * rules of arXiv:2111.12997; docs/storage.md#phase-selection. Implemented by {@link ReplicaSolver}
 * (dense storage, SK, P-spin) and by the P = 2 Hopfield model; new models plug in here.
 */
public interface PointSolver {
    /** The stationary point reached from the seed of a branch; {@link Solution#branch()} says where it landed. */
    Solution solve(Branch seed);

    /**
     * As {@link #solve(Branch)}, with {@code start} (a solution of the same branch at a neighbouring point, or
     * null) as an initial guess: a warm start for continuation along a phase-diagram row. The result must be
     * the one {@link #solve(Branch)} gives (same branch, polished to the same tolerance); the default ignores
     * {@code start}.
     */
    default Solution solve(Branch seed, Solution start) {
        return solve(seed);
    }

    /** Whether the model has a Mattis magnetisation (a retrieval branch). */
    boolean hasRetrieval();

    /**
     * Whether a bound proves that no retrieval state exists at this point (the retrieval seed can only fall to m =
     * 0), so that {@link #solve()} and the phase diagrams go straight to {@link #glassy()}. The default: false.
     */
    default boolean retrievalExcluded() {
        return false;
    }

    /**
     * The same solver, whose solutions may leave their costly diagnostics (quadrature error, energy) to
     * {@link #finish}: for callers that solve several branches and keep one (the physical state, a phase-diagram
     * cell). The default returns this solver (diagnostics always complete).
     */
    default PointSolver deferDiagnostics() {
        return this;
    }

    /** A solution of this solver with its diagnostics completed, as {@link #solve(Branch)} returns them. */
    default Solution finish(Solution s) {
        return s;
    }

    /**
     * The same solver, returning unconverged solutions (converged = false) instead of throwing; used
     * by line searches that must probe points next to folds.
     */
    default PointSolver lenient() {
        return this;
    }

    /** Inverse temperature (+infinity at T = 0). */
    double beta();

    /**
     * The model's pressure A at the given order parameters and this (finite) beta: the functional whose
     * stationary points {@link #solve(Branch)} returns (docs/storage.md#eq-storage-4, #eq-storage-10, #eq-storage-17).
     * At RS pass q1 = q2 = q and theta = 1. NaN outside the functional's domain, at T = 0, or where the model
     * does not expose it.
     */
    default double pressureAt(double m, double q1, double q2, double theta) {
        return Double.NaN;
    }

    /** The RS instability quantity (AT line where it equals 1) at an RS solution; NaN if not available. */
    default double atQuantity(Solution rs) {
        return Double.NaN;
    }

    /** The temperature of the retrieval fold (spinodal) next to a retrieval solution; NaN if not available. */
    default double foldTemperature(Solution nearFold) {
        return Double.NaN;
    }

    /**
     * Whether the paramagnet m = q = 0 is a stationary point here (not at T = 0; the P = 2 AGS functional
     * only at T &gt; 1 when alpha &gt; 0). {@link #solve(Branch)} throws for it where it does not exist.
     */
    default boolean hasParamagnet() {
        return !Double.isInfinite(beta());
    }

    /** The m = 0 state: spin glass if it exists with A_SG &lt;= A_para (the spin glass where there is no paramagnet). */
    default Solution glassy() {
        if (!hasParamagnet()) return solve(Branch.SPIN_GLASS);
        Solution para = solve(Branch.PARAMAGNET);
        Solution sg = solve(Branch.SPIN_GLASS);
        if (sg.branch() == Branch.SPIN_GLASS && !(sg.pressure() > para.pressure() + 1e-13)) return sg;
        return para;
    }

    /**
     * The physical state: sup over m (largest A) between the retrieval branch and the m = 0 state
     * (docs/storage.md#phase-selection). Just above the retrieval spinodal the retrieval seed crawls past the
     * vanished branch without converging; when the fold traced from that iterate lies below this temperature
     * ({@link #beyondFold}), the branch does not exist here and the m = 0 state is the answer.
     */
    default Solution solve() {
        PointSolver deferred = deferDiagnostics();
        if (deferred != this) return finish(deferred.solve()); // diagnostics of the physical state only
        if (!hasRetrieval() || retrievalExcluded()) return glassy();
        Solution r;
        try {
            r = solve(Branch.RETRIEVAL);
        } catch (dev.hebbian.numerics.NotConvergedException notConverged) {
            r = lenient().solve(Branch.RETRIEVAL);
            if (!beyondFold(r)) throw notConverged;
        }
        return physical(r);
    }

    /**
     * The physical state given this point's retrieval solution (one rule for {@link #solve()} and the phase
     * diagrams, which solve the retrieval branch once and reuse it): the m = 0 state where the retrieval seed
     * left the branch, did not converge beyond the fold, or has the smaller A.
     */
    default Solution physical(Solution retrieval) {
        Solution m0 = glassy();
        if (retrieval == null || retrieval.branch() != Branch.RETRIEVAL) return m0;
        if (!retrieval.converged() && beyondFold(retrieval)) return m0;
        return score(retrieval) >= score(m0) ? retrieval : m0;
    }

    /**
     * Whether an (unconverged) retrieval iterate lies beyond the spinodal: the fold traced from it
     * ({@link #foldTemperature}) is below this temperature. False where no fold can be traced.
     */
    default boolean beyondFold(Solution ghost) {
        if (ghost.branch() != Branch.RETRIEVAL || Double.isInfinite(beta())) return false;
        return foldTemperature(ghost) < 1 / beta();
    }

    /** A at finite T, the T = 0 energy ratio epsilon = A/beta at T = 0 (the quantity compared between states). */
    static double score(Solution s) {
        return s.zeroTemperature() ? -s.freeEnergy() : s.pressure();
    }
}
