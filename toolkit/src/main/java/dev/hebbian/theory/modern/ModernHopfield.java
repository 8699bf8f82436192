package dev.hebbian.theory.modern;

import java.util.Arrays;

import dev.hebbian.Check;
import dev.hebbian.numerics.FixedPoint;
import dev.hebbian.numerics.NotConvergedException;

/**
 * The continuous modern Hopfield network of Ramsauer et al. (arXiv:2008.02217, Sec. 2), in the notation
 * of docs/modern-hopfield.md: K stored patterns x_1..x_K in R^d (the columns of X, held here as the K
 * rows of a {@code double[K][d]}), a state xi in R^d and an inverse temperature beta &gt; 0.
 *
 * <ul>
 *   <li>energy (docs/modern-hopfield.md#eq-mh-1):
 *       E(xi) = -lse(beta, X^T xi) + xi.xi/2 + (1/beta) log K + M^2/2, with
 *       lse(beta, z) = (1/beta) log sum_mu exp(beta z_mu) and M = max_mu |x_mu|;</li>
 *   <li>update (#eq-mh-2, the attention step): xi &lt;- X softmax(beta X^T xi);</li>
 *   <li>separation of pattern i (#eq-mh-4): Delta_i = x_i.x_i - max_{j != i} x_i.x_j, and the
 *       one-update retrieval error bound of Ramsauer's retrieval theorem (#eq-mh-5).</li>
 * </ul>
 *
 * <p>Immutable; the patterns are copied. Every input is validated with a message naming the parameter,
 * its value and the valid range.
 */
public final class ModernHopfield {
    private final double[][] x;
    private final int K, d;
    private final double beta;
    private final double bigM;

    private ModernHopfield(double[][] x, double beta) {
        this.x = x;
        this.K = x.length;
        this.d = x[0].length;
        this.beta = beta;
        double m = 0;
        for (double[] p : x) m = Math.max(m, Math.sqrt(dot(p, p)));
        this.bigM = m;
    }

    /**
     * A network storing the rows of {@code patterns} (K rows of dimension d) at inverse temperature
     * {@code beta}.
     *
     * @throws Check.InvalidParameterException for beta &lt;= 0 or not finite, K &lt; 1, d &lt; 1, rows of
     *                                         different length or a non-finite pattern entry
     */
    public static ModernHopfield of(double[][] patterns, double beta) {
        if (patterns == null) throw new Check.InvalidParameterException("patterns", "null", "a K x d array with K >= 1");
        Check.atLeast("K", patterns.length, 1);
        Check.positive("beta", beta);
        if (patterns[0] == null) throw new Check.InvalidParameterException("patterns[0]", "null", "an array of length d >= 1");
        int d = Check.atLeast("d", patterns[0].length, 1);
        double[][] copy = new double[patterns.length][];
        for (int mu = 0; mu < patterns.length; mu++) {
            double[] p = patterns[mu];
            if (p == null || p.length != d)
                throw new Check.InvalidParameterException("patterns[" + mu + "].length", p == null ? "null" : p.length,
                        "d = " + d + " (the length of patterns[0]; every pattern has the same dimension)");
            for (int i = 0; i < d; i++)
                if (!Double.isFinite(p[i])) throw new Check.InvalidParameterException("patterns[" + mu + "][" + i + "]", p[i], "a finite number");
            copy[mu] = p.clone();
        }
        return new ModernHopfield(copy, beta);
    }

    /** The same patterns at another inverse temperature. */
    public ModernHopfield withBeta(double beta) {
        Check.positive("beta", beta);
        return new ModernHopfield(x, beta);
    }

    public int K() {
        return K;
    }

    public int d() {
        return d;
    }

    public double beta() {
        return beta;
    }

    /** M = max_mu |x_mu|, the largest pattern norm. */
    public double maxNorm() {
        return bigM;
    }

    /** A copy of pattern mu. */
    public double[] pattern(int mu) {
        Check.inRange("mu", mu, 0, K - 1);
        return x[mu].clone();
    }

