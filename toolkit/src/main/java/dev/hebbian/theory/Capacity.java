package dev.hebbian.theory;

/**
 * Maximal storage capacity at T = 0: the fold of the retrieval branch (AGS definition, in
 * arXiv:2111.12997; docs/storage.md#capacities, #phase-selection).
 *
 * @param alphaC the largest load at which the retrieval branch exists
 * @param mC the Mattis magnetisation on the branch at alphaC
 * @param tolerance accuracy of alphaC
 */
public record Capacity(int p, Ansatz ansatz, double alphaC, double mC, double tolerance) {}
