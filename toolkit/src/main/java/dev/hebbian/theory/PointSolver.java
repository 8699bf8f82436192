package dev.hebbian.theory;

/**
 * A model at one (load, temperature, ansatz): its branches and the physical state, chosen by the
 * rules of arXiv:2111.12997; docs/storage.md#phase-selection. Implemented by {@link ReplicaSolver}
 * (dense storage, SK, P-spin) and by the P = 2 Hopfield model; new models plug in here.
 */
public interface PointSolver {
    /** The stationary point reached from the seed of a branch; {@link Solution#branch()} says where it landed. */
    Solution solve(Branch seed);

    /** Whether the model has a Mattis magnetisation (a retrieval branch). */
    boolean hasRetrieval();

    /**
     * The same solver, returning unconverged solutions (converged = false) instead of throwing; used
     * by line searches that must probe points next to folds.
     */
    default PointSolver lenient() {
        return this;
    }

    /** Inverse temperature (+infinity at T = 0). */
    double beta();

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

    /** The physical state: sup over m (largest A) between the retrieval branch and the m = 0 state. */
    default Solution solve() {
        Solution m0 = glassy();
        if (!hasRetrieval()) return m0;
        Solution r = solve(Branch.RETRIEVAL);
        if (r.branch() == Branch.RETRIEVAL && score(r) >= score(m0)) return r;
        return m0;
    }

    /** A at finite T, the T = 0 energy ratio epsilon = A/beta at T = 0 (the quantity compared between states). */
    static double score(Solution s) {
        return s.zeroTemperature() ? -s.freeEnergy() : s.pressure();
    }
}
