package dev.hebbian.theory;

import dev.hebbian.numerics.Gauss;
import dev.hebbian.numerics.LogMath;

/**
 * The generic RS / 1RSB functional of arXiv:2111.12997; docs/storage.md#eq-storage-1 that every model of this
 * package instantiates: covariance xi(q) = beta^2 * c * q^p, field beta * h(m) with h(m) = (K/2)
 * m^(K-1) and Mattis term beta * M(m), M(m) = -((K-1)/2) m^K, where K = {@code mattisOrder}
 * (0: no Mattis magnetisation, m = 0).
 *
 * <ul>
 *   <li>dense storage (canonical lambda = 1/2, docs/conventions.md): p = K = P, c = alpha/2, beta =
 *       beta' (docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4);</li>
 *   <li>Ising P-spin glass: p = P, c = 1/2, K = 0 (docs/spin-glass.md#eq-spin-glass-1); SK: p = 2, c = 1/2, K = 0.</li>
 * </ul>
 *
 * All evaluations are in the log domain (log cosh, log-sum-exp for the cosh^theta weights), and T =
 * 0 uses the closed forms of docs/storage.md#eq-storage-11 with Theta = beta*theta.
 */
public record Functional(int p, double c, int mattisOrder, Signal signal) implements java.io.Serializable {
    private static final double LN2 = Math.log(2), SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    public Functional {
        dev.hebbian.Check.atLeast("p", p, 2);
        dev.hebbian.Check.nonNegative("c", c);
        if (mattisOrder != 0) dev.hebbian.Check.atLeast("mattisOrder", mattisOrder, 2);
        if (signal == null) signal = Signal.ONE;
    }

    /** The functional with the storage law u = 1 of the field factor. */
    public Functional(int p, double c, int mattisOrder) {
        this(p, c, mattisOrder, Signal.ONE);
    }

    /**
     * The same functional averaged over the law of the field factor u (the learning functional,
     * docs/learning.md#eq-learning-10): the field of a site is u h(m) + s z, and the Mattis equation reads m =
     * E[u tanh] (m is the order parameter y of the learning papers).
     */
    public Functional withSignal(Signal law) {
        return new Functional(p, c, mattisOrder, law);
    }

    /** Field h_a = u_a h of component a. */
    private double fieldOf(int a, double h) {
        return signal.isOne() ? h : signal.mean()[a] * h;
    }

    /** Noise s_a = sqrt(s^2 + v_a h^2) of component a (s itself for an atom). */
    private double noiseOf(int a, double h, double s) {
        double v = signal.variance()[a];
        return v == 0 ? s : Math.sqrt(s * s + v * h * h);
    }

    /** Coefficient of E[z F] in E[u F] for component a (Stein's lemma; 0 for an atom). */
    private double steinOf(int a, double h, double sa) {
        double v = signal.variance()[a];
        return v == 0 || sa == 0 ? 0 : v * h / sa;
    }

    /** Whether the model has a Mattis magnetisation (a retrieval branch). */
    public boolean hasMattis() {
        return mattisOrder > 0;
    }

    /**
     * An inverse temperature below which the RS retrieval equation has no solution with m &gt; 0, whatever q:
     * for h &gt;= 0, E tanh(beta (h + s z)) &lt;= tanh(beta h) (pair z with -z), so m = tanh(beta h(m)) would be needed
     * at least, and beta (K/2) m^(K-1) &lt; atanh(m) for every m in (0, 1) when beta is below min_m atanh(m) / h(m)
     * (the spinodal of the noiseless model, docs/storage.md#phase-selection). Only for the storage law u = 1 and
     * K &gt;= 2 (otherwise 0: no bound); 1 for K = 2 (Curie-Weiss); slightly conservative (relative 1e-6).
     */
    public double retrievalBetaBound() {
        if (!hasMattis() || !signal.isOne()) return 0;
        return NOISELESS_SPINODAL.computeIfAbsent(mattisOrder, Functional::noiselessSpinodal);
    }

    private static final java.util.Map<Integer, Double> NOISELESS_SPINODAL = new java.util.concurrent.ConcurrentHashMap<>();

