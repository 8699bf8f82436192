/**
 * Parallel computations over the points of a grid ({@link dev.hebbian.compute.Sweep}): results in
 * point order whatever the thread count, progress for long runs, and the points already done kept
 * when the computation is interrupted (the kernel's interrupt button). Used by the phase diagrams of
 * docs/storage.md and docs/multitasking.md and by the Monte Carlo sweeps of docs/monte-carlo.md.
 */
package dev.hebbian.compute;
