package dev.hebbian.simulation;

import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * One Markov chain (one replica) of a dense Hebbian network: the spins and the power sums of the
 * pattern overlaps, kept up to date so that a local field costs O(K) and never enumerates tuples
 * (supervised spec section 7.2 and 7.4, E42, E44). Heat-bath (Glauber) updates in random sequential
 * order (E41), zero-temperature updates, synchronous (parallel) updates, and the Plefka (frozen
 * overlap) field of section 7.3 (E43). Mutable; one chain per thread.
 */
public final class Chain {
    private final Couplings c;
    private final int N;
    private final int K;
    private final int P;
    private final byte[] sigma;
    /** odd[j][mu] = sum_i (u^mu_i sigma_i)^(2j+1); only j = 0 for ternary patterns. */
    private final double[][] odd;
    private final int[] order;
    private final double[] pw;
    private final double[] ew;
    private final double[] frozen;
    private final double pref;
    private final int kernel;
    private long flips;

    /** A chain started at {@code sigma0} (copied; entries +-1). */
    public Chain(Couplings couplings, byte[] sigma0) {
        this.c = couplings;
        this.N = couplings.N();
        this.K = couplings.K();
        this.P = couplings.P();
        couplings.checkSpins(sigma0);
        this.sigma = sigma0.clone();
        this.odd = couplings.oddSums(sigma);
        this.order = new int[N];
        for (int i = 0; i < N; i++) order[i] = i;
        this.pw = new double[P + 1];
        this.ew = new double[P + 1];
        this.frozen = new double[K];
        this.pref = couplings.interaction() == Interaction.DISTINCT_TUPLES ? couplings.distinctPrefactor()
                : 0.25 * N / Math.pow(N, P);
        this.kernel = kernelOf(couplings);
    }

    public Couplings couplings() {
        return c;
    }

    /** A copy of the current spins. */
    public byte[] spins() {
        return sigma.clone();
    }

    /** Spin i. */
    public int spin(int i) {
        return sigma[i];
    }

    /** Number of spin flips made so far. */
    public long flips() {
        return flips;
    }

    /** The energy H(sigma), from the maintained power sums (O(K P^2)). */
    public double energy() {
        return c.energyFromSums(odd);
    }

    /** The overlap (1/N) sum_i t_i sigma_i with a target vector (an archetype, an example). */
    public double overlap(byte[] target) {
        if (target.length != N) throw new IllegalArgumentException("target has " + target.length + " entries, expected N = " + N);
        long s = 0;
        for (int i = 0; i < N; i++) s += target[i] * sigma[i];
        return (double) s / N;
    }

    /** The two-replica overlap q = (1/N) sum_i sigma_i tau_i. */
    public double overlap(Chain other) {
        long s = 0;
        for (int i = 0; i < N; i++) s += sigma[i] * other.sigma[i];
        return (double) s / N;
    }

    /** The overlap of the network's own pattern mu: (1/N) sum_i u^mu_i sigma_i. */
    public double patternOverlap(int mu) {
        return odd[0][mu] / N;
    }

    /**
     * The local field h_i = -(H(sigma_i = +1) - H(sigma_i = -1)) / 2, exact for the chosen tuples,
     * in O(K) (Newton's identities on the power sums without spin i).
     */
    public double field(int i) {
        // one small method per kernel: each is JIT-compiled with its own profile (no deoptimisation
        // when a notebook runs P = 2 and P = 4 networks in the same JVM)
        return switch (kernel) {
            case KERNEL_P2_TERNARY -> fieldP2Ternary(i);
            case KERNEL_P4_PLUS_MINUS -> fieldP4PlusMinus(i);
            case KERNEL_ALL_TUPLES -> fieldAllTuples(i);
            default -> fieldGeneral(i);
        };
    }

    private static final int KERNEL_GENERAL = 0;
    private static final int KERNEL_P2_TERNARY = 1;
    private static final int KERNEL_P4_PLUS_MINUS = 2;
    private static final int KERNEL_ALL_TUPLES = 3;

    private static int kernelOf(Couplings c) {
        if (c.interaction() == Interaction.ALL_TUPLES) return KERNEL_ALL_TUPLES;
        if (c.ternary && c.unitWeights && c.P() == 2) return KERNEL_P2_TERNARY;
        if (c.ternary && c.unitWeights && c.dense && c.P() == 4) return KERNEL_P4_PLUS_MINUS;
        return KERNEL_GENERAL;
    }

