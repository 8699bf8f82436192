/**
 * Helpers for numerical experiments: averages over independent repetitions (seeds) with their
 * standard errors ({@link dev.hebbian.experiment.Replicates}) and the finite-size extrapolation of a
 * Monte Carlo observable in 1/N ({@link dev.hebbian.experiment.FiniteSizeFit}).
 */
package dev.hebbian.experiment;
