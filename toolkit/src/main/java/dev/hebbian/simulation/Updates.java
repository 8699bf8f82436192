package dev.hebbian.simulation;

/** The update scheme of a sweep (docs/monte-carlo.md#eq-mc-2, #eq-mc-3). */
public enum Updates {
    /** Heat-bath single-spin updates in a fresh random order each sweep, exact fields (detailed balance). */
    SEQUENTIAL,
    /** Synchronous heat-bath update of every spin from the same fields (no detailed balance for P > 2). */
    PARALLEL,
    /** Sequential heat bath with the first-order Plefka field: overlaps frozen during a sweep (docs/monte-carlo.md#eq-mc-3). */
    PLEFKA
}
