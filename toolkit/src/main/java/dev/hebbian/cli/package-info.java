/**
 * The command line, {@code java -jar toolkit.jar <command>} ({@link dev.hebbian.cli.ToolkitCli}):
 * {@code solve}, {@code capacity} and {@code sweep} for one point, the T = 0 capacity and grids of the
 * replica theory (models registered by name in {@link dev.hebbian.cli.ReplicaModels}),
 * {@code simulate} for Monte Carlo, {@code notebook} and {@code reproduce} to run the notebooks
 * headless, and {@code kernel install} for a Jupyter kernelspec with the toolkit on its classpath.
 * Results print as text, JSON or CSV ({@link dev.hebbian.cli.Output}).
 *
 * <p>Every printed quantity is defined in the docs/ page of its model: docs/storage.md and
 * docs/spin-glass.md ({@code storage}, {@code sk}, {@code pspin}), docs/learning.md
 * ({@code supervised}, {@code unsupervised}), docs/multitasking.md ({@code multitasking}) and
 * docs/monte-carlo.md ({@code simulate}), in the units of docs/conventions.md.
 */
package dev.hebbian.cli;
