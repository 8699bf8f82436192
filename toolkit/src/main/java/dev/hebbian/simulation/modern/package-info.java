/**
 * Simulations of the continuous modern Hopfield network (docs/modern-hopfield.md):
 * {@link dev.hebbian.simulation.modern.ExponentialLoad} measures one-update retrieval at exponential
 * load K = exp(alpha d) for random Gaussian or spherical patterns (the Monte Carlo points of the
 * thresholds of {@link dev.hebbian.theory.modern.ExponentialThresholds}), and
 * {@link dev.hebbian.simulation.modern.ImageRecall} retrieves stored images from corrupted or masked
 * copies, with the modern network and with the dense P-spin networks of the toolkit at the same K.
 * {@link dev.hebbian.simulation.modern.Langevin} samples the network at a finite temperature (Metropolis-adjusted
 * Langevin dynamics on the energy, docs/modern-hopfield.md#eq-mh-15).
 */
package dev.hebbian.simulation.modern;
