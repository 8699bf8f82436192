/**
 * The toolkit's entry points: {@link dev.hebbian.DenseHebbian} for the replica theory of dense
 * storage (RS and 1RSB, capacities, phase diagrams) and of supervised and unsupervised learning from
 * examples, {@link dev.hebbian.Multitasking} for the multitasking network that learns from diluted
 * examples, and {@link dev.hebbian.Check}, the one format of every error message about a bad
 * parameter (its name, its value and the valid range).
 *
 * <p>The conventions every entry point follows (the finite-N Hamiltonian, the canonical load
 * K = 2 alpha N^(P-1)/P!, beta, the normalisations of the learning models) are in
 * docs/conventions.md; the theory behind each builder is in docs/storage.md, docs/learning.md and
 * docs/multitasking.md.
 */
package dev.hebbian;
