package dev.hebbian.theory.modern;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

import dev.hebbian.Check;

/**
 * Closed forms for the Gibbs measure p(xi) proportional to exp(-beta' E(xi)) of the continuous modern Hopfield energy
 * (docs/modern-hopfield.md#eq-mh-14 to #eq-mh-16), the references of the finite-temperature sampler
 * {@code simulation.modern.Langevin}:
 * <ul>
 *   <li>at beta' = beta (the sampling temperature equal to the softmax one) the measure is exactly a Gaussian mixture,
 *       components N(x_mu, I/beta) with weights proportional to exp(beta |x_mu|^2 / 2) (#eq-mh-14), for every K and d;</li>
 *   <li>K = 1 at any beta': E = |xi - x_1|^2 / 2, the Gaussian N(x_1, I/beta') (a special case of the above);</li>
 *   <li>low temperature, beta' to infinity, near a minimum xi* of E (a fixed point of the update): the Laplace
 *       approximation, covariance H^-1 / beta' with the Hessian H = I - beta Cov_p(x) (#eq-mh-16).</li>
 * </ul>
 * The "variance" returned is the per-coordinate mean (1/d) tr Cov(xi).
 */
public final class Gibbs {
    private Gibbs() {}

    /** Mixture weights w_mu = exp(beta |x_mu|^2 / 2) / sum_nu exp(beta |x_nu|^2 / 2) of the measure at beta' = beta (#eq-mh-14). */
    public static double[] mixtureWeights(ModernHopfield net) {
        int k = net.K();
        double[] w = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int mu = 0; mu < k; mu++) {
            double[] x = net.pattern(mu);
            w[mu] = 0.5 * net.beta() * ModernHopfield.dot(x, x);
            max = Math.max(max, w[mu]);
        }
        double s = 0;
        for (int mu = 0; mu < k; mu++) {
            w[mu] = Math.exp(w[mu] - max);
            s += w[mu];
        }
        for (int mu = 0; mu < k; mu++) w[mu] /= s;
        return w;
    }

    /** The mean of xi at beta' = beta: sum_mu w_mu x_mu. */
    public static double[] mixtureMean(ModernHopfield net) {
        return net.combine(mixtureWeights(net));
    }

    /** (1/d) E|xi|^2 at beta' = beta: (1/d) sum_mu w_mu |x_mu|^2 + 1/beta. */
    public static double mixtureSecondMoment(ModernHopfield net) {
        double[] w = mixtureWeights(net);
        double s = 0;
        for (int mu = 0; mu < w.length; mu++) {
            double[] x = net.pattern(mu);
            s += w[mu] * ModernHopfield.dot(x, x);
        }
        return s / net.d() + 1 / net.beta();
    }

    /** (1/d) tr Cov(xi) at beta' = beta: the second moment less (1/d)|E xi|^2. */
    public static double mixtureVariance(ModernHopfield net) {
        double[] m = mixtureMean(net);
        return mixtureSecondMoment(net) - ModernHopfield.dot(m, m) / net.d();
    }

    /**
     * The Hessian of E at xi: I - beta (sum_mu p_mu x_mu x_mu^T - f f^T), p = softmax(beta X^T xi), f = X p
     * (docs/modern-hopfield.md#eq-mh-16); the gradient is xi - f(xi).
     */
    public static double[][] hessian(ModernHopfield net, double[] xi) {
        double[] p = net.softmax(xi);
        double[] f = net.combine(p);
        int d = net.d();
        double[][] h = new double[d][d];
        for (int mu = 0; mu < p.length; mu++) {
            if (p[mu] == 0) continue;
            double[] x = net.pattern(mu);
            for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) h[i][j] -= net.beta() * p[mu] * x[i] * x[j];
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) h[i][j] += net.beta() * f[i] * f[j];
            h[i][i] += 1;
        }
        return h;
    }

    /**
     * The Laplace (low-temperature) value of (1/d) tr Cov(xi) near the minimum xi*: tr(H^-1) / (d beta').
     *
     * @throws Check.InvalidParameterException if beta' is not positive and finite, or H is not positive definite at
     *                                         xi* (xi* is not a minimum of E)
     */
    public static double laplaceVariance(ModernHopfield net, double[] xiStar, double betaPrime) {
        Check.positive("beta'", betaPrime);
        if (Double.isInfinite(betaPrime)) throw new Check.InvalidParameterException("beta'", betaPrime, "> 0 and finite");
        RealMatrix h = new Array2DRowRealMatrix(hessian(net, xiStar), false);
        RealMatrix inv;
        try {
            inv = new CholeskyDecomposition(h, 1e-12, 1e-12).getSolver().getInverse();
        } catch (MathIllegalArgumentException e) {
            throw new Check.InvalidParameterException("xiStar", "a state whose Hessian is not positive definite",
                    "a minimum of E (a stable fixed point of the update)");
        }
        return inv.getTrace() / (net.d() * betaPrime);
    }
}