    /** min over m in (0, 1) of atanh(m) / ((K/2) m^(K-1)), times (1 - 1e-6); 1 for K = 2 (the infimum at m -&gt; 0). */
    private static double noiselessSpinodal(int k) {
        if (k == 2) return 1 - 1e-6;
        java.util.function.DoubleUnaryOperator phi = m -> 0.5 * Math.log((1 + m) / (1 - m)) / (0.5 * k * pow(m, k - 1));
        int n = 4000, best = 1;
        for (int i = 1; i < n; i++) if (phi.applyAsDouble((double) i / n) < phi.applyAsDouble((double) best / n)) best = i;
        double lo = (best - 1.0) / n, hi = Math.min(1 - 1e-15, (best + 1.0) / n), g = (Math.sqrt(5) - 1) / 2;
        lo = Math.max(lo, 1e-9);
        for (int it = 0; it < 200 && hi - lo > 1e-14; it++) { // golden section on the bracket of the grid minimum
            double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
            if (phi.applyAsDouble(a) < phi.applyAsDouble(b)) hi = b;
            else lo = a;
        }
        return Math.min(phi.applyAsDouble(lo), phi.applyAsDouble((double) best / n)) * (1 - 1e-6);
    }

    /** h(m) = (K/2) m^(K-1): the field per unit beta. */
    public double field(double m) {
        return mattisOrder == 0 ? 0 : 0.5 * mattisOrder * pow(m, mattisOrder - 1);
    }

    /** M(m) = -((K-1)/2) m^K: the Mattis (Legendre) term per unit beta. */
    public double mattis(double m) {
        return mattisOrder == 0 ? 0 : -0.5 * (mattisOrder - 1) * pow(m, mattisOrder);
    }

    /** xi(q)/beta^2 = c q^p. */
    public double xi(double q) {
        return c * pow(q, p);
    }

    /** xi'(q)/beta^2 = c p q^(p-1). */
    public double xi1(double q) {
        return c * p * pow(q, p - 1);
    }

    /** xi''(q)/beta^2 = c p (p-1) q^(p-2). */
    public double xi2(double q) {
        return c * p * (p - 1) * pow(q, p - 2);
    }

    /**
     * The quadrature for E_z F(h + s z) when F has a kink of width {@code scale} at 0: Gauss-Hermite
     * {@code g} when the kink is wide in z units, else a composite rule refined at z = -h/s (see
     * docs/numerics.md#quadrature).
     */
    static Gauss rule(Gauss g, double h, double s, double scale) {
        return rule(g, h, s, scale, KINK_WIDTH);
    }

    /**
     * Kink width (in z units) below which Gauss-Hermite is replaced by the kink-adapted rule: Gauss-Hermite with
     * 128 nodes integrates tanh^2(s z) to 1e-13 at s = 1 but only to 7e-7 at s = 2, 1e-4 at s = 3 and 4e-3 at
     * s = 5, errors that move the stationary point and the energy (docs/numerics.md#quadrature).
     */
    static final double KINK_WIDTH = 1.0;

    static Gauss rule(Gauss g, double h, double s, double scale, double threshold) {
        if (s <= 0) return g;
        double width = scale / s;
        if (width >= threshold) return g;
        return Gauss.kinked(-h / s, width, g.refinedKinks());
    }

    static double pow(double x, int n) {
        double r = 1;
        for (int i = 0; i < n; i++) r *= x;
        return r;
    }

    private static double sqrtPos(double v) {
        return v > 0 ? Math.sqrt(v) : 0;
    }

    // ------------------------------------------------------------------ RS, finite T (docs/storage.md#eq-storage-4, #eq-storage-2, #eq-storage-3)

    /** A_RS(m, q) at inverse temperature beta (docs/storage.md#eq-storage-4 with the Mattis term). */
    public double rsPressure(double beta, double m, double q, Gauss g0) {
        double h0 = field(m), s0 = sqrtPos(xi1(q));
        double e = 0;
        for (int a = 0; a < signal.size(); a++) {
            double h = fieldOf(a, h0), s = noiseOf(a, h0, s0), ea = 0;
            Gauss g = rule(g0, h, s, 1 / beta);
            for (int k = 0; k < g.size(); k++) ea += g.weight(k) * LogMath.logCosh(beta * (h + s * g.node(k)));
            e += signal.weight()[a] * ea;
        }
        return LN2 + e + 0.5 * beta * beta * (xi(1) - xi(q) - (1 - q) * xi1(q)) + beta * mattis(m);
    }