    /** The overlaps X^T xi (K values). */
    public double[] overlaps(double[] xi) {
        checkState(xi);
        double[] z = new double[K];
        for (int mu = 0; mu < K; mu++) z[mu] = dot(x[mu], xi);
        return z;
    }

    /** p = softmax(beta X^T xi), computed stably (the largest exponent is subtracted). */
    public double[] softmax(double[] xi) {
        double[] z = overlaps(xi);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double s = 0;
        for (int mu = 0; mu < K; mu++) {
            z[mu] = Math.exp(beta * (z[mu] - max));
            s += z[mu];
        }
        for (int mu = 0; mu < K; mu++) z[mu] /= s;
        return z;
    }

    /** lse(beta, X^T xi) = (1/beta) log sum_mu exp(beta x_mu.xi). */
    public double lse(double[] xi) {
        double[] z = overlaps(xi);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double s = 0;
        for (double v : z) s += Math.exp(beta * (v - max));
        return max + Math.log(s) / beta;
    }

    /** The energy of docs/modern-hopfield.md#eq-mh-1; it is &gt;= 0 for every xi in the convex hull of the patterns. */
    public double energy(double[] xi) {
        return -lse(xi) + 0.5 * dot(xi, xi) + Math.log(K) / beta + 0.5 * bigM * bigM;
    }

    /** One attention step: X softmax(beta X^T xi) (docs/modern-hopfield.md#eq-mh-2). */
    public double[] update(double[] xi) {
        return combine(softmax(xi));
    }

    /** X p: the patterns weighted by p. */
    public double[] combine(double[] p) {
        if (p.length != K) throw new Check.InvalidParameterException("p.length", p.length, "K = " + K);
        double[] out = new double[d];
        for (int mu = 0; mu < K; mu++) {
            double w = p[mu];
            if (w == 0) continue;
            double[] xm = x[mu];
            for (int i = 0; i < d; i++) out[i] += w * xm[i];
        }
        return out;
    }

    /** n_eff = 1 / sum_mu p_mu^2 for p = softmax(beta X^T xi): 1 for a single pattern, K for the uniform average. */
    public double effectivePatterns(double[] xi) {
        return effectiveNumber(softmax(xi));
    }

    /** 1 / sum p^2 of a probability vector. */
    public static double effectiveNumber(double[] p) {
        double s = 0;
        for (double v : p) s += v * v;
        return 1 / s;
    }

    /** The kind of the state xi, from n_eff (docs/modern-hopfield.md#eq-mh-6); meaningful at a fixed point. */
    public FixedPointKind kind(double[] xi) {
        return FixedPointKind.of(effectivePatterns(xi), K);
    }

    /**
     * The result of iterating the update: the last state, the number of updates, the residual
     * |xi_t - xi_{t-1}| (Euclidean) of the last update, whether it is below the tolerance, and the
     * effective number of patterns and the kind of the last state.
     */
    public record Iteration(double[] state, int iterations, double residual, boolean converged, double tolerance,
                            double effectivePatterns, FixedPointKind kind, double energy) {
        public Iteration {
            state = state.clone();
        }

        @Override
        public double[] state() {
            return state.clone();
        }
    }

    /**
     * Iterate the update from {@code xi0} until |xi_t - xi_{t-1}| &lt;= tolerance (Euclidean norm).
     *
     * @throws NotConvergedException if the tolerance is not reached within maxIterations updates
     */
    public Iteration iterate(double[] xi0, double tolerance, int maxIterations) {
        return iterate(xi0, tolerance, maxIterations, false);
    }

