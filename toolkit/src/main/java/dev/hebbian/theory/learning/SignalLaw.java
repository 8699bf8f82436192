package dev.hebbian.theory.learning;

import dev.hebbian.numerics.Gauss;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

import dev.hebbian.Check;

/**
 * The one-site law of the normalised signal u = chi_hat / sqrt(R) (arXiv:2212.00606; docs/learning.md,
 * docs/conventions.md#eq-conventions-6, #eq-conventions-7, docs/learning.md#eq-learning-4, #eq-learning-5, #eq-learning-1, #eq-learning-2): exact binomial atoms (docs/learning.md#eq-learning-1), the CLT Gaussian u = (1 + sqrt(rho) Y) / sqrt(1 + rho)
 * (docs/learning.md#eq-learning-1), or the large-deviation density (docs/learning.md#eq-learning-2), optionally multiplied by a constant (the unsupervised
 * normalisation, docs/learning.md#eq-learning-23). It evaluates every expectation the RS equations need, with closed forms
 * for the CLT and for zero temperature.
 */
public final class SignalLaw {
    /** Default Gauss-Hermite order: 301 nodes, as in docs/learning.md#eq-learning-17. */
    public static final int DEFAULT_ORDER = 301;
    private static final double SQRT2 = Math.sqrt(2), SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    private final Noise noise;
    private final double[] u;   // atoms (for the CLT: images of the Gauss-Hermite nodes)
    private final double[] w;
    private final double mu, s; // CLT: u = mu + s Y
    private final Gauss gauss;

    private SignalLaw(Noise noise, double[] u, double[] w, double mu, double s, Gauss gauss) {
        this.noise = noise;
        this.u = u;
        this.w = w;
        this.mu = mu;
        this.s = s;
        this.gauss = gauss;
    }

    /** The law of u for a dataset with the default quadrature order. */
    public static SignalLaw of(ExampleSet d, Noise noise) {
        return of(d, noise, DEFAULT_ORDER);
    }

    /** The law of u for a dataset; {@code order} is the Gauss-Hermite order for Gaussian expectations. */
    public static SignalLaw of(ExampleSet d, Noise noise, int order) {
        Gauss g = Gauss.order(order);
        if (noise == Noise.CLT) {
            double rho = d.rho();
            double mu = Double.isInfinite(rho) ? 0 : 1 / Math.sqrt(1 + rho);
            double s = Double.isInfinite(rho) ? 1 : Math.sqrt(rho / (1 + rho));
            double[] u = new double[g.size()], w = new double[g.size()];
            for (int k = 0; k < g.size(); k++) {
                u[k] = mu + s * g.node(k);
                w[k] = g.weight(k);
            }
            return new SignalLaw(noise, u, w, mu, s, g);
        }
        if (!d.hasExamples())
            throw new Check.InvalidParameterException("noise", noise.name().toLowerCase(java.util.Locale.ROOT),
                    "clt when the dataset is given by rho alone (give M, or r and M, for the " + noise.name().toLowerCase(java.util.Locale.ROOT) + " law)");
        double sqrtR = Math.sqrt(d.R());
        if (d.r() == 1) return new SignalLaw(noise, new double[] {1 / sqrtR}, new double[] {1}, Double.NaN, Double.NaN, g);
        int M = d.M();
        if (noise == Noise.EXACT) {
            double p = (1 + d.r()) / 2, lp = Math.log(p), lq = Math.log1p(-p);
            double[] u = new double[M + 1], w = new double[M + 1];
            double lgM = Gamma.logGamma(M + 1.0);
            for (int k = 0; k <= M; k++) {
                double lw = lgM - Gamma.logGamma(k + 1.0) - Gamma.logGamma(M - k + 1.0) + k * lp + (M - k) * lq;
                w[k] = Math.exp(lw);
                u[k] = (2.0 * k - M) / M / sqrtR;
            }
            normalise(w);
            return new SignalLaw(noise, u, w, Double.NaN, Double.NaN, g);
        }
        // large deviations: density proportional to exp(-M I_r(x)) on [-1, 1], Gauss-Legendre on a window
        double r = d.r(), sd = Math.sqrt((1 - r * r) / M);
        double lo = Math.max(-1, r - 16 * sd), hi = Math.min(1, r + 16 * sd);
        GaussIntegrator rule;
        synchronized (SignalLaw.class) {
            rule = new GaussIntegratorFactory().legendre(200, lo, hi);
        }
        int n = rule.getNumberOfPoints();
        double[] u = new double[n], w = new double[n];
        for (int k = 0; k < n; k++) {
            double x = rule.getPoint(k);
            w[k] = rule.getWeight(k) * Math.exp(-M * rateFunction(r, x));
            u[k] = x / sqrtR;
        }
        normalise(w);
        return new SignalLaw(noise, u, w, Double.NaN, Double.NaN, g);
    }

