package dev.hebbian.theory.learning;

import java.util.concurrent.ConcurrentHashMap;

import org.hipparchus.linear.EigenDecompositionSymmetric;

import dev.hebbian.Check;

/**
 * Probabilists' Gauss-Hermite rule E_z f(z) = sum_k w_k f(z_k), z ~ N(0,1), computed by the Golub-Welsch
 * eigenvalue method. It exists because building the
 * high orders the learning theory needs (301 nodes, spec section 12) through the shared
 * {@code numerics.Gauss} takes minutes; this takes milliseconds. Cached per order.
 */
public final class HermiteRule {
    private static final ConcurrentHashMap<Integer, HermiteRule> CACHE = new ConcurrentHashMap<>();
    private final double[] z, w;

    private HermiteRule(int n) {
        // Golub-Welsch: the Jacobi matrix of the probabilists' Hermite polynomials has zero diagonal and
        // off-diagonal sqrt(k); nodes are its eigenvalues, weights the squared first eigenvector components.
        z = new double[n];
        w = new double[n];
        if (n == 1) {
            w[0] = 1;
            return;
        }
        double[] diag = new double[n], off = new double[n - 1];
        for (int k = 1; k < n; k++) off[k - 1] = Math.sqrt(k);
        EigenDecompositionSymmetric ed = new EigenDecompositionSymmetric(diag, off);
        double total = 0;
        for (int k = 0; k < n; k++) {
            z[k] = ed.getEigenvalue(k);
            double v = ed.getEigenvector(k).getEntry(0);
            w[k] = v * v;
            total += w[k];
        }
        for (int k = 0; k < n; k++) w[k] /= total;
        // symmetrise (the exact rule is symmetric under z -> -z)
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double a = 0.5 * (z[i] - z[j]), b = 0.5 * (w[i] + w[j]);
            z[i] = a;
            z[j] = -a;
            w[i] = b;
            w[j] = b;
        }
        if (n % 2 == 1) z[n / 2] = 0;
    }

    /** The rule with n nodes (1 to 1000). */
    public static HermiteRule order(int n) {
        Check.inRange("order", n, 1, 1000);
        return CACHE.computeIfAbsent(n, HermiteRule::new);
    }

    public int size() {
        return z.length;
    }

    public double node(int k) {
        return z[k];
    }

    public double weight(int k) {
        return w[k];
    }

    /** E_z f(z). */
    public double expect(java.util.function.DoubleUnaryOperator f) {
        double s = 0;
        for (int k = 0; k < z.length; k++) s += w[k] * f.applyAsDouble(z[k]);
        return s;
    }
}