    /**
     * As {@link #iterate(double[], double, int)}; with {@code allowUnconverged} an unconverged run
     * returns its last state with {@code converged = false} instead of throwing.
     */
    public Iteration iterate(double[] xi0, double tolerance, int maxIterations, boolean allowUnconverged) {
        checkState(xi0);
        Check.positive("tolerance", tolerance);
        Check.atLeast("maxIterations", maxIterations, 1);
        double[] cur = xi0.clone();
        double res = Double.POSITIVE_INFINITY;
        int t = 0;
        while (t < maxIterations) {
            double[] next = update(cur);
            res = distance(next, cur);
            cur = next;
            t++;
            if (res <= tolerance) break;
        }
        boolean ok = res <= tolerance;
        if (!ok && !allowUnconverged)
            throw new NotConvergedException("modern Hopfield iteration (K = " + K + ", d = " + d + ", beta = " + beta + ")",
                    new FixedPoint.Result(cur, res, t, false, tolerance, "attention update"));
        return new Iteration(cur, t, res, ok, tolerance, effectivePatterns(cur), kind(cur), energy(cur));
    }

    /** Ramsauer's separation of pattern i: Delta_i = x_i.x_i - max_{j != i} x_i.x_j (docs/modern-hopfield.md#eq-mh-4); +infinity for K = 1. */
    public double separation(int i) {
        Check.inRange("i", i, 0, K - 1);
        double self = dot(x[i], x[i]), max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < K; j++)
            if (j != i) max = Math.max(max, dot(x[i], x[j]));
        return self - max;
    }

    /**
     * The separation of pattern i as seen from the query xi: min_{j != i} (xi.x_i - xi.x_j); it is at least
     * Delta_i - 2 M |xi - x_i| (Cauchy-Schwarz).
     */
    public double separationAt(int i, double[] xi) {
        Check.inRange("i", i, 0, K - 1);
        double[] z = overlaps(xi);
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < K; j++)
            if (j != i) min = Math.min(min, z[i] - z[j]);
        return min;
    }

    /**
     * Ramsauer's one-update retrieval error bound (arXiv:2008.02217, retrieval-error theorem;
     * docs/modern-hopfield.md#eq-mh-5): for a query xi,
     * |update(xi) - x_i| &lt;= 2 M (K - 1) exp(-beta (Delta_i - 2 M |xi - x_i|)).
     * The bound is informative only where Delta_i &gt; 2 M |xi - x_i| (the query is inside the sphere of
     * pattern i); it is returned as computed (it may exceed 2M, where it is trivially true).
     */
    public double retrievalErrorBound(int i, double[] xi) {
        checkState(xi);
        double eff = separation(i) - 2 * bigM * distance(xi, x[i]);
        return 2 * bigM * (K - 1) * Math.exp(-beta * eff);
    }

    /**
     * The same bound with the separation seen from the query ({@link #separationAt}) in place of
     * Delta_i - 2 M |xi - x_i|: 2 M (K - 1) exp(-beta min_{j != i}(xi.x_i - xi.x_j)); never larger than
     * {@link #retrievalErrorBound}.
     */
    public double retrievalErrorBoundAt(int i, double[] xi) {
        return 2 * bigM * (K - 1) * Math.exp(-beta * separationAt(i, xi));
    }

    /**
     * Ramsauer's condition for pattern i to be well separated (arXiv:2008.02217, storage theorem;
     * docs/modern-hopfield.md#eq-mh-4): Delta_i &gt;= 2/(beta K) + (1/beta) log(2 (K - 1) K beta M^2).
     * Then a fixed point exists within distance 1/(beta K M) of x_i and every query in that sphere is
     * mapped into it.
     */
    public double separationThreshold() {
        return 2 / (beta * K) + Math.log(2.0 * (K - 1) * K * beta * bigM * bigM) / beta;
    }

    private void checkState(double[] xi) {
        if (xi == null) throw new Check.InvalidParameterException("xi", "null", "an array of length d = " + d);
        if (xi.length != d) throw new Check.InvalidParameterException("xi.length", xi.length, "d = " + d + " (the pattern dimension)");
        for (int i = 0; i < d; i++)
            if (!Double.isFinite(xi[i])) throw new Check.InvalidParameterException("xi[" + i + "]", xi[i], "a finite number");
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            s += t * t;
        }
        return Math.sqrt(s);
    }

    @Override
    public String toString() {
        return "ModernHopfield[K=" + K + ", d=" + d + ", beta=" + beta + ", M=" + bigM + "]" + (K <= 3 ? Arrays.deepToString(x) : "");
    }
}