    /** The rate function I_r(x) of the class average (docs/learning.md#eq-learning-2). */
    public static double rateFunction(double r, double x) {
        return xlogy((1 + x) / 2, (1 + x) / (1 + r)) + xlogy((1 - x) / 2, (1 - x) / (1 - r));
    }

    private static double xlogy(double a, double b) {
        return a == 0 ? 0 : a * Math.log(b);
    }

    private static void normalise(double[] w) {
        double t = 0;
        for (double v : w) t += v;
        for (int k = 0; k < w.length; k++) w[k] /= t;
    }

    /** This law multiplied by a constant k > 0 (u -> k u), used for the unsupervised normalisation. */
    /** Atoms below this weight x max(1, |u|) are dropped from {@link #signal()}. */
    static final double NEGLIGIBLE = 1e-18;

    private boolean negligible(int k) {
        return w[k] * Math.max(1, Math.abs(u[k])) < NEGLIGIBLE;
    }

    public SignalLaw scaled(double k) {
        Check.positive("scale", k);
        double[] v = u.clone();
        for (int i = 0; i < v.length; i++) v[i] *= k;
        return new SignalLaw(noise, v, w, mu * k, s * k, gauss);
    }

    public Noise noise() {
        return noise;
    }

    /**
     * This law as the field-factor law of the replica engine ({@link dev.hebbian.theory.Signal}): one Gaussian
     * component for the central-limit law (integrated exactly), atoms otherwise. Atoms whose weight times |u|
     * is below {@value #NEGLIGIBLE} are dropped: every average of the functional is a sum over atoms of w_a times
     * a quantity bounded by |u_a| (times beta-independent factors of order one), so they change it by less than
     * the rounding of a double; the binomial law of M examples keeps about 9 standard deviations of atoms
     * (M = 1000: about 230 of 1001), and each atom costs one quadrature pass.
     */
    public dev.hebbian.theory.Signal signal() {
        if (gaussian()) return dev.hebbian.theory.Signal.gaussian(mu, s);
        int n = 0;
        for (int k = 0; k < u.length; k++) if (!negligible(k)) n++;
        double[] uu = new double[n], ww = new double[n];
        double t = 0;
        for (int k = 0, j = 0; k < u.length; k++) {
            if (negligible(k)) continue;
            uu[j] = u[k];
            ww[j++] = w[k];
            t += w[k];
        }
        for (int j = 0; j < n; j++) ww[j] /= t;
        return dev.hebbian.theory.Signal.atoms(uu, ww);
    }

    private boolean gaussian() {
        return noise == Noise.CLT;
    }

    /** E u^2 (1 for the supervised normalisation). */
    public double secondMoment() {
        if (gaussian()) return mu * mu + s * s;
        double t = 0;
        for (int k = 0; k < u.length; k++) t += w[k] * u[k] * u[k];
        return t;
    }

    /** E|u|: the zero-temperature low-load y (docs/learning.md#eq-learning-7). */
    public double meanAbs() {
        if (gaussian()) return s == 0 ? Math.abs(mu) : s * SQRT_2_OVER_PI * Math.exp(-mu * mu / (2 * s * s)) + mu * Erf.erf(mu / (SQRT2 * s));
        double t = 0;
        for (int k = 0; k < u.length; k++) t += w[k] * Math.abs(u[k]);
        return t;
    }

    /** E sign(u) = Pr(u > 0) - Pr(u < 0): the zero-temperature low-load m (docs/learning.md#eq-learning-7). */
    public double signMean() {
        if (gaussian()) return s == 0 ? Math.signum(mu) : Erf.erf(mu / (SQRT2 * s));
        double t = 0;
        for (int k = 0; k < u.length; k++) t += w[k] * Math.signum(u[k]);
        return t;
    }

