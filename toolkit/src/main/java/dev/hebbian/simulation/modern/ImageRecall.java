package dev.hebbian.simulation.modern;

import java.util.SplittableRandom;

import dev.hebbian.Check;
import dev.hebbian.simulation.Chain;
import dev.hebbian.simulation.Couplings;
import dev.hebbian.theory.modern.ModernHopfield;

/**
 * Retrieval of stored +-1 images from corrupted or masked copies (docs/modern-hopfield.md#real-data):
 * the same K stored images, the same queries, by the modern Hopfield network (attention update iterated
 * to its fixed point) and by the dense P-spin network of the toolkit (couplings
 * {@link Couplings#storage(int, byte[][])}, zero-temperature sequential dynamics on {@link Chain}).
 *
 * <p>A query is a stored image (drawn at random) with a fraction {@code level} of its pixels flipped
 * ({@link Corruption#FLIP}) or with its bottom {@code level} fraction of rows hidden
 * ({@link Corruption#MASK}). Hidden pixels are 0 for the modern network (a continuous state may say
 * "unknown") and random +-1 for the binary networks (they have no "unknown"). The output is counted
 * correct when its overlap with the stored original is the largest among the K stored images; the mean
 * overlap m of sign(output) with the original is reported as well.
 */
public final class ImageRecall {
    private ImageRecall() {}

    /** How a stored image is damaged. */
    public enum Corruption {
        /** Each pixel flipped with probability level. */
        FLIP,
        /** The bottom level fraction of the rows hidden. */
        MASK
    }

    /** One damaged query: which stored image, the binary input (hidden = random +-1) and the continuous input (hidden = 0). */
    public record Query(int target, byte[] binary, double[] continuous) {}

    /**
     * Accuracy (fraction correct) and mean overlap with their standard errors over the queries, and the
     * outputs of the first {@code keep} queries (sign of the state, +-1, for display).
     */
    public record Outcome(String network, int K, Corruption corruption, double level, int queries, double accuracy,
                          double accuracyStdErr, double overlap, double overlapStdErr, byte[][] outputs) {}

