package dev.hebbian.theory.learning;

/** Supervised (class-averaged couplings, docs/conventions.md#eq-conventions-8) or unsupervised (one pattern per example, docs/learning.md#eq-learning-23) learning. */
public enum LearningRule {
    SUPERVISED, UNSUPERVISED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
