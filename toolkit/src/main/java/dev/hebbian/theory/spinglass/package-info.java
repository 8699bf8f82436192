/**
 * Reference spin glasses solved on the same replica engine as the dense networks, as independent
 * checks of it (docs/spin-glass.md, arXiv:2111.12997): the Sherrington-Kirkpatrick model and the
 * Ising P-spin glass at RS and 1RSB, finite T and T = 0 ({@link dev.hebbian.theory.spinglass.SpinGlassProblem},
 * docs/spin-glass.md#eq-spin-glass-1 to #eq-spin-glass-6), and the soft (Gaussian-spin) P-spin glass
 * ({@link dev.hebbian.theory.spinglass.SoftSpinGlass}), whose P = 2 case is the soft part of the
 * Hopfield decomposition (docs/storage.md#eq-storage-17).
 */
package dev.hebbian.theory.spinglass;