    /** {@code n} seeded queries from the stored images (rows x cols pixels each). */
    public static Query[] queries(byte[][] stored, int rows, Corruption kind, double level, int n, long seed) {
        Check.atLeast("K", stored.length, 1);
        Check.inClosed("level", level, 0, 1);
        Check.atLeast("queries", n, 1);
        int N = stored[0].length;
        if (rows < 1 || N % rows != 0) throw new Check.InvalidParameterException("rows", rows, "a divisor of N = " + N);
        int cols = N / rows;
        SplittableRandom rng = new SplittableRandom(seed);
        Query[] q = new Query[n];
        for (int k = 0; k < n; k++) {
            int mu = rng.nextInt(stored.length);
            byte[] b = stored[mu].clone();
            double[] c = new double[N];
            int firstHidden = (int) Math.round(rows * (1 - level));
            for (int i = 0; i < N; i++) {
                boolean hidden = kind == Corruption.MASK && i / cols >= firstHidden;
                if (hidden) {
                    b[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
                    c[i] = 0;
                } else {
                    if (kind == Corruption.FLIP && rng.nextDouble() < level) b[i] = (byte) -b[i];
                    c[i] = b[i];
                }
            }
            q[k] = new Query(mu, b, c);
        }
        return q;
    }

    /** The modern Hopfield network at inverse temperature beta, iterated from each query (at most 100 updates). */
    public static Outcome modern(byte[][] stored, double beta, Query[] queries, Corruption kind, double level, int keep) {
        double[][] x = new double[stored.length][];
        for (int mu = 0; mu < stored.length; mu++) {
            x[mu] = new double[stored[mu].length];
            for (int i = 0; i < x[mu].length; i++) x[mu][i] = stored[mu][i];
        }
        ModernHopfield net = ModernHopfield.of(x, beta);
        byte[][] outs = new byte[queries.length][];
        for (int k = 0; k < queries.length; k++) {
            double[] s = net.iterate(queries[k].continuous(), 1e-9, 100, true).state();
            outs[k] = sign(s);
        }
        return score("modern Hopfield (beta = " + beta + ")", stored, queries, outs, kind, level, keep);
    }

    /** The dense P-spin network at T = 0 (sequential sign updates until no spin flips, at most 50 sweeps), seeded. */
    public static Outcome dense(int P, byte[][] stored, Query[] queries, Corruption kind, double level, int keep, long seed) {
        Couplings J = Couplings.storage(P, stored);
        SplittableRandom rng = new SplittableRandom(seed);
        byte[][] outs = new byte[queries.length][];
        for (int k = 0; k < queries.length; k++) {
            Chain ch = new Chain(J, queries[k].binary());
            for (int t = 0; t < 50 && ch.sweep(Double.POSITIVE_INFINITY, rng) > 0; t++) {
                // relax
            }
            outs[k] = ch.spins().clone();
        }
        return score("dense P = " + P, stored, queries, outs, kind, level, keep);
    }

    /**
     * The binary exponential dense associative memory on the same images (Demircigil et al. 2017; the binary
     * model of docs/exponential-memory.md): energy E(sigma) = -(1/beta) ln sum_mu exp(beta xi^mu . sigma),
     * zero-temperature sequential dynamics (spins i = 0..N-1 in turn, a spin flips when the flip lowers E;
     * at most 50 sweeps, until nothing flips). beta = 1 is Demircigil's F = exp. Deterministic.
     */
    public static Outcome exponential(byte[][] stored, double beta, Query[] queries, Corruption kind, double level, int keep) {
        Check.positive("beta", beta);
        int K = stored.length, N = stored[0].length;
        byte[][] outs = new byte[queries.length][];
        double[] h = new double[K], z = new double[K];
        for (int k = 0; k < queries.length; k++) {
            byte[] s = queries[k].binary().clone();
            for (int mu = 0; mu < K; mu++) {
                double o = 0;
                for (int i = 0; i < N; i++) o += stored[mu][i] * s[i];
                h[mu] = o;
            }
            double now = lse(h, beta);
            for (int sweep = 0; sweep < 50; sweep++) {
                int flips = 0;
                for (int i = 0; i < N; i++) {
                    // lse of the overlaps after flipping spin i, against its current value
                    for (int mu = 0; mu < K; mu++) z[mu] = h[mu] - 2.0 * stored[mu][i] * s[i];
                    double after = lse(z, beta);
                    if (after > now) {
                        s[i] = (byte) -s[i];
                        System.arraycopy(z, 0, h, 0, K);
                        now = after;
                        flips++;
                    }
                }
                if (flips == 0) break;
            }
            outs[k] = s;
        }
        return score("exponential (beta = " + beta + ")", stored, queries, outs, kind, level, keep);
    }

    static double lse(double[] v, double beta) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) max = Math.max(max, x);
        double s = 0;
        for (double x : v) s += Math.exp(beta * (x - max));
        return max + Math.log(s) / beta;
    }

    /** Score outputs (any network, e.g. another package's) against the stored images. */
    public static Outcome score(String name, byte[][] stored, Query[] queries, byte[][] outputs, Corruption kind, double level, int keep) {
        int n = queries.length, N = stored[0].length;
        double acc = 0, m = 0, m2 = 0;
        for (int k = 0; k < n; k++) {
            byte[] o = outputs[k];
            int best = -1;
            double bestOv = Double.NEGATIVE_INFINITY;
            for (int mu = 0; mu < stored.length; mu++) {
                double ov = overlap(o, stored[mu]);
                if (ov > bestOv) {
                    bestOv = ov;
                    best = mu;
                }
            }
            if (best == queries[k].target()) acc++;
            double ov = overlap(o, stored[queries[k].target()]);
            m += ov;
            m2 += ov * ov;
        }
        acc /= n;
        m /= n;
        double varM = n > 1 ? Math.max(0, (m2 - n * m * m) / (n - 1)) : 0;
        byte[][] kept = new byte[Math.min(keep, n)][];
        for (int k = 0; k < kept.length; k++) kept[k] = outputs[k].clone();
        return new Outcome(name, stored.length, kind, level, n, acc, Math.sqrt(acc * (1 - acc) / n), m, Math.sqrt(varM / n), kept);
    }

    static byte[] sign(double[] s) {
        byte[] b = new byte[s.length];
        for (int i = 0; i < s.length; i++) b[i] = s[i] > 0 ? (byte) 1 : (byte) -1;
        return b;
    }

    static double overlap(byte[] a, byte[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s / a.length;
    }
}
