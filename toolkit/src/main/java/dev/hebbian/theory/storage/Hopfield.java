package dev.hebbian.theory.storage;

import org.hipparchus.special.Erf;

import dev.hebbian.Check;
import dev.hebbian.numerics.FixedPoint;
import dev.hebbian.numerics.Gauss;
import dev.hebbian.numerics.LogMath;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.Solution;

/**
 * The pairwise Hopfield model (P = 2) at RS in the Amit-Gutfreund-Sompolinsky form (see
 * arXiv:2111.12997; docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19, #eq-storage-21, #reference-values; docs/conventions.md): m = E tanh g, q = E tanh^2 g, g =
 * beta (m + z sqrt(alpha r)), r = q / (1 - beta (1 - q))^2. Pressures are reported in the AGS
 * convention A_AGS = A_Guerra - alpha beta / 2 (diagonal term removed).
 */
public final class Hopfield {
    private static final double LN2 = Math.log(2);
    private final double alpha;

    private Hopfield(double alpha) {
        this.alpha = alpha;
    }

    /** The P = 2 Hopfield network at load alpha = K/N. */
    public static Hopfield of(double alpha) {
        Check.nonNegative("alpha", alpha);
        return new Hopfield(alpha);
    }

    public double alpha() {
        return alpha;
    }

    /** The model at inverse temperature beta (+infinity: T = 0) as a {@link dev.hebbian.theory.PointSolver} (RS). */
    public dev.hebbian.theory.PointSolver solver(double beta) {
        return solver(beta, false);
    }

    private dev.hebbian.theory.PointSolver solver(double beta, boolean lenient) {
        Check.nonNegativeOrInfinite("beta", beta);
        return new AgsPointSolver(alpha, beta) {
            @Override
            public Solution solve(Branch seed) {
                return rs(beta, seed, lenient);
            }

            @Override
            public dev.hebbian.theory.PointSolver lenient() {
                return solver(beta, true);
            }

            @Override
            public double pressureAt(double m, double q1, double q2, double theta) {
                return Double.isInfinite(beta) ? Double.NaN : pressure(beta, m, q2, Gauss.order(128));
            }

            @Override
            public double atQuantity(Solution rs) {
                return Double.isInfinite(beta) ? Double.NaN : Hopfield.this.atQuantity(beta, rs.m(), rs.q(), Gauss.order(128));
            }
        };
    }

    /**
     * The replicon (AT) quantity of the RS solution (m, q) at inverse temperature beta (AGS):
     * lambda = alpha beta^2 E sech^4(beta (m + z sqrt(alpha r))) / (1 - beta (1 - q))^2, r = q/(1 - beta(1 - q))^2;
     * RS is unstable where lambda &gt; 1. At m = q = 0 it is alpha beta^2/(1 - beta)^2 = 1 on T_g = 1 + sqrt(alpha).
     */
    public double atQuantity(double beta, double m, double q, Gauss g) {
        double d = 1 - beta * (1 - q);
        double s = alpha == 0 ? 0 : beta * Math.sqrt(alpha * q) / Math.abs(d); // alpha = 0: no noise, even at D = 0
        g = adapted(g, beta * m, s);
        double e = 0;
        for (int k = 0; k < g.size(); k++) {
            double c = LogMath.sech2(beta * m + s * g.node(k));
            e += g.weight(k) * c * c;
        }
        return alpha == 0 ? 0 : alpha * beta * beta * e / (d * d);
    }

    /** Guerra's RS pressure A_H(m, q) of docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19 (diagonal term included). */
    public double guerraPressure(double beta, double m, double q, Gauss g) {
        if (alpha == 0) { // Curie-Weiss: the noise terms vanish (and D may be negative)
            return LN2 + LogMath.logCosh(beta * m) - beta * m * m / 2;
        }
        double d = 1 - beta * (1 - q), p = beta * q / (d * d);
        double s = Math.sqrt(alpha * beta * p);
        g = adapted(g, beta * m, s);
        double e = 0;
        for (int k = 0; k < g.size(); k++) e += g.weight(k) * LogMath.logCosh(beta * m + s * g.node(k));
        return LN2 + e - beta * m * m / 2 - alpha / 2 * Math.log(d) + alpha * beta * q / (2 * d)
                - alpha * beta / 2 * p * (1 - q);
    }

    /**
     * The rule for E f(h + s z) with f kinked at 0 on a scale 1 (tanh, ln cosh, sech^4): Gauss-Hermite
     * {@code g} while s is moderate, the kink-adapted composite rule at low temperature (docs/numerics.md#quadrature).
     */
    static Gauss adapted(Gauss g, double h, double s) {
        return s > 1 ? Gauss.kinked(-h / s, 1 / s, g.refinedKinks()) : g;
    }

    /** The AGS pressure A_AGS = A_Guerra - alpha beta/2. */
    public double pressure(double beta, double m, double q, Gauss g) {
        return guerraPressure(beta, m, q, g) - alpha * beta / 2;
    }

