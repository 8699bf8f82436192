package dev.hebbian.theory.storage;

import dev.hebbian.theory.PointSolver;

/**
 * Common part of the P = 2 (AGS) point solvers (RS {@link Hopfield}, 1RSB {@link HopfieldRsbFinite} and
 * {@link HopfieldRsb} at T = 0): a retrieval branch, inverse temperature beta, and the paramagnet only where
 * the AGS D = 1 - beta is positive ({@link Hopfield#hasParamagnet(double)}; arXiv:2111.12997; docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19).
 */
abstract class AgsPointSolver implements PointSolver {
    private final double alpha;
    private final double beta;

    AgsPointSolver(double alpha, double beta) {
        this.alpha = alpha;
        this.beta = beta;
    }

    @Override
    public final boolean hasRetrieval() {
        return true;
    }

    @Override
    public final boolean hasParamagnet() {
        return Hopfield.paramagnetExists(alpha, beta);
    }

    @Override
    public final double beta() {
        return beta;
    }
}