    /**
     * A_RS(m, q) and the energy U = -dA/dbeta at fixed (m, q) in one quadrature pass (at a stationary point the
     * partial derivative is the total one): U = -E[g tanh(beta g)] - beta (xi(1) - xi(q) - (1 - q) xi'(q)) - M(m),
     * g = h + s z: the derivative of docs/storage.md#eq-storage-4 (energy = -dA/dbeta, docs/storage.md#phase-selection).
     */
    public double[] rsPressureEnergy(double beta, double m, double q, Gauss g0) {
        double h0 = field(m), s0 = sqrtPos(xi1(q));
        double e = 0, d = 0;
        for (int a = 0; a < signal.size(); a++) {
            double h = fieldOf(a, h0), s = noiseOf(a, h0, s0), ea = 0, da = 0;
            Gauss g = rule(g0, h, s, 1 / beta);
            for (int k = 0; k < g.size(); k++) {
                double x = h + s * g.node(k), w = g.weight(k);
                ea += w * LogMath.logCosh(beta * x);
                da += w * x * Math.tanh(beta * x);
            }
            e += signal.weight()[a] * ea;
            d += signal.weight()[a] * da;
        }
        double glass = xi(1) - xi(q) - (1 - q) * xi1(q);
        return new double[] {LN2 + e + 0.5 * beta * beta * glass + beta * mattis(m), -(d + beta * glass + mattis(m))};
    }

    /** The RS map (m, q) -&gt; (E u tanh g, E tanh^2 g). */
    public double[] rsMap(double beta, double m, double q, Gauss g0) {
        double h0 = field(m), s0 = sqrtPos(xi1(q));
        double em = 0, eq = 0;
        for (int a = 0; a < signal.size(); a++) {
            double h = fieldOf(a, h0), s = noiseOf(a, h0, s0), st = steinOf(a, h0, s);
            Gauss g = rule(g0, h, s, 1 / beta);
            double et = 0, et2 = 0, ezt = 0;
            for (int k = 0; k < g.size(); k++) {
                double z = g.node(k), t = Math.tanh(beta * (h + s * z));
                et += g.weight(k) * t;
                et2 += g.weight(k) * t * t;
                if (st != 0) ezt += g.weight(k) * z * t;
            }
            double w = signal.weight()[a];
            em += w * (signal.isOne() ? et : signal.mean()[a] * et + st * ezt);
            eq += w * et2;
        }
        return new double[] {em, eq};
    }

    /** E tanh g: the overlap with the archetype when the field carries a law of u (docs/learning.md#eq-learning-10). */
    public double archetypeOverlap(double beta, double m, double q, Gauss g0) {
        double h0 = field(m), s0 = sqrtPos(xi1(q));
        double em = 0;
        for (int a = 0; a < signal.size(); a++) {
            double h = fieldOf(a, h0), s = noiseOf(a, h0, s0), et = 0;
            if (Double.isInfinite(beta)) {
                et = s == 0 ? Math.signum(h) : org.hipparchus.special.Erf.erf(h / (s * Math.sqrt(2)));
            } else {
                Gauss g = rule(g0, h, s, 1 / beta);
                for (int k = 0; k < g.size(); k++) et += g.weight(k) * Math.tanh(beta * (h + s * g.node(k)));
            }
            em += signal.weight()[a] * et;
        }
        return em;
    }

    /**
     * The RS map and its Jacobian in one pass: {E t, E t^2, dEt/dm, dEt/dq, dEt^2/dm, dEt^2/dq}, t =
     * tanh g, for Newton steps (docs/storage.md#phase-selection).
     */
    public double[] rsMapJacobian(double beta, double m, double q, Gauss g0) {
        if (!signal.atomic()) return rsMapJacobianStein(beta, m, q, g0);
        double h0 = field(m), s = sqrtPos(xi1(q));
        double dh = mattisOrder == 0 ? 0 : 0.5 * mattisOrder * (mattisOrder - 1) * pow(m, mattisOrder - 2);
        double ds = s > 0 ? xi2(q) / (2 * s) : 0;
        double[] out = new double[6];
        for (int a = 0; a < signal.size(); a++) {
            double u = signal.mean()[a], h = fieldOf(a, h0), wa = signal.weight()[a];
            Gauss g = rule(g0, h, s, 1 / beta);
            double et = 0, et2 = 0, es = 0, ezs = 0, ets = 0, etzs = 0;
            for (int k = 0; k < g.size(); k++) {
                double z = g.node(k), w = g.weight(k);
                double t = Math.tanh(beta * (h + s * z)), sech2 = (1 - t) * (1 + t);
                et += w * t;
                et2 += w * t * t;
                es += w * sech2;
                ezs += w * z * sech2;
                ets += w * t * sech2;
                etzs += w * t * z * sech2;
            }
            if (signal.isOne()) return new double[] {et, et2, beta * dh * es, beta * ds * ezs, 2 * beta * dh * ets, 2 * beta * ds * etzs};
            out[0] += wa * u * et;
            out[1] += wa * et2;
            out[2] += wa * u * u * beta * dh * es;
            out[3] += wa * u * beta * ds * ezs;
            out[4] += wa * u * 2 * beta * dh * ets;
            out[5] += wa * 2 * beta * ds * etzs;
        }
        return out;
    }

