package dev.hebbian.simulation.exponential;

import java.util.function.IntToDoubleFunction;

import dev.hebbian.Check;

/**
 * ln Z(sigma) = ln sum_mu exp(beta xi^mu . sigma) for all 2^N states sigma, so that
 * E_beta(sigma) = -ln Z(sigma) / beta (docs/exponential-memory.md#eq-exp-1). Because
 * exp(beta xi . sigma) = prod_i exp(beta xi_i sigma_i), Z is the pattern histogram convolved with a product
 * kernel on the hypercube, computed one coordinate at a time in O(N 2^N) operations (a butterfly with the
 * 2 x 2 kernel [[1, q], [q, 1]], q = exp(-2 beta)), whatever K is. The table stores
 * Z(sigma) exp(-beta N) = sum_mu q^{d(xi^mu, sigma)} &lt;= K, so nothing overflows; when 2 beta N &gt; 600 the
 * same butterfly runs on logarithms (log-sum-exp) so nothing underflows either. At beta = +infinity the
 * table holds the distance to the nearest pattern (E = -max_mu xi^mu . sigma).
 */
public final class EnergyTable {
    /** Relative tolerance under which two ln Z values count as equal (a tie: the spin is not flipped). */
    public static final double TIE = 1e-10;

    private final BinaryPatterns patterns;
    private final double beta;
    private final boolean logDomain;
    private final double[] v;    // Z exp(-beta N) (linear) or its logarithm (log domain); null at beta = infinity
    private final byte[] dmin;   // beta = infinity: distance to the nearest pattern

    private EnergyTable(BinaryPatterns patterns, double beta, boolean logDomain, double[] v, byte[] dmin) {
        this.patterns = patterns;
        this.beta = beta;
        this.logDomain = logDomain;
        this.v = v;
        this.dmin = dmin;
    }

    /** The table of these patterns at inverse temperature beta &gt; 0 (or +infinity). */
    public static EnergyTable of(BinaryPatterns p, double beta) {
        if (!(beta > 0)) throw new Check.InvalidParameterException("beta", beta, "> 0 or +infinity");
        int n = p.n(), size = 1 << n;
        if (Double.isInfinite(beta)) {
            byte[] d = new byte[size];
            java.util.Arrays.fill(d, (byte) (n + 1));
            for (int mu = 0; mu < p.k(); mu++) d[p.mask(mu)] = 0;
            for (int b = 0; b < n; b++) {
                int bit = 1 << b;
                for (int s = 0; s < size; s++) {
                    if ((s & bit) != 0) continue;
                    int a = d[s], c = d[s | bit];
                    d[s] = (byte) Math.min(a, c + 1);
                    d[s | bit] = (byte) Math.min(c, a + 1);
                }
            }
            return new EnergyTable(p, beta, false, null, d);
        }
        double[] v = new double[size];
        for (int mu = 0; mu < p.k(); mu++) v[p.mask(mu)] += 1;
        boolean log = 2 * beta * n > 600;
        if (!log) {
            double q = Math.exp(-2 * beta);
            for (int b = 0; b < n; b++) {
                int bit = 1 << b;
                for (int s = 0; s < size; s++) {
                    if ((s & bit) != 0) continue;
                    double a = v[s], c = v[s | bit];
                    v[s] = a + q * c;
                    v[s | bit] = c + q * a;
                }
            }
        } else {
            for (int s = 0; s < size; s++) v[s] = Math.log(v[s]); // -infinity where no pattern sits
            double lq = -2 * beta;
            for (int b = 0; b < n; b++) {
                int bit = 1 << b;
                for (int s = 0; s < size; s++) {
                    if ((s & bit) != 0) continue;
                    double a = v[s], c = v[s | bit];
                    v[s] = logAddExp(a, c + lq);
                    v[s | bit] = logAddExp(c, a + lq);
                }
            }
        }
        return new EnergyTable(p, beta, log, v, null);
    }

    static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) return b;
        if (b == Double.NEGATIVE_INFINITY) return a;
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    public BinaryPatterns patterns() {
        return patterns;
    }

    public double beta() {
        return beta;
    }

    public int n() {
        return patterns.n();
    }

    /** ln Z(sigma) = ln sum_mu exp(beta xi^mu . sigma); at beta = infinity, max_mu xi^mu . sigma (the limit of ln Z / beta). */
    public double lnZ(int sigma) {
        int n = patterns.n();
        if (dmin != null) return n - 2 * dmin[sigma];
        return (logDomain ? v[sigma] : Math.log(v[sigma])) + beta * n;
    }

    /** E_beta(sigma) = -ln Z(sigma) / beta (docs/exponential-memory.md#eq-exp-1); -max_mu xi^mu . sigma at beta = infinity. */
    public double energy(int sigma) {
        return dmin != null ? -lnZ(sigma) : -lnZ(sigma) / beta;
    }

    /**
     * The sign of E(b) - E(a), i.e. +1 if state a has the strictly lower energy, -1 if b has, 0 for a tie
     * (relative difference of Z below {@link #TIE}; exact at beta = infinity).
     */
    public int compare(int a, int b) {
        if (dmin != null) return Integer.compare(dmin[b], dmin[a]);
        if (logDomain) {
            double d = v[a] - v[b];
            return d > TIE ? 1 : d < -TIE ? -1 : 0;
        }
        double x = v[a], y = v[b];
        return x > y * (1 + TIE) ? 1 : y > x * (1 + TIE) ? -1 : 0;
    }

    /** ln Z(a) - ln Z(b) = beta (E(b) - E(a)) at finite beta. */
    public double lnRatio(int a, int b) {
        if (dmin != null) throw new IllegalStateException("beta = infinity has no finite-temperature weights");
        return logDomain ? v[a] - v[b] : Math.log(v[a] / v[b]);
    }

    /**
     * The exact average of an observable over the Gibbs measure exp(-beta E_beta(sigma)) / Z_total =
     * Z(sigma) / sum_sigma' Z(sigma') (docs/exponential-memory.md#eq-exp-9), by summing over all 2^N states.
     */
    public double gibbsAverage(IntToDoubleFunction observable) {
        if (dmin != null) throw new IllegalStateException("beta = infinity: use the ground states");
        int size = 1 << n();
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < size; s++) max = Math.max(max, lnRatio(s, 0));
        double num = 0, den = 0;
        for (int s = 0; s < size; s++) {
            double w = Math.exp(lnRatio(s, 0) - max);
            num += w * observable.applyAsDouble(s);
            den += w;
        }
        return num / den;
    }
}
