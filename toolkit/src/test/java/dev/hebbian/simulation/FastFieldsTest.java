package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The speed devices of {@link Chain} (cached fields, table-lookup fields for dense +-1 patterns)
 * change nothing: table fields equal the direct O(K) kernel bit for bit and the enumerated field, and
 * the sweeps run exactly the Markov chain of the plain algorithm (every field recomputed by the
 * direct kernel), spin for spin, for the same random numbers.
 */
class FastFieldsTest {
    static byte[] randomSpins(int N, SplittableRandom rng) {
        byte[] s = new byte[N];
        for (int i = 0; i < N; i++) s[i] = (byte) (rng.nextBoolean() ? 1 : -1);
        return s;
    }

    @ParameterizedTest
    @CsvSource({"2,11,21", "2,9,8", "4,9,13", "4,8,3"})
    void tableFieldsEqualTheKernelAndTheEnumeration(int P, int N, int K) {
        SplittableRandom rng = new SplittableRandom(7 * P + N);
        double[][] u = NetworkEnergyTest.patterns(K, N, "binary", rng);
        double[] w = Couplings.ones(K);
        Couplings c = Couplings.of(P, u, w, Interaction.DISTINCT_TUPLES);
        Chain chain = new Chain(c, randomSpins(N, rng));
        for (int rep = 0; rep < 4; rep++) {
            byte[] s = chain.spins();
            for (int i = 0; i < N; i++) {
                byte[] up = s.clone(), down = s.clone();
                up[i] = 1;
                down[i] = -1;
                double h = -(BruteForce.energy(P, u, w, up, true) - BruteForce.energy(P, u, w, down, true)) / 2;
                double scale = Math.max(1, Math.abs(h));
                assertThat(chain.tableField(i)).as("table field %d", i).isEqualTo(chain.kernelField(i));
                assertThat(chain.tableField(i)).as("table field %d", i).isCloseTo(h, within(1e-10 * scale));
                assertThat(chain.field(i)).isEqualTo(chain.kernelField(i));
            }
            for (int k = 0; k < 3; k++) chain.set(rng.nextInt(N), rng.nextBoolean() ? 1 : -1);
        }
    }

    @ParameterizedTest
    @CsvSource({"2,400,40,binary", "2,300,30,diluted", "4,40,300,binary", "4,30,40,real", "6,20,30,binary"})
    void sweepsRunTheSameChainAsThePlainAlgorithm(int P, int N, int K, String kind) {
        SplittableRandom data = new SplittableRandom(P * 1000 + N);
        double[][] u = NetworkEnergyTest.patterns(K, N, kind, data);
        Couplings c = Couplings.of(P, u, Couplings.ones(K), Interaction.DISTINCT_TUPLES);
        byte[] start = sign(u[0]); // retrieval start: at high beta few flips, the cached fields matter
        // low, high and infinite beta, changing between sweeps: cached probabilities must follow beta
        double[] betas = {8, 8, 8, 1.5, 1.5, 30, 30, 30, 30, Double.POSITIVE_INFINITY, 0.5, 8};
        for (String scheme : new String[] {"sequential", "parallel"}) {
            Chain fast = new Chain(c, start);
            Chain plain = new Chain(c, start);
            SplittableRandom r1 = new SplittableRandom(99), r2 = new SplittableRandom(99);
            int[] order = new int[N];
            for (int i = 0; i < N; i++) order[i] = i;
            long flips = 0;
            for (int t = 0; t < 3 * betas.length; t++) {
                double beta = betas[t % betas.length];
                if (scheme.equals("sequential")) {
                    flips += fast.sweep(beta, r1);
                    plainSweep(plain, order, beta, r2);
                } else {
                    flips += fast.parallelSweep(beta, r1);
                    plain = plainParallelSweep(plain, beta, r2);
                }
                assertThat(fast.spins()).as("%s sweep %d", scheme, t).isEqualTo(plain.spins());
            }
            assertThat(flips).as("the test exercises flips").isPositive();
            assertThat(fast.energy()).isCloseTo(c.energy(fast.spins()), within(1e-9 * Math.max(1, Math.abs(fast.energy()))));
        }
    }

    static byte[] sign(double[] x) {
        byte[] s = new byte[x.length];
        for (int i = 0; i < x.length; i++) s[i] = (byte) (x[i] >= 0 ? 1 : -1);
        return s;
    }

    /** The plain sequential heat bath (E41): same shuffle, one uniform per spin, direct field every time. */
    static void plainSweep(Chain chain, int[] order, double beta, SplittableRandom rng) {
        int N = order.length;
        for (int k = N - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
        for (int k = 0; k < N; k++) {
            int i = order[k];
            double p = probability(chain.kernelField(i), beta);
            chain.set(i, rng.nextDouble() < p ? 1 : -1);
        }
    }

    /** The plain synchronous update: all fields first, then one uniform per spin in index order, then fresh sums. */
    static Chain plainParallelSweep(Chain chain, double beta, SplittableRandom rng) {
        int N = chain.couplings().N();
        double[] h = new double[N];
        for (int i = 0; i < N; i++) h[i] = chain.kernelField(i);
        byte[] s = chain.spins();
        for (int i = 0; i < N; i++) s[i] = (byte) (rng.nextDouble() < probability(h[i], beta) ? 1 : -1);
        return new Chain(chain.couplings(), s);
    }

    static double probability(double h, double beta) {
        if (Double.isInfinite(beta)) return h > 0 ? 1 : h < 0 ? 0 : 0.5;
        double x = 2 * beta * h;
        if (x > 700) return 1;
        if (x < -700) return 0;
        return 1 / (1 + Math.exp(-x));
    }
}
