/**
 * The continuous modern Hopfield network of Ramsauer et al. (arXiv:2008.02217), explained in
 * docs/modern-hopfield.md: {@link dev.hebbian.theory.modern.ModernHopfield} holds the stored patterns
 * and the inverse temperature beta and gives the energy (docs/modern-hopfield.md#eq-mh-1), the
 * attention update (#eq-mh-2), iteration to a fixed point, the pattern separation and the one-update
 * retrieval error bound (#eq-mh-4, #eq-mh-5), and the classification of fixed points into single
 * patterns, metastable subset averages and the global average (#eq-mh-6;
 * {@link dev.hebbian.theory.modern.FixedPointKind}, {@link dev.hebbian.theory.modern.FixedPointCensus}).
 * {@link dev.hebbian.theory.modern.ExponentialThresholds} gives the exponential-load retrieval
 * thresholds of Gaussian and spherical patterns from the random-energy-model mapping of Lucibello
 * and Mezard (arXiv:2304.14964): alpha_1(lambda, rho), alpha_c(lambda) and the condensation point
 * (#eq-mh-7 to #eq-mh-12). Random pattern sets: {@link dev.hebbian.theory.modern.Patterns}.
 * {@link dev.hebbian.theory.modern.Gibbs}: closed forms of the finite-temperature measure exp(-beta' E) (the exact
 * Gaussian mixture at beta' = beta, the Hessian and the low-temperature Laplace covariance; #eq-mh-14, #eq-mh-16).
 */
package dev.hebbian.theory.modern;
