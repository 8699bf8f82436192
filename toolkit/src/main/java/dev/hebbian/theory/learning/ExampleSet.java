package dev.hebbian.theory.learning;

import dev.hebbian.Check;

/**
 * Dataset parameters of the learning models (arXiv:2212.00606; docs/conventions.md#eq-conventions-6, #eq-conventions-7): example quality
 * r, examples per class M, dataset entropy rho = (1 - r^2) / (M r^2) and R = E[chi_hat^2] =
 * r^2 + (1 - r^2) / M = r^2 (1 + rho). {@link #given()} says which pair the caller supplied.
 *
 * <p>A dataset given by rho alone ({@link #ofRho(double)}) has no M and no r: only the CLT surrogate
 * can be used with it ({@code M = 0}, {@code r = R = NaN}). r = 0 gives rho = +infinity.
 */
public record ExampleSet(double r, int M, double rho, double R, Given given) {
    /** Which parameters the caller gave. */
    public enum Given { R_AND_M, RHO_AND_M, RHO_ONLY }

    /** From the quality r in [0, 1] and the number of examples M >= 1 (docs/conventions.md#eq-conventions-7). */
    public static ExampleSet ofR(double r, int M) {
        Check.inClosed("r", r, 0, 1);
        Check.atLeast("M", M, 1);
        double rho = r == 0 ? Double.POSITIVE_INFINITY : (1 - r * r) / (M * r * r);
        return new ExampleSet(r, M, rho, r * r + (1 - r * r) / M, Given.R_AND_M);
    }

    /** From the dataset entropy rho >= 0 and M >= 1: r = 1 / sqrt(1 + rho M) (docs/conventions.md#eq-conventions-7). */
    public static ExampleSet ofRho(double rho, int M) {
        Check.nonNegative("rho", rho);
        Check.atLeast("M", M, 1);
        double r = 1 / Math.sqrt(1 + rho * M);
        return new ExampleSet(r, M, rho, r * r + (1 - r * r) / M, Given.RHO_AND_M);
    }

    /** From rho alone (M unspecified, e.g. the M to infinity limit at fixed rho; rho may be +infinity): CLT only. */
    public static ExampleSet ofRho(double rho) {
        Check.nonNegativeOrInfinite("rho", rho);
        return new ExampleSet(Double.NaN, 0, rho, Double.NaN, Given.RHO_ONLY);
    }

    /** Whether r and M are known (needed by the exact and large-deviation laws). */
    public boolean hasExamples() {
        return given != Given.RHO_ONLY;
    }

    /** The paper's rescaled overlap factor: n_bar = y / sqrt(1 + rho) (docs/learning.md#eq-learning-5). */
    public double nbarOf(double y) {
        return Double.isInfinite(rho) ? 0 : y / Math.sqrt(1 + rho);
    }

    /** Samples needed for a target rho at this quality: M >= (1 - r^2) / (r^2 rho*) (docs/learning.md#eq-learning-7, #eq-learning-8). */
    public static double examplesFor(double r, double rhoTarget) {
        Check.inHalfOpen("r", r, Double.MIN_NORMAL, 1.0000001);
        Check.positive("rho", rhoTarget);
        return (1 - r * r) / (r * r * rhoTarget);
    }

    @Override
    public String toString() {
        return given == Given.RHO_ONLY ? "ExampleSet[rho=" + rho + "]"
                : "ExampleSet[r=" + r + ", M=" + M + ", rho=" + rho + ", R=" + R + ", given=" + given + "]";
    }
}
