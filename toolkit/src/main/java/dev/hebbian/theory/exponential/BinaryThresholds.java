package dev.hebbian.theory.exponential;

import org.hipparchus.analysis.solvers.BrentSolver;

import dev.hebbian.Check;

/**
 * Retrieval thresholds of the binary exponential memory with K = exp(alpha N) patterns and the energy
 * E_beta of docs/exponential-memory.md#eq-exp-1, in closed form and by an independent numerical route.
 * Notation: y = 1 - 2 rho is the overlap of the start with the pattern (rho N spins corrupted), I(x) the
 * large-deviation rate of a mean of N random signs (#eq-exp-3), beta the inverse temperature of the
 * log-sum-exp (the lambda of arXiv:2304.14964; beta = 1 is the F(x) = exp(x) energy of Demircigil et al.,
 * J. Stat. Phys. 168 (2017) 288, with the same minima and the same zero-temperature dynamics).
 *
 * <ul>
 * <li>{@link #oneStep}: a typical pattern is retrieved in one step from a random start at overlap y iff
 * alpha &lt; alpha_1(beta, rho) (#eq-exp-5);</li>
 * <li>{@link #allPatterns}: all patterns at once, the union bound alpha &lt; min(alpha_1, I(y)/2)
 * (#eq-exp-6); at beta = 1 it is Demircigil's I(1 - 2 rho)/2, ln(2)/2 = 0.3466 for fixed points;</li>
 * <li>{@link #softmax}: the random-energy-model criterion of Lucibello and Mezard carried to binary
 * patterns, the softmax weight of the pattern dominates the REM partition function (#eq-exp-8);</li>
 * <li>{@link #equilibrium}: the Gibbs state of the pattern at inverse temperature beta, magnetisation
 * tanh(beta), is separate from the bulk iff alpha &lt; I(tanh beta) (#eq-exp-9).</li>
 * </ul>
 * All methods are static and validate their inputs (alpha &gt; 0, beta &gt; 0 or +infinity, rho in [0, 1/2)).
 */
public final class BinaryThresholds {
    private BinaryThresholds() {}

    /** ln 2, the largest value of the rate I and the information capacity of a binary pattern. */
    public static final double LN2 = Math.log(2);

    /**
     * I(x) = [(1+x) ln(1+x) + (1-x) ln(1-x)]/2 (docs/exponential-memory.md#eq-exp-3): P(xi . sigma / N ~ x)
     * = exp(-N I(x)) for a pattern independent of sigma. I(0) = 0, I(1) = ln 2, even in x.
     */
    public static double rate(double x) {
        Check.inClosed("x", x, -1, 1);
        double a = Math.abs(x);
        if (a == 1) return LN2;
        return 0.5 * ((1 + a) * Math.log1p(a) + (1 - a) * Math.log1p(-a));
    }

    /** ln cosh(u), without overflow for large |u|. */
    static double logCosh(double u) {
        double a = Math.abs(u);
        return a + Math.log1p(Math.exp(-2 * a)) - LN2;
    }

    /**
     * x*(alpha) in [0, 1], the root of I(x*) = alpha (Brent, absolute accuracy 1e-15): the largest
     * overlap reached by one of exp(alpha N) random patterns with a given state. 1 for alpha &gt;= ln 2.
     */
    public static double rateInverse(double alpha) {
        Check.nonNegative("alpha", alpha);
        if (alpha == 0) return 0;
        if (alpha >= LN2) return 1;
        return new BrentSolver(1e-15).solve(200, x -> rate(x) - alpha, 0, 1);
    }

    /**
     * The cross-talk exponent g(alpha, beta) = lim (1/N) ln |sum_{nu &gt; 1} xi_i^nu exp(beta h_nu)| of a
     * random-sign sum over exp(alpha N) patterns (docs/exponential-memory.md#eq-exp-4):
     * (alpha + ln cosh 2 beta)/2 when alpha &gt;= I(tanh 2 beta), else beta x*(alpha).
     */
    public static double crosstalkExponent(double alpha, double beta) {
        Check.positive("alpha", alpha);
        checkBeta(beta);
        double xs = rateInverse(alpha);
        if (Double.isInfinite(beta)) throw new Check.InvalidParameterException("beta", beta, "finite (the exponent is beta x*, infinite)");
        double t = Math.tanh(2 * beta);
        if (t < xs) return 0.5 * (alpha + logCosh(2 * beta));
        return beta * xs;
    }

    /**
     * The same exponent by direct maximisation of beta x + (alpha - I(x))/2 over x in [0, x*(alpha)]
     * (golden section on a concave function), independent of the closed form.
     */
    public static double crosstalkExponentNumerical(double alpha, double beta) {
        double xs = rateInverse(alpha);
        java.util.function.DoubleUnaryOperator f = x -> beta * x + 0.5 * (alpha - rate(x));
        double a = 0, b = xs, gr = (Math.sqrt(5) - 1) / 2;
        double c = b - gr * (b - a), d = a + gr * (b - a);
        while (b - a > 1e-13) {
            if (f.applyAsDouble(c) > f.applyAsDouble(d)) b = d;
            else a = c;
            c = b - gr * (b - a);
            d = a + gr * (b - a);
        }
        return Math.max(f.applyAsDouble(0.5 * (a + b)), Math.max(f.applyAsDouble(0), f.applyAsDouble(xs)));
    }

