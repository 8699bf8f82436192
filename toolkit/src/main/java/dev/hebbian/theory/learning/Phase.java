package dev.hebbian.theory.learning;

/** Kinds of RS solutions (spec supervised-dense-hebbian.md sections 3.2, 4.5, 9.2). */
public enum Phase {
    /** Archetype retrieval ("learning"): y > 0, m > 0. */
    RETRIEVAL,
    /** Unsupervised example-storing state: one example overlap larger than the others (spec 9.2). */
    EXAMPLE,
    /** Spin glass: y = 0, q > 0 (high load only). */
    SPIN_GLASS,
    /** Ergodic (paramagnetic): y = 0, q = 0. */
    ERGODIC
}