    /** The RS map (m, q) -&gt; (E tanh g, E tanh^2 g). */
    public double[] map(double beta, double m, double q, Gauss g) {
        double d = 1 - beta * (1 - q);
        double s = alpha == 0 ? 0 : beta * Math.sqrt(alpha * q) / Math.abs(d); // alpha = 0: no noise, even at D = 0
        g = adapted(g, beta * m, s);
        double em = 0, eq = 0;
        for (int k = 0; k < g.size(); k++) {
            double t = Math.tanh(beta * m + s * g.node(k));
            em += g.weight(k) * t;
            eq += g.weight(k) * t * t;
        }
        return new double[] {em, eq};
    }

    /** The SK RS functional at coupling b1 and field beta m (the "hard" part of docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19). */
    public static double skPart(double beta, double m, double q, double b1, Gauss g) {
        g = adapted(g, beta * m, b1 * Math.sqrt(q));
        double e = 0;
        for (int k = 0; k < g.size(); k++) e += g.weight(k) * LogMath.logCosh(beta * m + b1 * Math.sqrt(q) * g.node(k));
        return LN2 + e + b1 * b1 / 4 * (1 - q) * (1 - q);
    }

    /** The soft (Gaussian-spin) part of docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19: -ln D/2 + beta q/(2D) - beta^2 (1 - q^2)/(4 D^2). */
    public static double softPart(double beta, double q) {
        double d = 1 - beta * (1 - q);
        return -0.5 * Math.log(d) + beta * q / (2 * d) - beta * beta * (1 - q * q) / (4 * d * d);
    }

    /**
     * Whether the paramagnet m = q = 0 is an AGS stationary point at inverse temperature beta: its
     * D = 1 - beta (1 - q) = 1 - beta must be positive (ln D in the pressure), i.e. T &gt; 1, when alpha &gt; 0;
     * at alpha = 0 (Curie-Weiss, no D) at every T &gt; 0.
     */
    public boolean hasParamagnet(double beta) {
        return paramagnetExists(alpha, beta);
    }

    static boolean paramagnetExists(double alpha, double beta) {
        return !Double.isInfinite(beta) && (alpha == 0 || beta < 1);
    }

    /**
     * The RS stationary point from a branch seed at inverse temperature beta (finite) or T = 0; the
     * paramagnet seed throws {@link Check.InvalidParameterException} where it does not exist ({@link #hasParamagnet}).
     */
    public Solution rs(double beta, Branch seed) {
        return rs(beta, seed, false);
    }

    private Solution rs(double beta, Branch seed, boolean lenient) {
        Check.nonNegativeOrInfinite("beta", beta);
        if (Double.isInfinite(beta)) return rsZero(seed);
        if (seed == Branch.PARAMAGNET && !hasParamagnet(beta))
            throw new Check.InvalidParameterException("branch", "para", "retrieval or sg at T = " + 1 / beta + ", alpha = "
                    + alpha + ": the AGS paramagnet (m = q = 0) exists only for T > 1 when alpha > 0 (its D = 1 - 1/T must be > 0)");
        Gauss g = Gauss.order(128);
        // the AGS functional needs D = 1 - beta (1 - q) > 0: below T = 1 the iterations stay at q > 1 - T
        double qLo = alpha > 0 && beta > 1 ? 1 - 1 / beta + 1e-9 : 0;
        FixedPoint.Result r;
        double m, q;
        if (seed == Branch.PARAMAGNET) {
            m = 0;
            q = 0;
            r = new FixedPoint.Result(new double[] {0, 0}, 0, 0, true, 1e-12, "exact");
        } else if (seed == Branch.SPIN_GLASS && alpha == 0) { // Curie-Weiss: no spin glass, m = 0 gives q = 0
            m = 0;
            q = 0;
            r = new FixedPoint.Result(new double[] {0}, 0, 0, true, 1e-12, "exact");
        } else if (seed == Branch.SPIN_GLASS) {
            r = FixedPoint.of(x -> new double[] {map(beta, 0, x[0], g)[1]}).bounds(new double[] {qLo}, new double[] {1})
                    .newtonAfter(50).allowUnconverged(true).named("AGS spin glass").solve(1.0);
            m = 0;
            q = r.x(0);
        } else {
            r = FixedPoint.of(x -> map(beta, x[0], x[1], g)).bounds(new double[] {0, qLo}, new double[] {1, 1})
                    .newtonAfter(50).allowUnconverged(true).named("AGS retrieval").solve(1.0, 1.0);
            m = r.x(0);
            q = r.x(1);
        }
        double a = pressure(beta, m, q, g);
        double a2 = pressure(beta, m, q, Gauss.order(256).withRefinedKinks());
        double h = 1e-5 * Math.max(1, beta);
        // keep beta +- h inside D > 0 (next to T = 1 the paramagnet's D = 1 - beta is small)
        if (alpha > 0 && q < 1) h = Math.min(h, 1e-4 * (1 - beta * (1 - q)) / (1 - q));
        double u = -(pressure(beta + h, m, q, g) - pressure(beta - h, m, q, g)) / (2 * h);
        double[] fx = map(beta, m, q, g);
        double res = Math.max(Math.abs(fx[0] - m), Math.abs(fx[1] - q));
        if (!r.converged() && !lenient) throw new dev.hebbian.numerics.NotConvergedException("AGS " + seed.label(), r);
        return Solution.of(Ansatz.RS, Branch.classify(m, q), beta, m, q, q, 1, a, -a / beta, u, r.converged(),
                r.iterations(), res, Math.abs(a2 - a));
    }