    /** P = 2, entries in {-1, 0, 1}, unit weights: h = (1/N) (sum_mu u_i p1 - sigma_i sum_mu u_i^2), a dot product. */
    private double fieldP2Ternary(int i) {
        final byte[] ub = c.ub;
        final double[] p1 = odd[0];
        final int base = i * K;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        for (; mu + 3 < K; mu += 4) {
            h0 += ub[base + mu] * p1[mu];
            h1 += ub[base + mu + 1] * p1[mu + 1];
            h2 += ub[base + mu + 2] * p1[mu + 2];
            h3 += ub[base + mu + 3] * p1[mu + 3];
        }
        for (; mu < K; mu++) h0 += ub[base + mu] * p1[mu];
        return pref * (((h0 + h1) + (h2 + h3)) - sigma[i] * c.rowSquares[i]);
    }

    /** P = 4, +-1 entries, unit weights: n - u^2 = N - 1 for every mu, e_3 = s (s^2 - 3 (N - 1) + 2) / 6 (E44). */
    private double fieldP4PlusMinus(int i) {
        final byte[] ub = c.ub;
        final double[] p1 = odd[0];
        final int base = i * K;
        final double si = sigma[i];
        final double cst = 3.0 * (N - 1) - 2;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        for (; mu + 3 < K; mu += 4) {
            double u0 = ub[base + mu], u1 = ub[base + mu + 1], u2 = ub[base + mu + 2], u3 = ub[base + mu + 3];
            double s0 = p1[mu] - u0 * si, s1 = p1[mu + 1] - u1 * si, s2 = p1[mu + 2] - u2 * si, s3 = p1[mu + 3] - u3 * si;
            h0 += u0 * s0 * (s0 * s0 - cst);
            h1 += u1 * s1 * (s1 * s1 - cst);
            h2 += u2 * s2 * (s2 * s2 - cst);
            h3 += u3 * s3 * (s3 * s3 - cst);
        }
        for (; mu < K; mu++) {
            double ui = ub[base + mu], s0 = p1[mu] - ui * si;
            h0 += ui * s0 * (s0 * s0 - cst);
        }
        return pref * ((h0 + h1) + (h2 + h3)) / 6;
    }

    /** All tuples: h = (N/4) sum_mu w_mu [(s + u)^P - (s - u)^P] / N^P with s = p1 - u_i sigma_i. */
    private double fieldAllTuples(int i) {
        final double[] u = c.u;
        final double[] w = c.weight;
        final double[] p1 = odd[0];
        final int base = i * K;
        final double si = sigma[i];
        double h = 0;
        for (int mu = 0; mu < K; mu++) {
            double ui = u[base + mu], s = p1[mu] - ui * si;
            h += w[mu] * (ipow(s + ui, P) - ipow(s - ui, P));
        }
        return pref * h;
    }

    /** Any P, real entries, weights: Newton's identities on the power sums without spin i. */
    private double fieldGeneral(int i) {
        final double[] u = c.u;
        final double[] w = c.weight;
        final int base = i * K;
        final double si = sigma[i];
        double h = 0;
        for (int mu = 0; mu < K; mu++) {
            double ui = u[base + mu];
            if (ui == 0) continue;
            double x = ui * si, xk = x;
            for (int k = 1; k < P; k++) {
                if (k % 2 == 1) {
                    pw[k] = odd[c.ternary ? 0 : (k - 1) / 2][mu] - xk;
                } else {
                    pw[k] = c.evenSum[c.ternary ? 0 : k / 2 - 1][mu] - xk;
                }
                xk *= x;
            }
            h += w[mu] * ui * Couplings.elementary(P - 1, pw, ew);
        }
        return pref * h;
    }

    /** Probability that a heat-bath update sets spin i to +1: 1 / (1 + exp(-2 beta h_i)) (E41). */
    public double probabilityUp(int i, double beta) {
        Check.nonNegativeOrInfinite("beta", beta);
        return upProbability(field(i), beta);
    }

    private static double upProbability(double h, double beta) {
        if (Double.isInfinite(beta)) return h > 0 ? 1 : h < 0 ? 0 : 0.5;
        double x = 2 * beta * h;
        if (x > 700) return 1;
        if (x < -700) return 0;
        return 1 / (1 + Math.exp(-x));
    }

    /** Set spin i to s (+-1), updating the power sums. */
    public void set(int i, int s) {
        if (s != 1 && s != -1) throw new IllegalArgumentException("spin value " + s + " must be +1 or -1");
        if (sigma[i] != s) flip(i);
    }

