package dev.hebbian.theory.modern;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;

import dev.hebbian.Check;
import dev.hebbian.theory.modern.Patterns.Ensemble;

/**
 * Retrieval thresholds of the modern Hopfield network at exponential load K = exp(alpha d), from the
 * random-energy-model (REM) mapping of Lucibello and Mezard (arXiv:2304.14964), in the normalisation
 * of docs/modern-hopfield.md#eq-mh-7: patterns with |x|^2 = d (spherical) or entries N(0, 1)
 * (Gaussian), state xi with |xi|^2 = d, update xi &lt;- X softmax(lambda X^T xi) (lambda is Ramsauer's
 * beta in this normalisation, T = 1/lambda).
 *
 * <p>Pattern 1 is retrieved in one update from a state at overlap rho = xi.x_1/d with it when its
 * softmax weight carries the update: lambda rho &gt; phi(alpha, lambda), where phi is the free entropy
 * density of the REM formed by the other patterns, (1/d) log sum_{mu &gt; 1} exp(lambda xi.x_mu)
 * (docs/modern-hopfield.md#eq-mh-8, #eq-mh-9). The equations are derived in docs/modern-hopfield.md
 * following the REM mapping of the paper (whose text could not be consulted here; the derivation is
 * ours, and the Monte Carlo tests check it).
 *
 * <p>Each threshold is found with Hipparchus' Brent solver and returned with the residual of its
 * equation, the number of evaluations and a converged flag.
 */
public final class ExponentialThresholds {
    private ExponentialThresholds() {}

    /** A threshold with its diagnostics: alpha, |f(alpha)| of the equation solved, evaluations, converged. */
    public record Threshold(double alpha, double residual, int evaluations, boolean converged, String equation) {}

    /** Absolute accuracy of the thresholds in alpha. */
    public static final double ACCURACY = 1e-12;

    /** Largest alpha searched (a threshold beyond it is reported as not converged). */
    public static final double ALPHA_MAX = 1e3;

    /** log 2 / 4: the all-pattern bound of Gaussian patterns at large lambda (docs/modern-hopfield.md#eq-mh-12). */
    public static final double GAUSSIAN_EXTREME_BOUND = Math.log(2) / 4;

    /**
     * The REM free entropy density phi(alpha, lambda) seen from a state of overlap structure r
     * (docs/modern-hopfield.md#eq-mh-8): Gaussian, r = |xi|^2/d of the state (overlaps u = xi.x_mu/d are
     * N(0, r/d)): phi = alpha + lambda^2 r/2 below condensation (lambda^2 r &lt; 2 alpha), lambda sqrt(2 alpha r)
     * above. Spherical (r ignored, the state on the sphere): phi = alpha + (1/2) log(1 - u*^2) + lambda u*
     * with u* = (sqrt(1 + 4 lambda^2) - 1)/(2 lambda) below condensation (u* &lt; u_max), lambda u_max above,
     * u_max = sqrt(1 - exp(-2 alpha)).
     */
    public static double freeEntropy(Ensemble ensemble, double alpha, double lambda, double r) {
        Check.nonNegative("alpha", alpha);
        Check.positive("lambda", lambda);
        Check.positive("r", r);
        if (ensemble == Ensemble.GAUSSIAN) {
            return lambda * lambda * r < 2 * alpha ? alpha + 0.5 * lambda * lambda * r : lambda * Math.sqrt(2 * alpha * r);
        }
        double us = saddle(lambda), umax = Math.sqrt(-Math.expm1(-2 * alpha));
        return us < umax ? alpha + 0.5 * Math.log1p(-us * us) + lambda * us : lambda * umax;
    }

    /** The spherical REM saddle u*(lambda) = (sqrt(1 + 4 lambda^2) - 1)/(2 lambda), the root of lambda = u/(1 - u^2). */
    public static double saddle(double lambda) {
        Check.positive("lambda", lambda);
        return 2 * lambda / (1 + Math.sqrt(1 + 4 * lambda * lambda));
    }

    /**
     * The condensation point lambda_*(alpha) of the REM of the other patterns (docs/modern-hopfield.md#eq-mh-9):
     * above it the softmax over the non-retrieved patterns is carried by a few of them (the REM is frozen).
     * Gaussian: sqrt(2 alpha); spherical: u_max / (1 - u_max^2) = sqrt(1 - e^{-2 alpha}) e^{2 alpha}.
     */
    public static double condensationLambda(Ensemble ensemble, double alpha) {
        Check.positive("alpha", alpha);
        if (ensemble == Ensemble.GAUSSIAN) return Math.sqrt(2 * alpha);
        return Math.sqrt(-Math.expm1(-2 * alpha)) * Math.exp(2 * alpha);
    }

