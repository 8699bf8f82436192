package dev.hebbian.theory.exponential;

/**
 * The thresholds at (beta, rho) and, at a given load alpha, what the theory predicts
 * (docs/exponential-memory.md#eq-exp-4 to #eq-exp-9).
 *
 * @param thresholds the thresholds at (beta, rho)
 * @param alpha the load (NaN when none was given; then the fields below are NaN or false)
 * @param crosstalkExponent g(alpha, beta), (1/N) ln of the cross-talk of the other patterns (#eq-exp-4)
 * @param remFreeEnergy phi(alpha, beta) of the REM of the other patterns (#eq-exp-7)
 * @param oneStepMargin beta (1 - 2 rho) - g: positive iff a typical pattern is retrieved in one step
 * @param typicalRetrieved alpha &lt; alphaOneStep
 * @param allRetrieved alpha &lt; alphaAllPatterns
 * @param softmaxRetrieved alpha &lt; alphaSoftmax
 * @param equilibriumRetrieved alpha &lt; alphaEquilibrium
 */
public record ExponentialCapacity(Thresholds thresholds, double alpha, double crosstalkExponent, double remFreeEnergy,
        double oneStepMargin, boolean typicalRetrieved, boolean allRetrieved, boolean softmaxRetrieved,
        boolean equilibriumRetrieved) {

    /**
     * The thresholds at (beta, rho) and the predictions at load alpha &gt; 0 (alpha = NaN: thresholds only).
     *
     * @throws dev.hebbian.Check.InvalidParameterException for alpha &lt;= 0, beta &lt;= 0 or rho outside [0, 1/2)
     */
    public static ExponentialCapacity of(double alpha, double beta, double rho) {
        if (!Double.isNaN(alpha)) dev.hebbian.Check.positive("alpha", alpha);
        Thresholds th = Thresholds.at(beta, rho);
        if (Double.isNaN(alpha)) return new ExponentialCapacity(th, alpha, Double.NaN, Double.NaN, Double.NaN, false, false, false, false);
        boolean inf = Double.isInfinite(beta);
        double g = inf ? Double.NaN : BinaryThresholds.crosstalkExponent(alpha, beta);
        double phi = inf ? Double.NaN : BinaryThresholds.remFreeEnergy(alpha, beta);
        double margin = inf ? Double.NaN : BinaryThresholds.oneStepMargin(alpha, beta, rho);
        return new ExponentialCapacity(th, alpha, g, phi, margin, alpha < th.alphaOneStep(), alpha < th.alphaAllPatterns(),
                alpha < th.alphaSoftmax(), alpha < th.alphaEquilibrium());
    }
}
