package dev.hebbian.numerics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;


/**
 * Expectations over a standard normal variable, E_z f(z) with z ~ N(0,1), by probabilists'
 * Gauss-Hermite quadrature (arXiv:2111.12997; docs/numerics.md#quadrature): nodes z_k = sqrt(2) x_k and
 * weights w_k / sqrt(pi) from the physicists' rule (computed by Newton's method, fast for any order). Rules are immutable and cached per
 * order, so they are cheap to share across threads.
 */
public final class Gauss {
    private static final ConcurrentHashMap<Integer, Gauss> CACHE = new ConcurrentHashMap<>();

    /** The default order for one-level expectations. */
    public static final int DEFAULT_ORDER = 96;

    private final double[] nodes;
    private final double[] weights;
    private final double[] logWeights;
    /** Whether kink-adapted rules derived from this one use their refined twin (quadrature-error estimates). */
    private final boolean refinedKinks;

    private Gauss(int order) {
        refinedKinks = false;
        int n = order;
        nodes = new double[n];
        weights = new double[n];
        logWeights = new double[n];
        double[] x = new double[n];
        double[] lw = new double[n];
        hermiteRule(n, x, lw);
        double s2 = Math.sqrt(2.0), logSqrtPi = 0.5 * Math.log(Math.PI);
        for (int i = 0; i < n; i++) {
            // ascending nodes
            nodes[i] = s2 * x[n - 1 - i];
            logWeights[i] = lw[n - 1 - i] - logSqrtPi;
            weights[i] = Math.exp(logWeights[i]);
        }
    }