    /**
     * The RS map and its analytic Jacobian for a law of u with Gaussian components (docs/numerics.md#signal-law):
     * component a has field h_a = u_a h(m), noise s_a = sqrt(s^2 + v_a h^2) and Stein coefficient c_a = v_a h / s_a,
     * and contributes u_a E t + c_a E[z t] to the first map and E t^2 to the second, t = tanh(beta (h_a + s_a z)).
     * With d(h_a + s_a z) = dh_a + ds_a z: dE t = beta E[sech^2 (dh_a + ds_a z)], dE[z t] = beta E[z sech^2 (dh_a +
     * ds_a z)], dE t^2 = 2 beta E[t sech^2 (dh_a + ds_a z)], in the same quadrature pass (the rule held fixed).
     */
    private double[] rsMapJacobianStein(double beta, double m, double q, Gauss g0) {
        double h0 = field(m), s0 = sqrtPos(xi1(q));
        double dh0 = mattisOrder == 0 ? 0 : 0.5 * mattisOrder * (mattisOrder - 1) * pow(m, mattisOrder - 2);
        double ds0 = s0 > 0 ? xi2(q) / (2 * s0) : 0; // d s / d q
        double[] out = new double[6];
        for (int a = 0; a < signal.size(); a++) {
            double u = signal.mean()[a], v = signal.variance()[a], wa = signal.weight()[a];
            double h = u * h0, sa = noiseOf(a, h0, s0), c = steinOf(a, h0, sa);
            // derivatives of h_a, s_a and c_a in m and in q
            double hm = u * dh0, sm = sa > 0 ? v * h0 * dh0 / sa : 0, sq = sa > 0 ? s0 * ds0 / sa : 0;
            double cm = sa > 0 ? v * dh0 / sa - c * sm / sa : 0, cq = sa > 0 ? -c * sq / sa : 0;
            Gauss g = rule(g0, h, sa, 1 / beta);
            double et = 0, et2 = 0, ezt = 0, es = 0, ezs = 0, ez2s = 0, ets = 0, etzs = 0;
            for (int k = 0; k < g.size(); k++) {
                double z = g.node(k), w = g.weight(k);
                double t = Math.tanh(beta * (h + sa * z)), sech2 = (1 - t) * (1 + t);
                et += w * t;
                et2 += w * t * t;
                ezt += w * z * t;
                es += w * sech2;
                ezs += w * z * sech2;
                ez2s += w * z * z * sech2;
                ets += w * t * sech2;
                etzs += w * t * z * sech2;
            }
            out[0] += wa * (u * et + c * ezt);
            out[1] += wa * et2;
            // d/dm: field direction hm, noise direction sm
            double detm = beta * (hm * es + sm * ezs), dezm = beta * (hm * ezs + sm * ez2s);
            out[2] += wa * (u * detm + cm * ezt + c * dezm);
            out[4] += wa * 2 * beta * (hm * ets + sm * etzs);
            // d/dq: noise direction sq only
            double detq = beta * sq * ezs, dezq = beta * sq * ez2s;
            out[3] += wa * (u * detq + cq * ezt + c * dezq);
            out[5] += wa * 2 * beta * sq * etzs;
        }
        return out;
    }

    /** The RS map and its Jacobian by central differences (a check of {@link #rsMapJacobianStein}). */
    double[] rsMapJacobianNumerical(double beta, double m, double q, Gauss g0) {
        double[] f = rsMap(beta, m, q, g0);
        double hm = 1e-6 * Math.max(1, Math.abs(m)), hq = 1e-6;
        double qlo = Math.max(0, q - hq), qhi = Math.min(1, q + hq);
        double[] mp = rsMap(beta, m + hm, q, g0), mm = rsMap(beta, m - hm, q, g0);
        double[] qp = rsMap(beta, m, qhi, g0), qm = rsMap(beta, m, qlo, g0);
        return new double[] {f[0], f[1], (mp[0] - mm[0]) / (2 * hm), (qp[0] - qm[0]) / (qhi - qlo),
                (mp[1] - mm[1]) / (2 * hm), (qp[1] - qm[1]) / (qhi - qlo)};
    }

