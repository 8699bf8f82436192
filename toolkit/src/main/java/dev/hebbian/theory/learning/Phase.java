package dev.hebbian.theory.learning;

/** Kinds of RS solutions (arXiv:2212.00606; docs/learning.md#eq-learning-4, #eq-learning-5, #eq-learning-16, #eq-learning-24). */
public enum Phase {
    /** Archetype retrieval ("learning"): y > 0, m > 0. */
    RETRIEVAL,
    /** Unsupervised example-storing state: one example overlap larger than the others (docs/learning.md#eq-learning-24). */
    EXAMPLE,
    /** Spin glass: y = 0, q > 0 (high load only). */
    SPIN_GLASS,
    /** Ergodic (paramagnetic): y = 0, q = 0. */
    ERGODIC
}