    private void flip(int i) {
        int s = -sigma[i];
        sigma[i] = (byte) s;
        flips++;
        final double[] u = c.u;
        final int base = i * K;
        final double[] p1 = odd[0];
        final double two = 2.0 * s;
        if (c.ub != null) {
            final byte[] ub = c.ub;
            for (int mu = 0; mu < K; mu++) p1[mu] += two * ub[base + mu];
        } else {
            for (int mu = 0; mu < K; mu++) p1[mu] += two * u[base + mu];
        }
        if (!c.ternary) {
            for (int j = 1; j < odd.length; j++) {
                double[] pj = odd[j];
                int pow = 2 * j + 1;
                for (int mu = 0; mu < K; mu++) pj[mu] += two * ipow(u[base + mu], pow);
            }
        }
    }

    /**
     * One heat-bath sweep: N single-spin updates in a fresh random order (E41). With beta = infinity
     * (T = 0) each spin takes the sign of its field, ties broken at random. Returns the number of flips.
     */
    public int sweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        shuffle(rng);
        int flipped = 0;
        for (int k = 0; k < N; k++) {
            int i = order[k];
            double p = upProbability(field(i), beta);
            int s = rng.nextDouble() < p ? 1 : -1;
            if (s != sigma[i]) {
                flip(i);
                flipped++;
            }
        }
        return flipped;
    }

    /**
     * One sweep with the first-order Plefka (frozen-overlap) field of supervised spec section 7.3
     * (E43): h_i = (P/2) sum_mu w_mu u^mu_i m_mu^(P-1), with the overlaps m_mu frozen at their values at
     * the start of the sweep. An approximation: compare with {@link #sweep}. Returns the number of flips.
     */
    public int plefkaSweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        for (int mu = 0; mu < K; mu++) frozen[mu] = 0.5 * P * c.weight[mu] * ipow(odd[0][mu] / N, P - 1);
        shuffle(rng);
        int flipped = 0;
        for (int k = 0; k < N; k++) {
            int i = order[k];
            double h = frozenField(i);
            double p = upProbability(h, beta);
            int s = rng.nextDouble() < p ? 1 : -1;
            if (s != sigma[i]) {
                flip(i);
                flipped++;
            }
        }
        return flipped;
    }

    /**
     * One synchronous (parallel) heat-bath update of all spins from the fields of the current state,
     * as in the authors' code. It does not satisfy detailed balance for P > 2 (spec section 7.1): use
     * it as a descent check at T = 0. Returns the number of flips.
     */
    public int parallelSweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        double[] h = new double[N];
        for (int i = 0; i < N; i++) h[i] = field(i);
        int flipped = 0;
        for (int i = 0; i < N; i++) {
            double p = upProbability(h[i], beta);
            int s = rng.nextDouble() < p ? 1 : -1;
            if (s != sigma[i]) {
                sigma[i] = (byte) s;
                flipped++;
            }
        }
        flips += flipped;
        double[][] fresh = c.oddSums(sigma);
        for (int j = 0; j < odd.length; j++) System.arraycopy(fresh[j], 0, odd[j], 0, K);
        return flipped;
    }

    /** sum_mu u^mu_i frozen_mu, four accumulators. */
    private double frozenField(int i) {
        final int base = i * K;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        if (c.ub != null) {
            final byte[] ub = c.ub;
            for (; mu + 3 < K; mu += 4) {
                h0 += ub[base + mu] * frozen[mu];
                h1 += ub[base + mu + 1] * frozen[mu + 1];
                h2 += ub[base + mu + 2] * frozen[mu + 2];
                h3 += ub[base + mu + 3] * frozen[mu + 3];
            }
            for (; mu < K; mu++) h0 += ub[base + mu] * frozen[mu];
        } else {
            final double[] u = c.u;
            for (; mu + 3 < K; mu += 4) {
                h0 += u[base + mu] * frozen[mu];
                h1 += u[base + mu + 1] * frozen[mu + 1];
                h2 += u[base + mu + 2] * frozen[mu + 2];
                h3 += u[base + mu + 3] * frozen[mu + 3];
            }
            for (; mu < K; mu++) h0 += u[base + mu] * frozen[mu];
        }
        return (h0 + h1) + (h2 + h3);
    }

    private void shuffle(SplittableRandom rng) {
        for (int k = N - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
    }

    static double ipow(double x, int n) {
        double r = 1;
        for (int k = 0; k < n; k++) r *= x;
        return r;
    }
}