    /** The AT quantity beta^2 xi''(q) E sech^4 g of docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4: RS is unstable where it exceeds 1. */
    public double atQuantity(double beta, double m, double q, Gauss g0) {
        double h0 = field(m), s0 = sqrtPos(xi1(q));
        double e = 0;
        for (int a = 0; a < signal.size(); a++) {
            double h = fieldOf(a, h0), s = noiseOf(a, h0, s0), ea = 0;
            Gauss g = rule(g0, h, s, 1 / beta);
            for (int k = 0; k < g.size(); k++) {
                double s2 = LogMath.sech2(beta * (h + s * g.node(k)));
                ea += g.weight(k) * s2 * s2;
            }
            e += signal.weight()[a] * ea;
        }
        return beta * beta * xi2(q) * e;
    }

    // ------------------------------------------------------------------ RS, T = 0 (docs/storage.md#eq-storage-11, #eq-storage-12)

    /** epsilon_RS(m) = lim A/beta = E|h + s z| + M(m), s^2 = xi'(1)/beta^2 (docs/storage.md#eq-storage-11, #eq-storage-12). */
    public double rsGroundState(double m) {
        double h0 = field(m), s0 = sqrtPos(xi1(1)), e = 0;
        for (int a = 0; a < signal.size(); a++) e += signal.weight()[a] * absMean(fieldOf(a, h0), noiseOf(a, h0, s0));
        return e + mattis(m);
    }

    /** The T = 0 RS map m -&gt; E u sgn(u h + s z) (u = 1: erf(h / (s sqrt 2))). */
    public double rsGroundStateMap(double m) {
        double h0 = field(m), s0 = sqrtPos(xi1(1)), e = 0;
        for (int a = 0; a < signal.size(); a++) {
            double h = fieldOf(a, h0), s = noiseOf(a, h0, s0);
            double sgn = s == 0 ? Math.signum(h) : org.hipparchus.special.Erf.erf(h / (s * Math.sqrt(2)));
            if (signal.isOne()) return sgn;
            double st = steinOf(a, h0, s); // E[z sgn(h + s z)] = sqrt(2/pi) exp(-h^2 / 2 s^2)
            e += signal.weight()[a] * (signal.mean()[a] * sgn + (st == 0 ? 0 : st * SQRT_2_OVER_PI * Math.exp(-h * h / (2 * s * s))));
        }
        return e;
    }

    static double absMean(double u, double s) {
        if (s == 0) return Math.abs(u);
        return u * org.hipparchus.special.Erf.erf(u / (s * Math.sqrt(2)))
                + s * Math.sqrt(2 / Math.PI) * Math.exp(-u * u / (2 * s * s));
    }

    // ------------------------------------------------------------------ 1RSB, finite T (docs/storage.md#eq-storage-10, #eq-storage-7)

    /**
     * One pass over the nested quadrature (docs/storage.md#eq-storage-6, #eq-storage-7, #eq-storage-8, #eq-storage-9): returns {A, E<tanh>, E<tanh>^2,
     * E<tanh^2>, dA/dtheta} at (m, q1, q2, theta), theta in (0, 1].
     */
    public double[] rsbEval(double beta, double m, double q1, double q2, double theta, Gauss g1o, Gauss g2) {
        return rsbPass(beta, m, q1, q2, theta, g1o, g2, false);
    }

    /**
     * {@link #rsbEval} and, in the same quadrature pass, the Jacobian of the 1RSB stationarity map
     * (docs/storage.md#eq-storage-8, #eq-storage-9, #phase-selection): returns 21 numbers, {A, E<tanh>, E<tanh>^2, E<tanh^2>, dA/dtheta} followed
     * by the 4 x 4 matrix d(E<tanh>, E<tanh>^2, E<tanh^2>, dA/dtheta) / d(m, q1, q2, theta), row by
     * row. Derivatives of the tilted averages are covariances under the cosh^theta weights; the
     * quadrature rule is held fixed (exact for Gauss-Hermite, approximate where a kink-adapted outer
     * rule moves with the parameters).
     */
    public double[] rsbEvalJacobian(double beta, double m, double q1, double q2, double theta, Gauss g1o, Gauss g2) {
        return rsbPass(beta, m, q1, q2, theta, g1o, g2, true);
    }

