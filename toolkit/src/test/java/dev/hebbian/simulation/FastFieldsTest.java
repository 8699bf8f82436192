package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The speed devices of {@link Chain} (cached fields and decisions, table-lookup fields for P = 4 and
 * bit-sliced fields for P = 2 with dense +-1 patterns, stale-field bounds) change nothing: fast fields equal the direct O(K) kernel bit for bit and the enumerated field, and
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
    @CsvSource({"2,11,21", "2,9,8", "2,10,70", "2,12,130", "4,9,13", "4,8,3"})
    void fastFieldsEqualTheKernelAndTheEnumeration(int P, int N, int K) {
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
                assertThat(chain.fastField(i)).as("fast field %d", i).isEqualTo(chain.kernelField(i));
                assertThat(chain.fastField(i)).as("fast field %d", i).isCloseTo(h, within(1e-10 * scale));
                assertThat(chain.field(i)).isEqualTo(chain.kernelField(i));
            }
            for (int k = 0; k < 3; k++) chain.set(rng.nextInt(N), rng.nextBoolean() ? 1 : -1);
            for (int mu = 0; mu < K; mu++) {
                double m = 0;
                for (int i = 0; i < N; i++) m += u[mu][i] * chain.spin(i);
                assertThat(chain.patternOverlap(mu)).isEqualTo(m / N); // the sums read back exactly
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"2,400,40,binary", "2,300,130,binary", "2,300,30,diluted", "4,40,300,binary", "4,30,40,real", "6,20,30,binary"})
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

    @org.junit.jupiter.api.Test
    void stayThresholdNeverContradictsTheExactRule() {
        // the exact rule flips iff (m ^ mask) < width; a certain stay (xp >= stayThreshold(y)) must imply
        // xp >= width, for both signs of an aligned spin, over a fine grid of alignments y = 2 beta |h|
        SplittableRandom rng = new SplittableRandom(5);
        for (int n = 0; n < 200_000; n++) {
            double y = n < 100_000 ? 2 + n * 6e-4 : 2 + rng.nextDouble() * 800;
            double beta = 0.01 + rng.nextDouble() * 50;
            double h = y / (2 * beta);
            long stay = Chain.stayThreshold(y);
            long tUp = (long) Math.ceil(Chain.upProbability(h, beta) * 0x1p53); // sigma = +1, h > 0
            long tDown = (long) Math.ceil(Chain.upProbability(-h, beta) * 0x1p53); // sigma = -1, h < 0
            assertThat(stay).as("y = %s, beta = %s", y, beta).isGreaterThanOrEqualTo((1L << 53) - tUp);
            assertThat(stay).as("y = %s, beta = %s", y, beta).isGreaterThanOrEqualTo(tDown);
        }
        assertThat(Chain.stayThreshold(1.9)).isEqualTo(Long.MAX_VALUE);
        assertThat(Chain.stayThreshold(Double.NaN)).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @CsvSource({"100,10,1,1", "150,30,3,2", "90,9,1,3", "300,20,2,4"})
    void fieldBoundsKeepTheChainExactWhenFieldsMoveMost(int N, int K, int rows, long seed) {
        SplittableRandom data = new SplittableRandom(seed);
        Couplings c = Couplings.of(2, clustered(K, N, rows, data), Couplings.ones(K), Interaction.DISTINCT_TUPLES);
        byte[] start = randomSpins(N, data);
        Chain fast = new Chain(c, start);
        Chain plain = new Chain(c, start);
        SplittableRandom r1 = new SplittableRandom(seed), r2 = new SplittableRandom(seed);
        int[] order = new int[N];
        for (int i = 0; i < N; i++) order[i] = i;
        // aligned spins have y = 2 beta h of about 6: their signs are kept from bounds on stale fields
        double beta = 0.3 * rows;
        for (int t = 0; t < 200; t++) {
            if (t % 10 == 9) {
                // reverse a third of the spins by hand: every cached field of the cluster moves by up to
                // N/3 times the most one flip can move it (2K/N), so stale bounds must give way
                for (int k = 0; k < N / 3; k++) {
                    int i = data.nextInt(N);
                    fast.set(i, -fast.spin(i));
                    plain.set(i, -plain.spin(i));
                }
            }
            fast.sweep(beta, r1);
            plainSweep(plain, order, beta, r2);
            assertThat(fast.spins()).as("sweep %d", t).isEqualTo(plain.spins());
        }
    }

    /**
     * +-1 patterns whose spins take one of a few rows (up to sign): the field of spin i then moves by
     * the largest possible amount, 2K/N, when a spin of the same row flips (with one row: a Curie-Weiss
     * model where every flip moves every field by 2K/N). This stresses the bound the chain uses to keep
     * a spin's sign without recomputing its field.
     */
    static double[][] clustered(int K, int N, int count, SplittableRandom rng) {
        double[][] rows = NetworkEnergyTest.patterns(count, K, "binary", rng);
        double[][] u = new double[K][N];
        for (int i = 0; i < N; i++) {
            int r = rng.nextInt(count);
            double s = rng.nextBoolean() ? 1 : -1;
            for (int mu = 0; mu < K; mu++) u[mu][i] = s * rows[r][mu];
        }
        return u;
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
