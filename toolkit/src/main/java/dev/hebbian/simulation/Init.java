package dev.hebbian.simulation;

/** Initial configuration of a chain (docs/monte-carlo.md#eq-mc-4). Blank (diluted) entries are filled at random. */
public enum Init {
    /** sigma(0) = xi^1, the first archetype (never shown to a learning network). */
    ARCHETYPE,
    /** sigma(0) = eta^(1,1), the first example of the first class (the archetype if there are no examples). */
    EXAMPLE,
    /** Independent random +-1 spins. */
    RANDOM,
    /**
     * The hierarchical seed of docs/monte-carlo.md#eq-mc-4: sigma_i = xi^1_i where it is not blank,
     * else xi^2_i, ..., else a random sign: the state the hierarchical (cascade) branch grows from.
     */
    HIERARCHICAL
}
