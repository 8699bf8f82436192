package dev.hebbian.simulation;

import java.util.Arrays;

import dev.hebbian.Check;

/**
 * The couplings of a dense P-spin Hebbian network, stored as its K pattern vectors u^mu (never as a
 * tensor): H(sigma) = -(P! / (2 N^(P-1))) sum_mu w_mu e_P(u^mu_1 sigma_1, ..., u^mu_N sigma_N) for
 * distinct tuples, or -(N/2) sum_mu w_mu m_mu^P with m_mu = (1/N) sum_i u^mu_i sigma_i for all tuples
 * (docs/conventions.md, finite-N model; docs/conventions.md#eq-conventions-8, docs/learning.md#eq-learning-5, docs/conventions.md#eq-conventions-1, docs/learning.md#eq-learning-23). Plain storage has u = xi (w = 1);
 * supervised learning the class averages over sqrt(R); unsupervised learning every example over its
 * normalisation with w = 1/M; multitasking networks diluted archetypes with entries in {-1, 0, +1}.
 * Immutable and shared by all chains that run on it.
 */
public final class Couplings {
    private final int P;
    private final int N;
    private final int K;
    private final Interaction interaction;
    /** u^mu_i at [i * K + mu]: the K entries a spin update reads are contiguous. */
    final double[] u;
    final double[] weight;
    /** evenSum[j][mu] = sum_i (u^mu_i)^(2j+2), j = 0 .. P/2 - 1 (independent of sigma). */
    final double[][] evenSum;
    /** True when every entry is in {-1, 0, +1}: then every odd power sum equals p_1. */
    final boolean ternary;
    final boolean unitWeights;
    /** rowSquares[i] = sum_mu (u^mu_i)^2. */
    final double[] rowSquares;
    /** The same entries as bytes when ternary (8x less memory traffic in the hot loops), else null. */
    final byte[] ub;
    /** True when every entry is +-1 (no zeros): then sum_i (u^mu_i)^2 = N for every mu. */
    final boolean dense;
    /** Bytes per spin in {@link #bits}: ceil(K / 8). */
    final int blocks;
    /**
     * When dense: bit k of bits[i * blocks + b] is set iff u^(8b+k)_i = +1 (the signs of spin i's K
     * entries, 8 per byte, for the table-lookup fields of {@link Chain}); else null.
     */
    final byte[] bits;
    /** Longs per spin in {@link #words}: ceil(K / 64). */
    final int wordsPerSpin;
    /**
     * When dense: the same signs 64 per long (bit mu & 63 of words[i * wordsPerSpin + mu / 64]), so
     * that sum_mu u^mu_i u^mu_j = K - 2 popcount(words_i XOR words_j); else null.
     */
    final long[] words;

    private Couplings(int P, int N, int K, Interaction interaction, double[] u, double[] weight) {
        this.P = P;
        this.N = N;
        this.K = K;
        this.interaction = interaction;
        this.u = u;
        this.weight = weight;
        boolean tern = true;
        for (double v : u) {
            if (v != 0 && v != 1 && v != -1) {
                tern = false;
                break;
            }
        }
        this.ternary = tern;
        boolean unit = true;
        for (double w : weight) unit &= w == 1.0;
        this.unitWeights = unit;
        boolean full = tern;
        if (tern) {
            for (double v : u) {
                if (v == 0) {
                    full = false;
                    break;
                }
            }
        }
        this.dense = full;
        this.blocks = (K + 7) / 8;
        this.wordsPerSpin = (K + 63) / 64;
        if (full) {
            bits = new byte[N * blocks];
            for (int i = 0; i < N; i++) {
                for (int mu = 0; mu < K; mu++) {
                    if (u[i * K + mu] > 0) bits[i * blocks + (mu >>> 3)] |= (byte) (1 << (mu & 7));
                }
            }
            words = new long[N * wordsPerSpin];
            for (int i = 0; i < N; i++) {
                for (int mu = 0; mu < K; mu++) {
                    if (u[i * K + mu] > 0) words[i * wordsPerSpin + (mu >>> 6)] |= 1L << (mu & 63);
                }
            }
        } else {
            bits = null;
            words = null;
        }
        if (tern) {
            ub = new byte[u.length];
            for (int k = 0; k < u.length; k++) ub[k] = (byte) u[k];
        } else {
            ub = null;
        }
        rowSquares = new double[N];
        for (int i = 0; i < N; i++) for (int mu = 0; mu < K; mu++) rowSquares[i] += u[i * K + mu] * u[i * K + mu];
        evenSum = new double[P / 2][K];
        for (int i = 0; i < N; i++) {
            for (int mu = 0; mu < K; mu++) {
                double x2 = u[i * K + mu] * u[i * K + mu], pw = x2;
                for (int j = 0; j < P / 2; j++) {
                    evenSum[j][mu] += pw;
                    pw *= x2;
                }
            }
        }
    }