    /**
     * Physicists' Gauss-Hermite rule (weight exp(-x^2)): the nodes are the eigenvalues of the Jacobi
     * matrix (off-diagonal sqrt(k/2)), found by Sturm-sequence bisection (robust for any order),
     * then polished by Newton's method on the orthonormal Hermite recurrence; log-weights are
     * ln 2 - 2 ln|p'_n| (Numerical Recipes' gauher normalisation), so that tail weights of large rules
     * stay accurate in the log domain. Nodes in descending order.
     */
    private static void hermiteRule(int n, double[] x, double[] logW) {
        final double pim4 = 0.7511255444649425; // pi^(-1/4)
        double[] off2 = new double[n]; // squared off-diagonals b_k^2 = k/2, k = 1..n-1
        for (int k = 1; k < n; k++) off2[k] = k / 2.0;
        double bound = Math.sqrt(2.0 * n + 1) + 1;
        int m = (n + 1) / 2;
        for (int i = 0; i < m; i++) {
            // the (i+1)-th largest eigenvalue: count of eigenvalues > lambda equals i+1 at the root
            double lo = 0, hi = bound;
            if (n % 2 == 1 && i == m - 1) {
                lo = 0;
                hi = 0;
            }
            for (int it = 0; it < 200 && hi - lo > 1e-15 * Math.max(1, hi); it++) {
                double mid = 0.5 * (lo + hi);
                int below = sturmBelow(mid, off2, n); // eigenvalues < mid
                if (n - below >= i + 1) lo = mid;
                else hi = mid;
            }
            double z = 0.5 * (lo + hi);
            double pp = 0;
            for (int it = 0; it < 4; it++) {
                double p1 = pim4, p2 = 0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = z * Math.sqrt(2.0 / (j + 1)) * p2 - Math.sqrt((double) j / (j + 1)) * p3;
                }
                pp = Math.sqrt(2.0 * n) * p2;
                if (it < 3) {
                    double dz = p1 / pp;
                    if (Math.abs(dz) < 1e-10 * Math.max(1, Math.abs(z))) z -= dz;
                }
            }
            x[i] = z;
            x[n - 1 - i] = -z;
            // far in the tails of large rules the recurrence overflows; those weights are below e^-700
            // anyway, so they are exactly zero in double precision
            logW[i] = Double.isFinite(pp) && pp != 0 ? Math.log(2.0) - 2 * Math.log(Math.abs(pp)) : Double.NEGATIVE_INFINITY;
            logW[n - 1 - i] = logW[i];
        }
    }

    /** Number of eigenvalues below lambda of the symmetric tridiagonal matrix (zero diagonal). */
    private static int sturmBelow(double lambda, double[] off2, int n) {
        int count = 0;
        double d = -lambda;
        if (d < 0) count++;
        for (int k = 1; k < n; k++) {
            if (d == 0) d = 1e-300;
            d = -lambda - off2[k] / d;
            if (d < 0) count++;
        }
        return count;
    }

    /** The probabilists' rule with {@code order} nodes (1 to 1000), cached. */
    public static Gauss order(int order) {
        dev.hebbian.Check.inRange("order", order, 1, 1000);
        return CACHE.computeIfAbsent(order, Gauss::new);
    }

    private Gauss(double[] nodes, double[] weights) {
        this(nodes, weights, null, false); // log-weights computed on demand
    }

    private Gauss(double[] nodes, double[] weights, double[] logWeights, boolean refinedKinks) {
        this.nodes = nodes;
        this.weights = weights;
        this.logWeights = logWeights;
        this.refinedKinks = refinedKinks;
    }

    /**
     * The same rule, marked so that the kink-adapted rules built from it ({@link #kinked(double, double, boolean)})
     * are their refined twins: evaluate with {@code Gauss.order(2 n).withRefinedKinks()} to estimate the
     * quadrature error of an evaluation at order n.
     */
    public Gauss withRefinedKinks() {
        return new Gauss(nodes, weights, logWeights, true);
    }

    /** Whether kink-adapted rules built from this one are to be refined ({@link #withRefinedKinks()}). */
    public boolean refinedKinks() {
        return refinedKinks;
    }

    private double[] logWeightsLazy;

    /** Gauss-Legendre points per panel of the kink-adapted rule, and of its refined twin (error estimates). */
    private static final int PANEL_ORDER = 10, REFINED_PANEL_ORDER = 20;
    /** Gauss-Legendre nodes, weights and log-weights on [-1, 1]: index 0 for PANEL_ORDER, 1 for REFINED_PANEL_ORDER. */
    private static final double[][] GL_X = new double[2][], GL_W = new double[2][], GL_LOG_W = new double[2][];

    static {
        int[] orders = {PANEL_ORDER, REFINED_PANEL_ORDER};
        for (int r = 0; r < 2; r++) {
            // Gauss-Legendre on [-1, 1] by Newton's method
            int n = orders[r];
            GL_X[r] = new double[n];
            GL_W[r] = new double[n];
            GL_LOG_W[r] = new double[n];
            for (int i = 0; i < n; i++) {
                double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5)), pp = 0;
                for (int it = 0; it < 100; it++) {
                    double p1 = 1, p2 = 0;
                    for (int j = 0; j < n; j++) {
                        double p3 = p2;
                        p2 = p1;
                        p1 = ((2 * j + 1) * z * p2 - j * p3) / (j + 1);
                    }
                    pp = n * (z * p1 - p2) / (z * z - 1);
                    double z1 = z;
                    z = z1 - p1 / pp;
                    if (Math.abs(z - z1) < 1e-16) break;
                }
                GL_X[r][i] = z;
                GL_W[r][i] = 2 / ((1 - z * z) * pp * pp);
                GL_LOG_W[r][i] = Math.log(GL_W[r][i]);
            }
        }
    }

    /**
     * A rule for E_z f(z), z ~ N(0,1), where f has a kink of width {@code width} at {@code center}
     * (e.g. ln cosh(beta (h + s z)) at large beta, or |h + s z| at T = 0; docs/numerics.md#quadrature):
     * composite 10-point Gauss-Legendre on [-10, 10] with unit panels, refined geometrically around
     * the kink down to the kink width. Use it where Gauss-Hermite would not resolve the kink.
     */
    public static Gauss kinked(double center, double width) {
        return kinked(center, width, false);
    }

    /**
     * The kink-adapted rule, or with {@code refined} its twin with twice the points per panel and one more level
     * of panels at the kink: the difference between the two is the rule's error estimate.
     */
    public static Gauss kinked(double center, double width, boolean refined) {
        int r = refined ? 1 : 0, po = refined ? REFINED_PANEL_ORDER : PANEL_ORDER;
        if (refined) width /= 2;
        // panel edges in ascending order: the unit edges -10..10 merged with the kink's (center -+ d, center), then
        // de-duplicated (equal to sorting the union; no sort, no allocation beyond the result)
        double[] kink = new double[64];
        int nk = 0;
        if (Double.isFinite(center) && Math.abs(center) < 10) {
            double w = Math.max(width, 1e-6);
            int levels = 0;
            for (double d = w; d < 1; d *= 2) levels++; // at most 20 (w >= 1e-6)
            double[] ds = new double[levels];
            double d = w;
            for (int l = 0; l < levels; l++, d *= 2) ds[l] = d;
            for (int l = levels - 1; l >= 0; l--) if (center - ds[l] > -10) kink[nk++] = center - ds[l];
            kink[nk++] = center;
            for (int l = 0; l < levels; l++) if (center + ds[l] < 10) kink[nk++] = center + ds[l];
        }
        double[] e = new double[21 + nk];
        int u = 0, ik = 0, iu = -10;
        while (iu <= 10 || ik < nk) {
            double v;
            if (ik >= nk || iu <= 10 && iu <= kink[ik]) v = iu++;
            else v = kink[ik++];
            if (u == 0 || v - e[u - 1] > 1e-12) e[u++] = v;
        }
        int np = u - 1, n = 0;
        for (int p = 0; p < np; p++) n += po;
        double[] x = new double[n], w = new double[n], lw = new double[n];
        double logC = -0.5 * Math.log(2 * Math.PI);
        int k = 0;
        for (int p = 0; p < np; p++) {
            double a = e[p], b = e[p + 1];
            if (b - a == 1 && a == Math.rint(a)) { // an untouched unit panel: its nodes and weights are tabulated
                int ip = (int) a + 10;
                System.arraycopy(UNIT_X[r][ip], 0, x, k, po);
                System.arraycopy(UNIT_W[r][ip], 0, w, k, po);
                System.arraycopy(UNIT_LOG_W[r][ip], 0, lw, k, po);
                k += po;
                continue;
            }
            k = panel(r, po, a, b, logC, x, w, lw, k);
        }
        return new Gauss(x, w, lw, false);
    }

    /** Fills the Gauss-Legendre nodes of panel [a, b] at offset k (one formula for tabulated and kink panels). */
    private static int panel(int r, int po, double a, double b, double logC, double[] x, double[] w, double[] lw, int k) {
        double mid = 0.5 * (a + b), half = 0.5 * (b - a), logHalf = Math.log(half) + logC;
        for (int i = 0; i < po; i++) {
            x[k] = mid + half * GL_X[r][i];
            // log-weights in closed form: the nested 1RSB sums use them once per outer node
            lw[k] = logHalf + GL_LOG_W[r][i] - 0.5 * x[k] * x[k];
            w[k] = Math.exp(lw[k]);
            k++;
        }
        return k;
    }

    /** The unit panels [k, k + 1], k = -10..9, of the kink-adapted rule: index [r][k + 10][i]. */
    private static final double[][][] UNIT_X = new double[2][20][], UNIT_W = new double[2][20][], UNIT_LOG_W = new double[2][20][];

    static {
        double logC = -0.5 * Math.log(2 * Math.PI);
        for (int r = 0; r < 2; r++) {
            int po = r == 1 ? REFINED_PANEL_ORDER : PANEL_ORDER;
            for (int ip = 0; ip < 20; ip++) {
                double[] x = new double[po], w = new double[po], lw = new double[po];
                panel(r, po, ip - 10, ip - 9, logC, x, w, lw, 0);
                UNIT_X[r][ip] = x;
                UNIT_W[r][ip] = w;
                UNIT_LOG_W[r][ip] = lw;
            }
        }
    }

    /** The rule of {@link #DEFAULT_ORDER}. */
    public static Gauss standard() {
        return order(DEFAULT_ORDER);
    }

    public int size() {
        return nodes.length;
    }

    /** Node k (a value of z). */
    public double node(int k) {
        return nodes[k];
    }

    /** Weight of node k; the weights sum to 1. */
    public double weight(int k) {
        return weights[k];
    }

    /** Natural log of the weight of node k (for log-sum-exp evaluations). */
    public double logWeight(int k) {
        if (logWeights != null) return logWeights[k];
        double[] lw = logWeightsLazy;
        if (lw == null) {
            lw = new double[weights.length];
            for (int i = 0; i < lw.length; i++) lw[i] = Math.log(weights[i]);
            logWeightsLazy = lw;
        }
        return lw[k];
    }

    /** E_z f(z). */
    public double expect(DoubleUnaryOperator f) {
        double s = 0;
        for (int k = 0; k < nodes.length; k++) s += weights[k] * f.applyAsDouble(nodes[k]);
        return s;
    }

    /**
     * E_z f(z) at this order and at (about) twice the order; the difference is the quadrature error
     * estimate the engine uses to check its choice of order.
     */
    public double[] expectWithDoubling(DoubleUnaryOperator f) {
        double a = expect(f);
        double b = order(Math.min(1000, 2 * nodes.length)).expect(f);
        return new double[] {b, Math.abs(b - a)};
    }
}
