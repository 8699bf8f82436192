package dev.hebbian.theory.learning;

/**
 * One RS stationary point (arXiv:2212.00606; docs/learning.md#eq-learning-4, #eq-learning-5, #eq-learning-11, #eq-learning-12, #eq-learning-13): the overlap with the
 * class average y (n_bar = y / sqrt(1 + rho) is the paper's variable, docs/learning.md#eq-learning-5), the Mattis magnetisation
 * with the archetype m, the two-replica overlap q, the quenched pressure A (= -beta f; +infinity
 * at T = 0, where only {@code freeEnergy} is meaningful) and f. {@code stability} is the left side of
 * (docs/learning.md#eq-learning-5) at low load (stable when < 1; NaN where not computed). For the unsupervised example state
 * {@code yOther} is the overlap with the other examples of the class (docs/learning.md#eq-learning-24); otherwise it equals y.
 */
public record LearningState(Phase phase, double y, double yOther, double nbar, double m, double q, double pressure,
                    double freeEnergy, double stability, boolean converged, int iterations, double residual) {
    /** Local stability criterion (docs/learning.md#eq-learning-5); true when it was not computed. */
    public boolean locallyStable() {
        return !(stability >= 1);
    }

    /** The Mattis magnetisation with the archetype. */
    public double magnetisation() {
        return m;
    }
}
