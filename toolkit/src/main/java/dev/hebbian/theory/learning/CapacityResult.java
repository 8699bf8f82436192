package dev.hebbian.theory.learning;

/**
 * Zero-temperature critical load alpha_c (canonical convention, alpha = alpha_s P!/2; docs/conventions.md)
 * with the retrieval fixed point at the fold (docs/learning.md#eq-learning-14, #eq-learning-19; docs/learning.md#eq-learning-25).
 */
public record CapacityResult(LearningRule model, int P, ExampleSet data, Noise noise, double alphaC, double y, double nbar, double m) {
    /**
     * The critical load in the units of arXiv:2212.00606 and arXiv:2211.14067, alpha_s = K / N^(P-1) with
     * distinct-index cross-talk: alpha_s = 2 alpha_c / P! (docs/conventions.md, units of the papers).
     */
    public double alphaPaperUnits() {
        return 2 * alphaC / LearningSignalToNoise.factorial(P);
    }
}
