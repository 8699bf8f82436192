package dev.hebbian.simulation;

/**
 * Which P-tuples of neurons the Hamiltonian sums over (docs/conventions.md, finite-N model).
 * {@link #DISTINCT_TUPLES} is the canonical model that the replica theory describes;
 * {@link #ALL_TUPLES} (energy -N/2 sum_mu m_mu^P, self-interactions included) has extra
 * lower-order cross-talk (docs/learning.md#eq-learning-22) and must not be compared with the canonical
 * high-load theory without saying so.
 */
public enum Interaction {
    /** -beta H = (beta N / 2) sum_mu tilde m_mu^P with N tilde m^P = (P!/N^(P-1)) e_P(xi sigma). Canonical. */
    DISTINCT_TUPLES,
    /** -beta H = (beta N / 2) sum_mu m_mu^P (every tuple, repeated indices included). Not canonical at high load. */
    ALL_TUPLES
}