    private double[] rsbPass(double beta, double m, double q1, double q2, double theta, Gauss g1o, Gauss g2,
                             boolean jac) {
        if (jac && !signal.atomic()) return rsbPassNumerical(beta, m, q1, q2, theta, g1o, g2);
        double h0 = field(m);
        double s10 = sqrtPos(xi1(q1)), s2 = sqrtPos(xi1(q2) - xi1(q1));
        // the inner field beta s2 z2 has its kink at z2 = -u/s2 with width 1/(beta s2): resolved per outer node when narrow
        boolean innerKinked = beta * s2 > 1 / KINK_WIDTH;
        int n2 = g2.size(), cap = innerKinked ? 512 : n2;
        double[] lw = new double[cap], lc = new double[cap], t = new double[cap], bz = new double[cap];
        double[] ep = new double[n2], en = new double[n2];
        for (int l = 0; l < n2; l++) bz[l] = beta * s2 * g2.node(l);
        // exp(-2|x|), x = bu + bz_l, as a product exp(-+2 bu) exp(-+2 bz_l) of factors computed once per outer
        // node and once per pass, when no factor can overflow
        double bzMax = Math.max(Math.abs(bz[0]), Math.abs(bz[n2 - 1]));
        boolean factors = !innerKinked && 2 * bzMax < 600;
        if (factors) {
            for (int l = 0; l < n2; l++) {
                ep[l] = Math.exp(-2 * bz[l]);
                en[l] = 1 / ep[l];
            }
        }
        double sumL = 0, em = 0, eq1 = 0, eq2 = 0, elc = 0;
        // Jacobian accumulators: direction m (a = h'), q1 (a = z1 s1', b = s2'_q1), q2 (b = s2'_q2), theta
        double dh0 = mattisOrder == 0 ? 0 : 0.5 * mattisOrder * (mattisOrder - 1) * pow(m, mattisOrder - 2);
        double ds1 = s10 > 0 ? xi2(q1) / (2 * s10) : 0;
        double ds2q1 = s2 > 0 ? -xi2(q1) / (2 * s2) : 0, ds2q2 = s2 > 0 ? xi2(q2) / (2 * s2) : 0;
        double[] jm = jac ? new double[16] : null;
        boolean symmetricPass = true;
        for (int comp = 0; comp < signal.size(); comp++) {
        double h = fieldOf(comp, h0), s1 = noiseOf(comp, h0, s10), stein = steinOf(comp, h0, s1);
        double wa = signal.weight()[comp], ua = signal.isOne() ? 1 : signal.mean()[comp], dh = dh0 * ua;
        Gauss g1 = rule(g1o, h, s1, Math.max(s2, 1 / beta));
        int n1 = g1.size();
        double zMax = 0;
        for (int k = 0; k < n1; k++) zMax = Math.max(zMax, Math.abs(g1.node(k)));
        boolean split = factors && 2 * (beta * (Math.abs(h) + s1 * zMax) + bzMax) < 600;
        // zero field: the outer integrand is even in z1 (odd for <tanh>), so half of a symmetric rule suffices
        boolean symmetric = h0 == 0 && g1 == g1o;
        int kEnd = symmetric ? (n1 + 1) / 2 : n1;
        symmetricPass &= symmetric;
        for (int k = 0; k < kEnd; k++) {
            double z1 = g1.node(k);
            double bu = beta * (h + s1 * z1);
            double max = Double.NEGATIVE_INFINITY;
            double ap = split ? Math.exp(-2 * bu) : 0, an = split ? 1 / ap : 0;
            Gauss gi = g2;
            if (innerKinked) {
                gi = Gauss.kinked(-bu / (beta * s2), 1 / (beta * s2), g2.refinedKinks());
                n2 = gi.size();
                if (n2 > lw.length) {
                    lw = new double[n2];
                    lc = new double[n2];
                    t = new double[n2];
                    bz = new double[n2];
                }
                for (int l = 0; l < n2; l++) bz[l] = beta * s2 * gi.node(l);
            }
            for (int l = 0; l < n2; l++) {
                double x = bu + bz[l];
                double ax = Math.abs(x); // e = exp(-2|x|) gives both ln cosh and tanh
                double e = !split ? Math.exp(-2 * ax) : x >= 0 ? Math.min(1, ap * ep[l]) : Math.min(1, an * en[l]);
                double lcl = ax + Math.log(1 + e) - LN2;
                lc[l] = lcl;
                double th = (1 - e) / (1 + e);
                t[l] = x < 0 ? -th : th;
                double lwl = gi.logWeight(l) + theta * lcl;
                lw[l] = lwl;
                if (lwl > max) max = lwl;
            }
            double wk = wa * g1.weight(k);
            if (symmetric && k != n1 - 1 - k) wk *= 2; // node k and its mirror n1-1-k
            double mFactor = ua + stein * z1; // E[u <tanh>] = E[(u_a + stein z1) <tanh>]
            if (!jac) {
                double z = 0, at = 0, at2 = 0, alc = 0;
                for (int l = 0; l < n2; l++) {
                    double w = Math.exp(lw[l] - max), tl = t[l];
                    z += w;
                    at += w * tl;
                    at2 += w * tl * tl;
                    alc += w * lc[l];
                }
                at /= z;
                at2 /= z;
                alc /= z;
                sumL += wk * (max + Math.log(z));
                if (!symmetric) em += wk * mFactor * at;
                eq1 += wk * at * at;
                eq2 += wk * at2;
                elc += wk * alc;
                continue;
            }
            double z = 0, m1 = 0, m2 = 0, m3 = 0, ml = 0, mlt = 0, mlt2 = 0, mll = 0;
            double mz = 0, mzt = 0, mzt2 = 0, mzt3 = 0, mzlt = 0;
            for (int l = 0; l < n2; l++) {
                double w = Math.exp(lw[l] - max), tl = t[l], lcl = lc[l], zl = gi.node(l);
                double wt = w * tl, wt2 = wt * tl, wl = w * lcl, wlt = wl * tl;
                z += w;
                m1 += wt;
                m2 += wt2;
                m3 += wt2 * tl;
                ml += wl;
                mlt += wlt;
                mlt2 += wlt * tl;
                mll += wl * lcl;
                mz += w * zl;
                mzt += wt * zl;
                mzt2 += wt2 * zl;
                mzt3 += wt2 * tl * zl;
                mzlt += wlt * zl;
            }
            double iz = 1 / z;
            m1 *= iz;
            m2 *= iz;
            m3 *= iz;
            ml *= iz;
            mlt *= iz;
            mlt2 *= iz;
            mll *= iz;
            mz *= iz;
            mzt *= iz;
            mzt2 *= iz;
            mzt3 *= iz;
            mzlt *= iz;
            sumL += wk * (max + Math.log(z));
            em += wk * ua * m1;
            eq1 += wk * m1 * m1;
            eq2 += wk * m2;
            elc += wk * ml;
            // d<f> along dx = beta (a + b z2): <f' dx> + theta (<f t dx> - <f><t dx>)
            double[] as = {dh, z1 * ds1, 0}, bs = {0, ds2q1, ds2q2};
            for (int j = 0; j < 3; j++) {
                double a = as[j], b = bs[j];
                double d1 = beta * (a * (1 - m2) + b * (mz - mzt2)) + theta * beta * (a * (m2 - m1 * m1) + b * (mzt2 - m1 * mzt));
                double d2 = beta * 2 * (a * (m1 - m3) + b * (mzt - mzt3)) + theta * beta * (a * (m3 - m2 * m1) + b * (mzt3 - m2 * mzt));
                double dl = beta * (a * (mlt - ml * m1) + b * (mzlt - ml * mzt)); // of dA/dtheta, per unit wk
                jm[j] += wk * ua * d1;
                jm[4 + j] += wk * 2 * m1 * d1;
                jm[8 + j] += wk * d2;
                jm[12 + j] += wk * dl;
            }
            double d1t = mlt - m1 * ml;
            jm[3] += wk * ua * d1t;
            jm[7] += wk * 2 * m1 * d1t;
            jm[11] += wk * (mlt2 - m2 * ml);
            jm[15] += wk * (mll - ml * ml);
        }
        }
        double b2 = beta * beta;
        double thetaBracket = q2 * xi1(q2) - xi(q2) - q1 * xi1(q1) + xi(q1);
        double a = LN2 + sumL / theta + 0.5 * b2 * (xi(1) - xi(q2) - (1 - q2) * xi1(q2))
                - 0.5 * theta * b2 * thetaBracket + beta * mattis(m);
        double dTheta = -sumL / (theta * theta) + elc / theta - 0.5 * b2 * thetaBracket;
        if (!jac) return new double[] {a, em, eq1, eq2, dTheta};
        if (symmetricPass) { // integrands odd under the mirror sum to zero
            em = 0;
            jm[1] = jm[2] = jm[3] = jm[4] = jm[8] = jm[12] = 0;
        }
        jm[13] -= 0.5 * b2 * (-q1 * xi2(q1));
        jm[14] -= 0.5 * b2 * (q2 * xi2(q2));
        // d/dtheta of -sumL/theta^2 + elc/theta (dL/dtheta = <lc>)
        jm[15] = jm[15] / theta + 2 * sumL / (theta * theta * theta) - 2 * elc / (theta * theta);
        double[] out = new double[21];
        out[0] = a;
        out[1] = em;
        out[2] = eq1;
        out[3] = eq2;
        out[4] = dTheta;
        System.arraycopy(jm, 0, out, 5, 16);
        return out;
    }