    /**
     * alpha_1(beta, rho) (docs/exponential-memory.md#eq-exp-5): one-step retrieval of a typical pattern from
     * a random start at overlap y = 1 - 2 rho. 2 beta y - ln cosh(2 beta) if y &gt; tanh(2 beta), else I(y);
     * I(y) at beta = infinity. At beta = 1, rho = 0: 2 - ln cosh 2 = 0.67500.
     */
    public static double oneStep(double beta, double rho) {
        checkBeta(beta);
        double y = overlap(rho);
        if (Double.isInfinite(beta)) return rate(y);
        if (y > Math.tanh(2 * beta)) return 2 * beta * y - logCosh(2 * beta);
        return rate(y);
    }

    /**
     * alpha_all(beta, rho) = min(alpha_1(beta, rho), I(1 - 2 rho)/2) (docs/exponential-memory.md#eq-exp-6): all
     * exp(alpha N) patterns retrieved in one step at once (union bound over pairs of patterns; a lower
     * bound on the all-pattern capacity). At beta = 1 it is I(1 - 2 rho)/2, the capacity of Demircigil et al.
     */
    public static double allPatterns(double beta, double rho) {
        return Math.min(oneStep(beta, rho), 0.5 * rate(overlap(rho)));
    }

    /** Demircigil et al.'s capacity I(1 - 2 rho)/2 for F(x) = exp(x) (docs/exponential-memory.md#eq-exp-6). */
    public static double demircigil(double rho) {
        return 0.5 * rate(overlap(rho));
    }

    /**
     * The REM free energy phi(beta) = lim (1/N) ln sum_{nu &gt; 1} exp(beta xi^nu . sigma) at a state independent
     * of the other patterns (docs/exponential-memory.md#eq-exp-7): alpha + ln cosh beta if alpha &gt;= I(tanh beta)
     * (paramagnetic), else beta x*(alpha) (frozen, the sum is carried by the few closest patterns).
     */
    public static double remFreeEnergy(double alpha, double beta) {
        Check.positive("alpha", alpha);
        checkBeta(beta);
        if (Double.isInfinite(beta)) throw new Check.InvalidParameterException("beta", beta, "finite");
        double xs = rateInverse(alpha);
        if (Math.tanh(beta) < xs) return alpha + logCosh(beta);
        return beta * xs;
    }

    /**
     * alpha_sm(beta, rho) (docs/exponential-memory.md#eq-exp-8): the softmax weight of the pattern at a start
     * of overlap y dominates the REM of the others, beta y &gt; phi(beta): beta y - ln cosh beta if
     * y &gt;= tanh beta, else I(y). At rho = 0: beta - ln cosh beta (0.5662 at beta = 1, ln 2 at infinity).
     */
    public static double softmax(double beta, double rho) {
        checkBeta(beta);
        double y = overlap(rho);
        if (Double.isInfinite(beta)) return rate(y);
        if (y >= Math.tanh(beta)) return beta * y - logCosh(beta);
        return rate(y);
    }

    /**
     * alpha_eq(beta) = I(tanh beta) (docs/exponential-memory.md#eq-exp-9): the Gibbs measure exp(-beta E_beta)
     * is the uniform mixture of product measures of magnetisation tanh(beta) around each pattern; the
     * component of a typical pattern is a separate state (its posterior weight tends to 1) iff
     * alpha &lt; I(tanh beta). 0.3278 at beta = 1; ln 2 at beta = infinity.
     */
    public static double equilibrium(double beta) {
        checkBeta(beta);
        if (Double.isInfinite(beta)) return LN2;
        return rate(Math.tanh(beta));
    }

    /** Margin beta y - g(alpha, beta) (docs/exponential-memory.md#eq-exp-5): positive iff a typical pattern is retrieved in one step. */
    public static double oneStepMargin(double alpha, double beta, double rho) {
        return beta * overlap(rho) - crosstalkExponent(alpha, beta);
    }

    /**
     * alpha_1 by an independent route: Brent root in alpha of beta y = g(alpha, beta), with g from
     * {@link #crosstalkExponentNumerical} (no closed form used). Returns the root, converged and the
     * residual |beta y - g| at the root.
     */
    public static Root oneStepNumerical(double beta, double rho) {
        checkBeta(beta);
        double y = overlap(rho);
        if (Double.isInfinite(beta)) return new Root(rate(y), true, 0);
        java.util.function.DoubleUnaryOperator h = a -> beta * y - crosstalkExponentNumerical(a, beta);
        double lo = 1e-12, hi = LN2;
        if (h.applyAsDouble(hi) > 0) return new Root(hi, true, 0); // retrieval up to alpha = ln 2 (not reached for rho < 1/2)
        if (h.applyAsDouble(lo) < 0) return new Root(0, false, Math.abs(h.applyAsDouble(lo)));
        try {
            double a = new BrentSolver(1e-13).solve(500, h::applyAsDouble, lo, hi);
            double r = Math.abs(h.applyAsDouble(a));
            return new Root(a, r < 1e-9, r);
        } catch (org.hipparchus.exception.MathRuntimeException e) {
            return new Root(Double.NaN, false, Double.NaN);
        }
    }

    /** A numerically found threshold: the value, whether the solver converged, and its residual. */
    public record Root(double alpha, boolean converged, double residual) {}

    /** y = 1 - 2 rho, after checking rho in [0, 1/2). */
    static double overlap(double rho) {
        Check.inHalfOpen("rho", rho, 0, 0.5);
        return 1 - 2 * rho;
    }

    /** Rejects beta &lt;= 0 or NaN with the parameter, its value and the range ({@code > 0 or +infinity}). */
    public static void checkBeta(double beta) {
        if (!(beta > 0)) throw new Check.InvalidParameterException("beta", beta, "> 0 or +infinity (T = 1/beta >= 0)");
    }
}