    /**
     * The AGS T = 0 retrieval equation y (sqrt(2 alpha) + (2/sqrt(pi)) e^{-y^2}) = erf(y), m = erf(y)
     * (docs/storage.md#eq-storage-21, #reference-values); the retrieval root is the largest y.
     */
    private Solution rsZero(Branch seed) {
        if (seed == Branch.PARAMAGNET)
            throw new Check.InvalidParameterException("branch", "para", "retrieval or sg at T = 0");
        double m = 0, y = 0;
        int its = 0;
        if (seed == Branch.RETRIEVAL && alpha == 0) {
            m = 1;
            y = Double.POSITIVE_INFINITY;
        } else if (seed == Branch.RETRIEVAL) {
            // largest root of F(y) = erf(y) - y (sqrt(2a) + 2/sqrt(pi) e^{-y^2}) by scanning down from a y0 with
            // F(y0) < 0 (the root is near 1/sqrt(2 alpha) at small alpha, beyond y = 10 for alpha < 0.005)
            double y0 = Math.max(10, 2 / Math.sqrt(2 * alpha));
            double prev = y0, fPrev = agsF(y0);
            for (double yy = y0 - 0.1; yy > 1e-3; yy -= 0.01) {
                double fy = agsF(yy);
                its++;
                if (fPrev < 0 && fy >= 0 || fPrev >= 0 && fy < 0) {
                    double lo = yy, hi = prev;
                    for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
                        double mid = 0.5 * (lo + hi);
                        if ((agsF(mid) >= 0) == (agsF(lo) >= 0)) lo = mid;
                        else hi = mid;
                        its++;
                    }
                    y = 0.5 * (lo + hi);
                    break;
                }
                prev = yy;
                fPrev = fy;
            }
            m = Erf.erf(y);
        }
        double res = seed == Branch.RETRIEVAL && y > 0 && alpha > 0 ? Math.abs(agsF(y)) : 0;
        double eps = groundStateEnergy(m, y);
        return Solution.of(Ansatz.RS, Branch.classify(m, 1), Double.POSITIVE_INFINITY, m, 1, 1, 1, Double.NaN, eps, eps,
                true, its, res, 0);
    }

    private double agsF(double y) {
        return Erf.erf(y) - y * (Math.sqrt(2 * alpha) + 2 / Math.sqrt(Math.PI) * Math.exp(-y * y));
    }

    /**
     * AGS ground-state energy per neuron, the beta -&gt; infinity limit of -A_AGS/beta with C = beta (1 - q):
     * -[E|m + s z| - m^2/2 + alpha (1 - 2C)/(2 (1 - C)^2) - alpha/2], s = sqrt(alpha)/(1 - C),
     * C = k/(1 + k), k = sqrt(2/pi) e^{-y^2}/sqrt(alpha).
     */
    private double groundStateEnergy(double m, double y) {
        if (alpha == 0) return -(Math.abs(m) - m * m / 2);
        double k = Math.sqrt(2 / Math.PI) * Math.exp(-y * y) / Math.sqrt(alpha);
        double c = k / (1 + k);
        double s = Math.sqrt(alpha) / (1 - c);
        double absMean = m * Erf.erf(m / (s * Math.sqrt(2))) + s * Math.sqrt(2 / Math.PI) * Math.exp(-m * m / (2 * s * s));
        return -(absMean - m * m / 2 + alpha * (1 - 2 * c) / (2 * (1 - c) * (1 - c)) - alpha / 2);
    }

    /** RS maximal capacity at T = 0: alpha_c = max_y [erf(y)/y - (2/sqrt pi) e^{-y^2}]^2 / 2 (AGS fold). */
    public static double[] capacity() {
        // golden-section maximisation over y in [0.5, 3]
        double a = 0.5, b = 3, gr = (Math.sqrt(5) - 1) / 2;
        double c = b - gr * (b - a), d = a + gr * (b - a);
        while (b - a > 1e-13) {
            if (alphaOfY(c) > alphaOfY(d)) b = d;
            else a = c;
            c = b - gr * (b - a);
            d = a + gr * (b - a);
        }
        double y = 0.5 * (a + b);
        return new double[] {alphaOfY(y), Erf.erf(y), y};
    }

    static double alphaOfY(double y) {
        double v = Erf.erf(y) / y - 2 / Math.sqrt(Math.PI) * Math.exp(-y * y);
        return v > 0 ? v * v / 2 : 0;
    }
}