    /**
     * {@link #rsbEvalJacobian} by central differences of {@link #rsbEval} (a law of u with Gaussian components,
     * whose outer noise depends on m): the same 21-number layout.
     */
    private double[] rsbPassNumerical(double beta, double m, double q1, double q2, double theta, Gauss g1o, Gauss g2) {
        double[] f = rsbPass(beta, m, q1, q2, theta, g1o, g2, false);
        double[] out = new double[21];
        System.arraycopy(f, 0, out, 0, 5);
        double[] x = {m, q1, q2, theta};
        for (int j = 0; j < 4; j++) {
            double step = 1e-6 * Math.max(1, Math.abs(x[j]));
            double lo = x[j] - step, hi = x[j] + step;
            if (j == 1) lo = Math.max(0, lo);
            if (j == 2) hi = Math.min(1, hi);
            if (j == 3) hi = Math.min(1, hi);
            double[] xp = x.clone(), xm = x.clone();
            xp[j] = hi;
            xm[j] = lo;
            double[] fp = rsbPass(beta, xp[0], xp[1], xp[2], xp[3], g1o, g2, false);
            double[] fm = rsbPass(beta, xm[0], xm[1], xm[2], xm[3], g1o, g2, false);
            for (int i = 0; i < 4; i++) out[5 + 4 * i + j] = (fp[1 + i] - fm[1 + i]) / (hi - lo);
        }
        return out;
    }

