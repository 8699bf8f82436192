package dev.hebbian.theory.multitasking;

import java.util.Arrays;

/**
 * One solution of the low-storage self-consistency equations (arXiv:2308.04106;
 * docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4, #eq-multitasking-6), with its diagnostics.
 *
 * @param K            number of archetypes
 * @param d            dilution
 * @param beta         inverse temperature (infinite at T = 0)
 * @param rho          dataset entropy
 * @param law          "gaussian" or "binomial(M=..,r=..)"
 * @param m            Mattis magnetisations with the archetypes, m_mu
 * @param n            generalised magnetisations with the examples, n_mu (= m at rho = 0)
 * @param q            the overlap q = E tanh^2(beta h)
 * @param freeEnergy   f(n) per neuron (docs/multitasking.md#eq-multitasking-2)
 * @param energy       e = -((1+rho)/2) sum n^2 per neuron (docs/multitasking.md#eq-multitasking-1)
 * @param eigenvalues  eigenvalues of the Hessian A (increasing; empty when there is no Hessian)
 * @param signMargin   at T = 0, rho = 0: the smallest |field| over non-blank columns (NaN otherwise)
 * @param stability    local stability (docs/multitasking.md#eq-multitasking-6, or sign margins at T = 0, rho = 0)
 * @param state        the state's name (classification of |m|, tolerance 1e-6)
 * @param converged    whether the residual reached the tolerance
 * @param iterations   iterations used (damped plus Newton steps)
 * @param residual     max_mu |RHS(n)_mu - n_mu| at the returned n
 * @param method       "damped", "damped+newton" or "iteration"
 */
public record MultitaskingSolution(int K, double d, double beta, double rho, String law, double[] m, double[] n, double q,
                       double freeEnergy, double energy, double[] eigenvalues, double signMargin,
                       Stability stability, MultitaskingState state, boolean converged, int iterations, double residual,
                       String method) {
    public MultitaskingSolution {
        m = m.clone();
        n = n.clone();
        eigenvalues = eigenvalues.clone();
    }

    @Override
    public double[] m() {
        return m.clone();
    }

    @Override
    public double[] n() {
        return n.clone();
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    public double m(int mu) {
        return m[mu];
    }

    public double n(int mu) {
        return n[mu];
    }

    /** T = 1/beta (0 at beta = infinity). */
    public double temperature() {
        return 1 / beta;
    }

    /** Smallest Hessian eigenvalue (NaN without a Hessian). */
    public double lambdaMin() {
        return eigenvalues.length == 0 ? Double.NaN : eigenvalues[0];
    }

    /** The magnetisations' magnitudes sorted in decreasing order (how MC reports them, docs/monte-carlo.md#eq-mc-4). */
    public double[] sortedMagnitudes() {
        double[] a = new double[m.length];
        for (int i = 0; i < m.length; i++) a[i] = Math.abs(m[i]);
        Arrays.sort(a);
        for (int i = 0; i < a.length / 2; i++) {
            double t = a[i];
            a[i] = a[a.length - 1 - i];
            a[a.length - 1 - i] = t;
        }
        return a;
    }

    @Override
    public String toString() {
        return "MultitaskingSolution[" + state + ", " + stability + ", m=" + Arrays.toString(m) + ", n=" + Arrays.toString(n)
                + ", converged=" + converged + ", iterations=" + iterations + ", residual=" + residual + "]";
    }
}
