/**
 * Numerical building blocks of the replica solvers: Gaussian expectations E_z f(z) by Gauss-Hermite
 * quadrature ({@link dev.hebbian.numerics.Gauss}, docs/storage.md#eq-storage-5), overflow-safe log
 * cosh and log-sum-exp ({@link dev.hebbian.numerics.LogMath}), the damped-iteration and Newton solver
 * of self-consistency equations ({@link dev.hebbian.numerics.FixedPoint}, with
 * {@link dev.hebbian.numerics.NotConvergedException} when it misses its tolerance; docs/storage.md#phase-selection),
 * and the start-up of ND4J inside JShell-based kernels ({@link dev.hebbian.numerics.Nd4jSupport}).
 */
package dev.hebbian.numerics;
