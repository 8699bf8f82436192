/**
 * Exact enumeration and heat-bath Monte Carlo of the binary exponential memory
 * (docs/exponential-memory.md#eq-exp-1) for N &lt;= 24: {@link dev.hebbian.simulation.exponential.EnergyTable}
 * holds ln Z(sigma) = ln sum_mu exp(beta xi^mu . sigma) for all 2^N states, computed in O(N 2^N) by a
 * butterfly over the hypercube; {@link dev.hebbian.simulation.exponential.Enumeration} counts the patterns
 * that are fixed points, strict minima, retrieved in one synchronous step and by zero-temperature dynamics;
 * {@link dev.hebbian.simulation.exponential.HeatBathSampler} samples exp(-beta E_beta). The polynomial
 * engine of {@link dev.hebbian.simulation} is not used: its fields are sums of P-body Hebbian terms, not an
 * exponential of the overlap. Every random draw comes from a seed; results do not depend on the thread count.
 */
package dev.hebbian.simulation.exponential;
