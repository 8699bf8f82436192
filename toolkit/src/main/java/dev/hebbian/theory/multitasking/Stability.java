package dev.hebbian.theory.multitasking;

/**
 * Local stability of a solution (arXiv:2308.04106; docs/multitasking.md#eq-multitasking-6): STABLE when the
 * Hessian A of f(n) is positive definite, UNSTABLE when it has a negative eigenvalue, MARGINAL when
 * its smallest eigenvalue is zero within tolerance or, at T = 0 and rho = 0 (no Hessian, docs/multitasking.md#eq-multitasking-9, #eq-multitasking-10, #eq-multitasking-11),
 * when some non-blank site has an exactly vanishing field; UNDETERMINED when no Hessian exists
 * (T = 0 with the exact binomial law).
 */
public enum Stability {
    STABLE, UNSTABLE, MARGINAL, UNDETERMINED
}