    /** Pr(u != 0) (below 1 for the exact law with even M: the tie atom). */
    public double nonZeroMass() {
        if (gaussian()) return 1;
        double t = 0;
        for (int k = 0; k < u.length; k++) if (u[k] != 0) t += w[k];
        return t;
    }

    /** E erf(tau u / sqrt 2): zero-temperature m with a Gaussian noise of signal-to-noise tau. */
    public double erfMean(double tau) {
        if (Double.isInfinite(tau)) return signMean();
        if (gaussian()) return Erf.erf(tau * mu / (SQRT2 * Math.sqrt(1 + tau * tau * s * s)));
        double t = 0;
        for (int k = 0; k < u.length; k++) t += w[k] * Erf.erf(tau * u[k] / SQRT2);
        return t;
    }

    /** E[u erf(tau u / sqrt 2)]: zero-temperature y with Gaussian noise (docs/learning.md#eq-learning-14, #eq-learning-19). */
    public double uErfMean(double tau) {
        if (Double.isInfinite(tau)) return meanAbs();
        if (gaussian()) return mu * erfMean(tau) + s * s * tau * SQRT_2_OVER_PI * gaussMean(tau);
        double t = 0;
        for (int k = 0; k < u.length; k++) t += w[k] * u[k] * Erf.erf(tau * u[k] / SQRT2);
        return t;
    }

    /** E exp(-tau^2 u^2 / 2) (the zero-temperature susceptibility of the P = 2 reference, docs/learning.md#eq-learning-19). */
    public double gaussMean(double tau) {
        if (gaussian()) {
            double v = 1 + tau * tau * s * s;
            return Math.exp(-tau * tau * mu * mu / (2 * v)) / Math.sqrt(v);
        }
        double t = 0;
        for (int k = 0; k < u.length; k++) t += w[k] * Math.exp(-tau * tau * u[k] * u[k] / 2);
        return t;
    }

    /** E|a u + sigma Z|, Z ~ N(0,1) independent (zero-temperature energies at high load). */
    public double absMeanWithNoise(double a, double sigma) {
        if (gaussian()) return absGauss(a * mu, Math.sqrt(a * a * s * s + sigma * sigma));
        double t = 0;
        for (int k = 0; k < u.length; k++) t += w[k] * absGauss(a * u[k], sigma);
        return t;
    }

    /** E|X| for X ~ N(mean, sd^2). */
    static double absGauss(double mean, double sd) {
        if (sd == 0) return Math.abs(mean);
        return sd * SQRT_2_OVER_PI * Math.exp(-mean * mean / (2 * sd * sd)) + mean * Erf.erf(mean / (SQRT2 * sd));
    }

    /** The Gauss-Hermite rule used for the noise integrals. */
    Gauss rule() {
        return gauss;
    }

    /**
     * Expectations over u and an independent Z ~ N(0,1) of g = a u + b Z: returns
     * {E tanh g, E tanh^2 g, E[u tanh g], E ln cosh g, E[u^2 sech^2 g]} (the last is NaN for the CLT
     * when b > 0). For the CLT, g is Gaussian and E[u tanh g] follows from Stein's lemma (docs/learning.md#eq-learning-13).
     */
    public double[] moments(double a, double b) {
        double m = 0, q = 0, ut = 0, lc = 0, us = 0;
        if (gaussian()) {
            double[] t = TanhGauss.moments(a * mu, Math.sqrt(a * a * s * s + b * b), gauss);
            m = t[0];
            q = 1 - t[1];
            lc = t[2];
            ut = mu * m + s * s * a * t[1];
            if (b == 0) us = a == 0 ? mu * mu + s * s : t[3] / (a * a);
            else us = Double.NaN;
            return new double[] {m, q, ut, lc, us};
        }
        for (int k = 0; k < u.length; k++) {
            if (w[k] < 1e-300) continue;
            double[] t = TanhGauss.moments(a * u[k], b, gauss);
            m += w[k] * t[0];
            q += w[k] * (1 - t[1]);
            ut += w[k] * u[k] * t[0];
            lc += w[k] * t[2];
            us += w[k] * u[k] * u[k] * t[1];
        }
        return new double[] {m, q, ut, lc, us};
    }
}
