/**
 * Dense Hebbian storage (the P-spin Hopfield network) in the canonical convention of
 * docs/conventions.md, explained in docs/storage.md (arXiv:2111.12997):
 * {@link dev.hebbian.theory.storage.StorageProblem} solves RS and 1RSB at finite T and T = 0
 * (docs/storage.md#eq-storage-2 to #eq-storage-15) and the alpha = 0 limit; for P = 2 the
 * Amit-Gutfreund-Sompolinsky Hopfield model at RS ({@link dev.hebbian.theory.storage.Hopfield}) and
 * 1RSB ({@link dev.hebbian.theory.storage.HopfieldRsbFinite} at finite T,
 * {@link dev.hebbian.theory.storage.HopfieldRsb} at T = 0, whose capacity 0.138 is that of Steffan and
 * Kuehn 1994; docs/storage.md#eq-storage-17 to #eq-storage-21). Entry point:
 * {@code DenseHebbian.storage()}.
 */
package dev.hebbian.theory.storage;
