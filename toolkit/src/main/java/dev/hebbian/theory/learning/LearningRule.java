package dev.hebbian.theory.learning;

/** Supervised (class-averaged couplings, E8) or unsupervised (one pattern per example, E45) learning. */
public enum LearningRule {
    SUPERVISED, UNSUPERVISED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
