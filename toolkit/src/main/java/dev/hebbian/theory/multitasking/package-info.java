/**
 * Low-storage theory of the multitasking Hebbian network learning from diluted examples (see
 * {@code arXiv:2308.04106}; conventions of {@code docs/conventions.md}: beta multiplies
 * the fields, couplings normalised by 1/R, R = r^2 (1 + rho), so T_c = 1 - d for every rho).
 *
 * <ul>
 *   <li>{@link dev.hebbian.theory.multitasking.SelfConsistency}: the equations for K archetypes (exact
 *       enumeration of the 3^K pattern columns, one-dimensional integrals, T = 0 finite sums), the
 *       Hessian and the solver.</li>
 *   <li>{@link dev.hebbian.theory.multitasking.ChiLaw}: Gaussian (CLT) or exact binomial class average.</li>
 *   <li>{@link dev.hebbian.theory.multitasking.StoredNetwork}: T = 0, rho = 0 closed forms (H, X, S, d_c).</li>
 *   <li>{@link dev.hebbian.theory.multitasking.PhaseBoundaries}, {@link dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram}:
 *       critical dilutions and sweeps.</li>
 *   <li>{@link dev.hebbian.theory.multitasking.MultitaskingSignalToNoise}, {@link dev.hebbian.theory.multitasking.Loss},
 *       {@link dev.hebbian.theory.multitasking.Landau}: docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16, #eq-multitasking-17, #eq-multitasking-18, #eq-multitasking-7, #eq-multitasking-8.</li>
 *   <li>{@code dev.hebbian.cli.MultitaskingCli}: fields for {@code solve --model multitasking}.</li>
 * </ul>
 * The fluent entry point is {@link dev.hebbian.Multitasking}.
 */
package dev.hebbian.theory.multitasking;
