/**
 * The binary exponential dense associative memory (Demircigil, Heusel, Loewe, Upgang and Vermet,
 * J. Stat. Phys. 168 (2017) 288; Lucibello and Mezard, arXiv:2304.14964): K = exp(alpha N) binary
 * patterns and the log-sum-exp energy E_beta(sigma) = -(1/beta) ln sum_mu exp(beta xi^mu . sigma)
 * (docs/exponential-memory.md#eq-exp-1). {@link dev.hebbian.theory.exponential.BinaryThresholds} gives the
 * retrieval thresholds in closed form and by an independent root search
 * (docs/exponential-memory.md#eq-exp-5 to #eq-exp-10), {@link dev.hebbian.theory.exponential.Bridge} sets
 * them beside the polynomial (P-spin) capacities. The entry point, which also runs the exact enumeration and
 * Monte Carlo of {@code dev.hebbian.simulation.exponential}, is {@code dev.hebbian.ExponentialMemory}
 * ({@code DenseHebbian.exponential()}): this package imports no simulation code.
 */
package dev.hebbian.theory.exponential;
