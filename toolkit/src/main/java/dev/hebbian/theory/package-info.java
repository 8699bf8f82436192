/**
 * The replica engine shared by every model (docs/storage.md, arXiv:2111.12997): the generic RS / 1RSB
 * functional ({@link dev.hebbian.theory.Functional}, docs/storage.md#eq-storage-1) and its solver at one
 * point ({@link dev.hebbian.theory.ReplicaSolver}, a {@link dev.hebbian.theory.PointSolver}), the
 * branches and the rules that pick the physical state ({@link dev.hebbian.theory.Branch},
 * docs/storage.md#phase-selection), the stationary point with its diagnostics
 * ({@link dev.hebbian.theory.Solution}), T = 0 capacities ({@link dev.hebbian.theory.Capacity},
 * docs/storage.md#capacities), transition temperatures ({@link dev.hebbian.theory.Transitions}), and
 * (alpha, T) phase diagrams as grids ({@link dev.hebbian.theory.PhaseDiagram}) and as whole curves
 * ({@link dev.hebbian.theory.PhaseLines}, {@link dev.hebbian.theory.PhaseLine}).
 *
 * <p>Models live in the subpackages: {@code storage} (dense storage, P = 2 Hopfield), {@code spinglass}
 * (reference spin glasses, docs/spin-glass.md), {@code learning} (docs/learning.md) and
 * {@code multitasking} (docs/multitasking.md). Units: docs/conventions.md.
 */
package dev.hebbian.theory;
