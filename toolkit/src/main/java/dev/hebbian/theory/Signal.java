package dev.hebbian.theory;

import dev.hebbian.Check;

/**
 * The law of the factor u that multiplies the Mattis field in a {@link Functional}: the field of a site is u
 * h(m) + s z (docs/learning.md#eq-learning-10). Storage has u = 1; learning from examples has u = the normalised
 * class average of the site (docs/learning.md#eq-learning-1, #eq-learning-2), so the learning functional is the
 * P-spin functional averaged over u. The law is a mixture of components a with weight w_a, each a Gaussian u =
 * u_a + sqrt(v_a) Y: atoms (v_a = 0) for the exact binomial and large-deviation laws, one Gaussian component for
 * the central-limit law. A Gaussian component is integrated exactly: u h + s z = u_a h + sqrt(s^2 + v_a h^2) Z,
 * and E[u F] follows from Stein's lemma (docs/numerics.md#signal-law).
 *
 * @param weight w_a (positive, summing to 1)
 * @param mean u_a
 * @param variance v_a (non-negative)
 */
public record Signal(double[] weight, double[] mean, double[] variance) implements java.io.Serializable {
    /** u = 1: the storage model. */
    public static final Signal ONE = new Signal(new double[] {1}, new double[] {1}, new double[] {0});

    public Signal {
        if (weight.length == 0 || weight.length != mean.length || weight.length != variance.length)
            throw new Check.InvalidParameterException("signal", weight.length + "/" + mean.length + "/" + variance.length + " components",
                    "as many weights as means and variances, at least one");
        double total = 0;
        for (int a = 0; a < weight.length; a++) {
            Check.nonNegative("signal weight", weight[a]);
            Check.finite("signal mean", mean[a]);
            Check.nonNegative("signal variance", variance[a]);
            total += weight[a];
        }
        if (Math.abs(total - 1) > 1e-9)
            throw new Check.InvalidParameterException("signal weights", total, "a sum of 1 (within 1e-9)");
        weight = weight.clone();
        mean = mean.clone();
        variance = variance.clone();
    }

    /** A law of atoms u_a with weights w_a. */
    public static Signal atoms(double[] u, double[] w) {
        return new Signal(w, u, new double[u.length]);
    }

    /** The Gaussian law u = mu + sd Y. */
    public static Signal gaussian(double mu, double sd) {
        return new Signal(new double[] {1}, new double[] {mu}, new double[] {sd * sd});
    }

    /** Number of components. */
    public int size() {
        return weight.length;
    }

    /** Whether every component is an atom (the functional then has an analytic Jacobian). */
    public boolean atomic() {
        for (double v : variance) if (v != 0) return false;
        return true;
    }

    /** Whether this is the storage law u = 1. */
    public boolean isOne() {
        return size() == 1 && mean[0] == 1 && variance[0] == 0;
    }

    /** E u^2. */
    public double secondMoment() {
        double t = 0;
        for (int a = 0; a < size(); a++) t += weight[a] * (mean[a] * mean[a] + variance[a]);
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signal s && java.util.Arrays.equals(weight, s.weight) && java.util.Arrays.equals(mean, s.mean)
                && java.util.Arrays.equals(variance, s.variance);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(weight), java.util.Arrays.hashCode(mean), java.util.Arrays.hashCode(variance));
    }

    @Override
    public String toString() {
        return isOne() ? "u = 1" : size() + "-component law of u";
    }
}