    /** The typical-pattern threshold alpha_1(lambda) = alpha_1(lambda, rho = 1) (retrieval from the pattern itself). */
    public static Threshold alpha1(Ensemble ensemble, double lambda) {
        return alpha1(ensemble, lambda, 1);
    }

    /**
     * The largest load alpha at which a typical pattern is retrieved in one update from a state at overlap
     * rho with it (docs/modern-hopfield.md#eq-mh-10): the root of lambda rho = phi(alpha, lambda, 1).
     * Closed forms (#eq-mh-11), checked by the tests: Gaussian lambda rho - lambda^2/2 for lambda &lt;= rho,
     * rho^2/2 above; spherical lambda (rho - u*) - (1/2) log(1 - u*^2) for u* &lt;= rho, -(1/2) log(1 - rho^2) below.
     */
    public static Threshold alpha1(Ensemble ensemble, double lambda, double rho) {
        Check.positive("lambda", lambda);
        if (!(rho > 0 && rho <= 1)) throw new Check.InvalidParameterException("rho", rho, "in (0, 1]");
        DoubleUnaryOperator f = a -> lambda * rho - freeEntropy(ensemble, a, lambda, 1);
        return root(f, 0, "lambda rho = phi(alpha, lambda)");
    }

    /**
     * A lower bound on the load up to which every pattern is retrieved (first-moment bound,
     * docs/modern-hopfield.md#eq-mh-12). Spherical patterns: equal to alpha_1(lambda) (their norm does not
     * fluctuate and no other pattern can reach overlap 1). Gaussian patterns: the smaller of the root of
     * alpha = J(r_f(alpha, lambda)), the cost J(r) = (r - 1 - log r)/2 of a pattern of atypically small
     * squared norm r d for which the bulk of the other patterns wins, and log 2 / 4, the cost of a
     * pattern that meets a single other pattern of larger overlap than its own norm.
     */
    public static Threshold alphaC(Ensemble ensemble, double lambda) {
        Check.positive("lambda", lambda);
        if (ensemble == Ensemble.SPHERICAL) {
            Threshold t = alpha1(ensemble, lambda);
            return new Threshold(t.alpha(), t.residual(), t.evaluations(), t.converged(), "alpha_c = alpha_1 (spherical)");
        }
        double a1 = alpha1(ensemble, lambda).alpha();
        double hi = lambda <= 1 ? a1 : lambda * lambda / 2;  // there r_f = 1, J = 0
        DoubleUnaryOperator h = a -> normCost(failingNorm(a, lambda)) - a;
        Threshold bulk = root(h, Math.min(1e-14, hi / 2), hi, "alpha = J(r_f(alpha, lambda))");
        if (bulk.alpha() <= GAUSSIAN_EXTREME_BOUND) return bulk;
        return new Threshold(GAUSSIAN_EXTREME_BOUND, 0, bulk.evaluations(), bulk.converged(), "alpha = log(2)/4 (extreme neighbour)");
    }

    /** Largest squared norm r (in units of d) at which the bulk of the other patterns outweighs the pattern (Gaussian). */
    static double failingNorm(double alpha, double lambda) {
        double rCond = 2 * alpha / (lambda * lambda);
        double slope = lambda - lambda * lambda / 2;
        return slope > 0 ? Math.min(alpha / slope, rCond) : rCond;
    }

    /** J(r) = (r - 1 - log r)/2 for r &lt; 1, 0 for r &gt;= 1: the rate of a squared norm r d for a Gaussian pattern. */
    public static double normCost(double r) {
        return r >= 1 ? 0 : 0.5 * (r - 1 - Math.log(r));
    }

    private static Threshold root(DoubleUnaryOperator f, double lo, String eq) {
        double hi = Math.max(lo, 0) + 1;
        while (f.applyAsDouble(hi) > 0 && hi < ALPHA_MAX) hi *= 2;
        return root(f, lo, Math.min(hi, ALPHA_MAX), eq);
    }

    private static Threshold root(DoubleUnaryOperator f, double lo, double hi, String eq) {
        double flo = f.applyAsDouble(lo), fhi = f.applyAsDouble(hi);
        if (flo <= 0) return new Threshold(lo, Math.abs(flo), 1, flo == 0, eq);
        if (fhi > 0) return new Threshold(hi, fhi, 2, false, eq);
        BrentSolver s = new BrentSolver(ACCURACY, ACCURACY, 1e-300);
        double a = s.solve(500, f::applyAsDouble, lo, hi);
        double res = Math.abs(f.applyAsDouble(a));
        boolean ok = res < 1e-9;  // f is continuous (phi is continuous across condensation), so Brent's root is a root
        return new Threshold(a, res, s.getEvaluations(), ok, eq);
    }
}