    /**
     * Couplings from K pattern rows {@code patterns[mu][i]} (N columns) with weights w_mu.
     * The arrays are copied.
     */
    public static Couplings of(int P, double[][] patterns, double[] weights, Interaction interaction) {
        Check.evenAtLeast("P", P, 2);
        Check.atLeast("K", patterns.length, 1);
        if (weights.length != patterns.length) {
            throw new IllegalArgumentException("weights has " + weights.length + " entries but there are "
                    + patterns.length + " patterns");
        }
        int N = patterns[0].length;
        Check.atLeast("N", N, 1);
        int K = patterns.length;
        if ((long) N * K > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("N * K = " + (long) N * K + " pattern entries do not fit in one array");
        }
        double[] u = new double[N * K];
        for (int mu = 0; mu < K; mu++) {
            if (patterns[mu].length != N) {
                throw new IllegalArgumentException("pattern " + mu + " has " + patterns[mu].length
                        + " entries, expected N = " + N);
            }
            Check.finite("w", weights[mu]);
            for (int i = 0; i < N; i++) u[i * K + mu] = Check.finite("u", patterns[mu][i]);
        }
        return new Couplings(P, N, K, interaction == null ? Interaction.DISTINCT_TUPLES : interaction, u,
                weights.clone());
    }

    /** Plain storage of +-1 (or diluted 0, +-1) patterns, unit weights, distinct tuples (canonical). */
    public static Couplings storage(int P, byte[][] xi) {
        return of(P, toDouble(xi, 1.0), ones(xi.length), Interaction.DISTINCT_TUPLES);
    }

    /**
     * Plain storage of a dataset's archetypes (u = xi, w = 1); with diluted archetypes this is the
     * stored multitasking network H^(0) of docs/multitasking.md#eq-multitasking-1 (for P = 2).
     */
    public static Couplings storage(int P, dev.hebbian.data.Dataset data) {
        return storage(P, data.archetypes());
    }

    /**
     * Supervised couplings: pattern mu is the class average (1/M) sum_a eta^(mu,a) divided by sqrt(R),
     * R = r^2 + (1 - r^2)/M (docs/conventions.md#eq-conventions-8, docs/learning.md#eq-learning-5, docs/conventions.md#eq-conventions-1, #eq-conventions-6; docs/multitasking.md#eq-multitasking-1 (S)).
     */
    public static Couplings supervised(int P, dev.hebbian.data.Dataset data) {
        if (!data.hasExamples()) throw new IllegalArgumentException("supervised couplings need examples (M >= 1)");
        double norm = Math.sqrt(data.R());
        if (!(norm > 0)) throw new Check.InvalidParameterException("r", data.r(), "> 0 with M examples so that R > 0");
        double[][] pat = new double[data.K()][];
        for (int mu = 0; mu < data.K(); mu++) {
            pat[mu] = data.classAverage(mu);
            for (int i = 0; i < pat[mu].length; i++) pat[mu][i] /= norm;
        }
        return of(P, pat, ones(data.K()), Interaction.DISTINCT_TUPLES);
    }

    /**
     * Unsupervised couplings: every example eta^(mu,a) is a pattern of its own, divided by
     * N_U = sqrt(R), with weight 1/M (docs/learning.md#eq-learning-23, default normalisation).
     */
    public static Couplings unsupervised(int P, dev.hebbian.data.Dataset data) {
        if (!data.hasExamples()) throw new IllegalArgumentException("unsupervised couplings need examples (M >= 1)");
        double norm = Math.sqrt(data.R());
        if (!(norm > 0)) throw new Check.InvalidParameterException("r", data.r(), "> 0 with M examples so that R > 0");
        int K = data.K(), M = data.M();
        double[][] pat = new double[K * M][];
        double[] w = new double[K * M];
        for (int mu = 0; mu < K; mu++) {
            for (int a = 0; a < M; a++) {
                byte[] e = data.example(mu, a);
                double[] row = new double[e.length];
                for (int i = 0; i < e.length; i++) row[i] = e[i] / norm;
                pat[mu * M + a] = row;
                w[mu * M + a] = 1.0 / M;
            }
        }
        return of(P, pat, w, Interaction.DISTINCT_TUPLES);
    }

