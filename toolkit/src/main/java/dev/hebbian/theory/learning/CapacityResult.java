package dev.hebbian.theory.learning;

/**
 * Zero-temperature critical load alpha_c (canonical convention, alpha = alpha_s P!/2; CONVENTIONS.md)
 * with the retrieval fixed point at the fold (spec E32, E38; unsupervised E48).
 */
public record CapacityResult(LearningRule model, int P, ExampleSet data, Noise noise, double alphaC, double y, double nbar, double m) {
    /** The load in the spec's own convention, alpha_s = 2 alpha / P!. */
    public double alphaSpec() {
        return 2 * alphaC / LearningSignalToNoise.factorial(P);
    }
}