    /** A_1RSB (docs/storage.md#eq-storage-10, #eq-storage-6, #eq-storage-7). */
    public double rsbPressure(double beta, double m, double q1, double q2, double theta, Gauss g1, Gauss g2) {
        return rsbEval(beta, m, q1, q2, theta, g1, g2)[0];
    }

    // ------------------------------------------------------------------ 1RSB, T = 0 (docs/storage.md#eq-storage-13, #eq-storage-14, #eq-storage-15)

    /**
     * The T = 0 1RSB functional (docs/storage.md#eq-storage-13, #eq-storage-14, #eq-storage-15) in one pass: returns {epsilon, E<sgn>, E<sgn>^2,
     * d epsilon/dTheta} at (m, q1, Theta), with q2 = 1.
     */
    public double[] rsbGroundStateEval(double m, double q1, double bigTheta, Gauss g1o) {
        double h0 = field(m);
        double s10 = sqrtPos(xi1(q1)), s = sqrtPos(xi1(1) - xi1(q1));
        double th = bigTheta;
        double sumL = 0, em = 0, eq = 0, eabs = 0;
        for (int comp = 0; comp < signal.size(); comp++) {
            double h = fieldOf(comp, h0), s1 = noiseOf(comp, h0, s10), stein = steinOf(comp, h0, s1);
            double wa = signal.weight()[comp], ua = signal.isOne() ? 1 : signal.mean()[comp];
            Gauss g1 = rule(g1o, h, s1, s, 1.0);
            for (int k = 0; k < g1.size(); k++) {
                double z1 = g1.node(k), u = h + s1 * z1;
                double l, sgn, abs;
                if (s == 0) {
                    l = th * Math.abs(u);
                    sgn = Math.signum(u);
                    abs = Math.abs(u);
                } else {
                    double base = 0.5 * th * th * s * s;
                    double a = th * u + base + LogMath.logNormalCdf(u / s + th * s);
                    double b = -th * u + base + LogMath.logNormalCdf(-u / s + th * s);
                    l = LogMath.logAddExp(a, b);
                    sgn = Math.tanh(0.5 * (a - b));
                    abs = u * sgn + th * s * s + 2 * s * Math.exp(LogMath.logNormalPdf(u / s) - l);
                }
                double wk = wa * g1.weight(k);
                sumL += wk * l;
                em += wk * (ua + stein * z1) * sgn;
                eq += wk * sgn * sgn;
                eabs += wk * abs;
            }
        }
        double bracket = xi1(1) - xi(1) - q1 * xi1(q1) + xi(q1);
        double eps = sumL / th + mattis(m) - 0.5 * th * bracket;
        double dTh = -sumL / (th * th) + eabs / th - 0.5 * bracket;
        return new double[] {eps, em, eq, dTh};
    }
}