    /** The same couplings with another choice of tuples. */
    public Couplings withInteraction(Interaction other) {
        if (other == interaction) return this;
        return new Couplings(P, N, K, other, u, weight);
    }

    public int P() {
        return P;
    }

    public int N() {
        return N;
    }

    public int K() {
        return K;
    }

    public Interaction interaction() {
        return interaction;
    }

    /** Entry u^mu_i. */
    public double pattern(int mu, int i) {
        return u[i * K + mu];
    }

    /** Weight w_mu. */
    public double weight(int mu) {
        return weight[mu];
    }

    /** True when all entries are in {-1, 0, +1}. */
    public boolean ternary() {
        return ternary;
    }

    /** The energy H(sigma) of a configuration, from power sums and Newton's identities, O(N K). */
    public double energy(byte[] sigma) {
        checkSpins(sigma);
        double[][] odd = oddSums(sigma);
        return energyFromSums(odd);
    }

    /** Power sums p_(2j+1)[mu] = sum_i (u^mu_i sigma_i)^(2j+1) for j = 0 .. P/2 - 1 (only j = 0 if ternary). */
    double[][] oddSums(byte[] sigma) {
        int levels = ternary ? 1 : P / 2;
        double[][] odd = new double[levels][K];
        if (ternary) {
            double[] p1 = odd[0];
            for (int i = 0; i < N; i++) {
                int s = sigma[i], base = i * K;
                for (int mu = 0; mu < K; mu++) p1[mu] += ub[base + mu] * s;
            }
            return odd;
        }
        for (int i = 0; i < N; i++) {
            int s = sigma[i];
            int base = i * K;
            for (int mu = 0; mu < K; mu++) {
                double x = u[base + mu] * s, x2 = x * x, pw = x;
                for (int j = 0; j < levels; j++) {
                    odd[j][mu] += pw;
                    pw *= x2;
                }
            }
        }
        return odd;
    }

    double energyFromSums(double[][] odd) {
        double[] p = new double[P + 1];
        double[] e = new double[P + 1];
        double h = 0;
        for (int mu = 0; mu < K; mu++) {
            if (interaction == Interaction.ALL_TUPLES) {
                h += weight[mu] * Math.pow(odd[0][mu] / N, P);
                continue;
            }
            for (int k = 1; k <= P; k++) {
                p[k] = (k % 2 == 1) ? odd[ternary ? 0 : (k - 1) / 2][mu] : evenSum[ternary ? 0 : k / 2 - 1][mu];
            }
            h += weight[mu] * elementary(P, p, e);
        }
        if (interaction == Interaction.ALL_TUPLES) return -0.5 * N * h;
        return -distinctPrefactor() * h;
    }

    /** P! / (2 N^(P-1)): the factor in front of sum_mu w_mu e_P in the distinct-tuple energy. */
    double distinctPrefactor() {
        return CanonicalLoad.factorial(P) / (2 * Math.pow(N, P - 1));
    }

    /**
     * e_k from power sums p[1..k] by Newton's identities k e_k = sum_j (-1)^(j-1) e_(k-j) p_j;
     * {@code e} is workspace of length >= k + 1.
     */
    static double elementary(int k, double[] p, double[] e) {
        e[0] = 1;
        for (int n = 1; n <= k; n++) {
            double s = 0;
            for (int j = 1; j <= n; j++) {
                double t = e[n - j] * p[j];
                s += (j % 2 == 1) ? t : -t;
            }
            e[n] = s / n;
        }
        return e[k];
    }

    void checkSpins(byte[] sigma) {
        if (sigma.length != N) throw new IllegalArgumentException("sigma has " + sigma.length + " spins, expected N = " + N);
        for (int i = 0; i < N; i++) {
            if (sigma[i] != 1 && sigma[i] != -1) {
                throw new IllegalArgumentException("sigma[" + i + "] = " + sigma[i] + ": spins must be +1 or -1");
            }
        }
    }

    static double[][] toDouble(byte[][] a, double scale) {
        double[][] d = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            d[k] = new double[a[k].length];
            for (int i = 0; i < a[k].length; i++) d[k][i] = a[k][i] * scale;
        }
        return d;
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }
}
