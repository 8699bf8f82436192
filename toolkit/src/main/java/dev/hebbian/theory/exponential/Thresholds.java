package dev.hebbian.theory.exponential;

/**
 * The retrieval thresholds of the binary exponential memory at (beta, rho) (docs/exponential-memory.md):
 *
 * @param alphaOneStep alpha_1, a typical pattern retrieved in one step from overlap 1 - 2 rho (#eq-exp-5)
 * @param alphaAllPatterns all patterns at once, min(alpha_1, I(1 - 2 rho)/2) (#eq-exp-6)
 * @param alphaDemircigil I(1 - 2 rho)/2, the capacity of Demircigil et al. for F = exp (#eq-exp-6)
 * @param alphaSoftmax the REM criterion (softmax weight of the pattern dominates), arXiv:2304.14964 carried to binary patterns (#eq-exp-8)
 * @param alphaEquilibrium I(tanh beta), the Gibbs retrieval state exists (#eq-exp-9)
 * @param alphaOneStepNumerical alpha_1 again, by a Brent root of beta y = g(alpha, beta) with g maximised numerically
 * @param converged whether that root search converged
 * @param residual |beta y - g| at the numerical root
 */
public record Thresholds(double beta, double rho, double alphaOneStep, double alphaAllPatterns, double alphaDemircigil,
        double alphaSoftmax, double alphaEquilibrium, double alphaOneStepNumerical, boolean converged, double residual) {

    /** All thresholds at (beta, rho); beta = +infinity is the T = 0 limit. */
    public static Thresholds at(double beta, double rho) {
        BinaryThresholds.Root r = BinaryThresholds.oneStepNumerical(beta, rho);
        return new Thresholds(beta, rho, BinaryThresholds.oneStep(beta, rho), BinaryThresholds.allPatterns(beta, rho),
                BinaryThresholds.demircigil(rho), BinaryThresholds.softmax(beta, rho), BinaryThresholds.equilibrium(beta),
                r.alpha(), r.converged(), r.residual());
    }
}
