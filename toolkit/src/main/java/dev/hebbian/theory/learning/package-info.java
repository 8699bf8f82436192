/**
 * Replica-symmetric theory of supervised and unsupervised learning in dense Hebbian networks
 * (arXiv:2212.00606 and arXiv:2211.14067; docs/learning.md).
 *
 * <p>Convention (docs/conventions.md): {@code beta} is the paper's beta' (T = 1/beta), and the load is the
 * canonical {@code alpha = alpha_s P!/2}, where alpha_s = K / N^(P-1) is the paper's load with
 * distinct-index cross-talk; r, M, rho = (1 - r^2)/(M r^2) and R = r^2 + (1 - r^2)/M are as in docs/conventions.md#eq-conventions-6 and #eq-conventions-7.
 * Entry point: {@link dev.hebbian.theory.learning.Learning}; CLI fields:
 * {@code dev.hebbian.cli.LearningCli}.
 */
package dev.hebbian.theory.learning;
