package dev.hebbian.data;

import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * A dataset of K archetypes xi^mu (entries +-1, or 0 where diluted) and M examples per archetype
 * eta^(mu,a) = chi^(mu,a) xi^mu of quality r (docs/conventions.md#eq-conventions-6, #eq-conventions-7; multitasking in
 * docs/multitasking.md (notation), docs/conventions.md#eq-conventions-6: blanks are inherited by the examples). For real images the archetypes are class
 * archetypes and r is the empirical quality (docs/learning.md#real-data). Arrays are not copied on
 * access for speed: treat them as read-only.
 */
public final class Dataset {
    private final byte[][] xi;
    private final byte[][][] eta;
    private final double r;
    private final double d;

    private Dataset(byte[][] xi, byte[][][] eta, double r, double d) {
        this.xi = xi;
        this.eta = eta;
        this.r = r;
        this.d = d;
    }

    /**
     * Synthetic data: K archetypes of N entries, each entry blank with probability d, else +-1 with
     * equal probability; M examples per archetype whose non-blank entries agree with the archetype
     * with probability (1 + r)/2 (docs/conventions.md#eq-conventions-6). Seeded: same seed, same data.
     */
    public static Dataset synthetic(int K, int N, int M, double r, double d, long seed) {
        return synthetic(K, N, M, r, d, new SplittableRandom(seed));
    }

    /** As {@link #synthetic(int, int, int, double, double, long)} drawing from {@code rng}. */
    public static Dataset synthetic(int K, int N, int M, double r, double d, SplittableRandom rng) {
        Check.atLeast("K", K, 1);
        Check.atLeast("N", N, 1);
        Check.atLeast("M", M, 1);
        Check.inClosed("r", r, 0, 1);
        Check.inHalfOpen("d", d, 0, 1);
        byte[][] xi = archetypes(K, N, d, rng);
        return new Dataset(xi, examples(xi, M, r, rng), r, d);
    }

    /** Archetypes only (no examples): plain storage of K patterns, diluted with probability d. */
    public static Dataset archetypesOnly(int K, int N, double d, SplittableRandom rng) {
        Check.atLeast("K", K, 1);
        Check.atLeast("N", N, 1);
        Check.inHalfOpen("d", d, 0, 1);
        return new Dataset(archetypes(K, N, d, rng), null, 1.0, d);
    }

    /**
     * A dataset from given archetypes and examples (e.g. binarised images); r is the empirical quality
     * (1/(M N_mu)) sum_(a,i) eta_i xi_i averaged over classes, where N_mu counts non-blank entries.
     */
    public static Dataset of(byte[][] xi, byte[][][] eta) {
        Check.atLeast("K", xi.length, 1);
        int N = xi[0].length;
        double sum = 0;
        long count = 0;
        for (int mu = 0; mu < xi.length; mu++) {
            if (xi[mu].length != N) throw new IllegalArgumentException("archetype " + mu + " has " + xi[mu].length + " entries, expected " + N);
            if (eta == null) continue;
            for (byte[] e : eta[mu]) {
                if (e.length != N) throw new IllegalArgumentException("an example of class " + mu + " has " + e.length + " entries, expected " + N);
                for (int i = 0; i < N; i++) {
                    if (xi[mu][i] != 0) {
                        sum += e[i] * xi[mu][i];
                        count++;
                    }
                }
            }
        }
        if (eta != null && eta.length != xi.length) throw new IllegalArgumentException("eta has " + eta.length + " classes, xi has " + xi.length);
        return new Dataset(xi, eta, count == 0 ? 1.0 : sum / count, Double.NaN);
    }

    /** K archetypes with P(0) = d, P(+1) = P(-1) = (1 - d)/2 (docs/multitasking.md). */
    public static byte[][] archetypes(int K, int N, double d, SplittableRandom rng) {
        byte[][] xi = new byte[K][N];
        for (int mu = 0; mu < K; mu++) {
            for (int i = 0; i < N; i++) {
                if (d > 0 && rng.nextDouble() < d) xi[mu][i] = 0;
                else xi[mu][i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
            }
        }
        return xi;
    }

    /** M examples per archetype, each entry kept with probability (1 + r)/2, else flipped (docs/conventions.md#eq-conventions-6). */
    public static byte[][][] examples(byte[][] xi, int M, double r, SplittableRandom rng) {
        double pKeep = (1 + r) / 2;
        byte[][][] eta = new byte[xi.length][M][];
        for (int mu = 0; mu < xi.length; mu++) {
            for (int a = 0; a < M; a++) {
                byte[] e = new byte[xi[mu].length];
                for (int i = 0; i < e.length; i++) {
                    boolean keep = rng.nextDouble() < pKeep;
                    e[i] = (byte) (keep ? xi[mu][i] : -xi[mu][i]);
                }
                eta[mu][a] = e;
            }
        }
        return eta;
    }

    public int K() {
        return xi.length;
    }

    public int N() {
        return xi[0].length;
    }

    /** Examples per class (0 when the dataset has archetypes only). */
    public int M() {
        return eta == null ? 0 : eta[0].length;
    }

    /** Example quality r (the nominal value for synthetic data, the empirical one for given data). */
    public double r() {
        return r;
    }

    /** Dilution d (NaN for given data). */
    public double d() {
        return d;
    }

    /** Dataset entropy rho = (1 - r^2)/(M r^2) (docs/conventions.md#eq-conventions-7). */
    public double rho() {
        int M = Math.max(1, M());
        return (1 - r * r) / (M * r * r);
    }

    /** R = r^2 + (1 - r^2)/M = E[chi-hat^2] (docs/conventions.md#eq-conventions-6). */
    public double R() {
        int M = Math.max(1, M());
        return r * r + (1 - r * r) / M;
    }

    /** Archetype mu (read-only view). */
    public byte[] archetype(int mu) {
        return xi[mu];
    }

    /** All archetypes (read-only view). */
    public byte[][] archetypes() {
        return xi;
    }

    /** Example a of class mu (read-only view). */
    public byte[] example(int mu, int a) {
        if (eta == null) throw new IllegalStateException("this dataset has no examples");
        return eta[mu][a];
    }

    /** True when the dataset has examples. */
    public boolean hasExamples() {
        return eta != null;
    }

    /** The class average eta-bar^mu_i = (1/M) sum_a eta^(mu,a)_i (docs/conventions.md#eq-conventions-6). */
    public double[] classAverage(int mu) {
        if (eta == null) throw new IllegalStateException("this dataset has no examples");
        int N = N();
        double[] avg = new double[N];
        for (byte[] e : eta[mu]) for (int i = 0; i < N; i++) avg[i] += e[i];
        for (int i = 0; i < N; i++) avg[i] /= eta[mu].length;
        return avg;
    }
}
