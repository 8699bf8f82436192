package dev.hebbian.theory.learning;

/**
 * Zero-temperature critical load alpha_c (canonical convention, alpha = alpha_s P!/2; docs/conventions.md)
 * with the retrieval fixed point at the fold (docs/learning.md#eq-learning-14, #eq-learning-19; docs/learning.md#eq-learning-25).
 */
public record CapacityResult(LearningRule model, int P, ExampleSet data, Noise noise, double alphaC, double y, double nbar, double m) {
    /** The load in the paper's own convention, alpha_s = 2 alpha / P!. */
    public double alphaSpec() {
        return 2 * alphaC / LearningSignalToNoise.factorial(P);
    }
}
