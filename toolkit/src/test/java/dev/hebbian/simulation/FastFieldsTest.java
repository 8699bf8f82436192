package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The speed devices of {@link Chain} (cached fields and decisions, table-lookup fields for P = 4 and
 * bit-sliced fields for P = 2 with dense +-1 patterns, quiet spins kept from bounds on stale fields,
 * zero-byte tests of whole groups) change nothing: fast fields equal the direct O(K) kernel bit for
 * bit and the enumerated field, and the sweeps make the decisions of the reference mode (every field
 * recomputed by the direct kernel, nothing cached, no bound), spin for spin, for the same random
 * numbers. That the sampler itself has the law of the textbook sweep is SamplerLawTest's job.
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
                assertThat(chain.fields.fromScratch(i)).as("fast field %d", i).isEqualTo(chain.fields.direct.at(i));
                assertThat(chain.fields.fromScratch(i)).as("fast field %d", i).isCloseTo(h, within(1e-10 * scale));
                assertThat(chain.field(i)).isEqualTo(chain.fields.direct.at(i));
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
            Chain plain = reference(c, start);
            SplittableRandom r1 = new SplittableRandom(99), r2 = new SplittableRandom(99);
            long flips = 0;
            for (int t = 0; t < 3 * betas.length; t++) {
                double beta = betas[t % betas.length];
                if (scheme.equals("sequential")) {
                    flips += fast.sweep(beta, r1);
                    plain.sweep(beta, r2);
                } else {
                    flips += fast.parallelSweep(beta, r1);
                    plain.parallelSweep(beta, r2);
                }
                assertThat(plain.decisions.quietViolations).as("spins passed over as quiet with q >= 2^-8").isZero();
                assertThat(fast.spins()).as("%s sweep %d", scheme, t).isEqualTo(plain.spins());
            }
            assertThat(flips).as("the test exercises flips").isPositive();
            assertThat(fast.energy()).isCloseTo(c.energy(fast.spins()), within(1e-9 * Math.max(1, Math.abs(fast.energy()))));
        }
    }

    @org.junit.jupiter.api.Test
    void aDecisionIsExactlyUniformBelowQ() {
        // flip iff U = (b + V 2^-53) / 256 < q, compared in exact arithmetic: b 2^53 + V < q 2^61
        SplittableRandom pick = new SplittableRandom(5);
        double[] special = {0, Double.MIN_VALUE, 1e-300, 0x1p-8, Math.nextDown(0x1p-8), Math.nextUp(0x1p-8), 0.5,
                Math.nextDown(0.5), Math.nextDown(1.0), 1, 1.0 / 3, 255.5 / 256, Math.nextDown(255.0 / 256)};
        for (int n = 0; n < 300_000; n++) {
            double q = n < 13 * 1000 ? special[n / 1000] : n % 3 == 0 ? Math.exp(-50 * pick.nextDouble()) : pick.nextDouble();
            long packed = HeatBath.pack(q);
            int thr = (int) (packed >>> 54);
            // b near the threshold most of the time, where V decides
            int b = n % 4 == 0 ? pick.nextInt(256) : Math.min(255, thr);
            long seed = pick.nextLong();
            boolean flips = HeatBath.flipsWith(packed, b, new SplittableRandom(seed));
            long v = new SplittableRandom(seed).nextLong() >>> 11;
            java.math.BigDecimal u = java.math.BigDecimal.valueOf(b).multiply(java.math.BigDecimal.valueOf(1L << 53))
                    .add(java.math.BigDecimal.valueOf(v));
            java.math.BigDecimal bound = new java.math.BigDecimal(q).multiply(java.math.BigDecimal.valueOf(2).pow(61));
            assertThat(flips).as("q = %s, b = %d, V = %d", q, b, v).isEqualTo(u.compareTo(bound) < 0);
        }
    }

    @org.junit.jupiter.api.Test
    void aRuleWithoutTheExponentialNeverKeepsASpinTheExactRuleFlips() {
        // encode gives -2^(8-k) when q < 2^-k is certain: every byte b >= 2^(8-k) must keep the sign
        SplittableRandom pick = new SplittableRandom(8);
        for (int n = 0; n < 400_000; n++) {
            double beta = n % 7 == 0 ? Double.POSITIVE_INFINITY : 0.05 + 40 * pick.nextDouble();
            double sh = (pick.nextDouble() - 0.2) * (n % 2 == 0 ? 0.5 : 6) / Math.min(beta, 40);
            double hq = 4 * Math.log(2) / beta * (1 + 1e-9);
            long rule = HeatBath.encode(sh, beta, hq);
            double q = HeatBath.upProbability(-sh, beta);
            if (rule < 0) {
                long bMin = -rule;
                assertThat(Long.bitCount(bMin)).isEqualTo(1);
                assertThat(q).as("sh = %s, beta = %s", sh, beta).isLessThan(bMin / 256.0);
            } else {
                assertThat(rule).isEqualTo(HeatBath.pack(q));
            }
        }
        assertThat(HeatBath.encode(1.0, 10, 4 * Math.log(2) / 10)).isEqualTo(-1);
        assertThat(HeatBath.encode(0.2, 10, 4 * Math.log(2) / 10)).isEqualTo(-(1L << 3)); // y = 4: q < 2^-5
    }

    /** The fast chain and its reference-mode twin, from the same start, driven by equal random streams. */
    static final class Twins {
        final Chain fast;
        final Chain plain;
        final SplittableRandom r1;
        final SplittableRandom r2;

        Twins(Couplings c, byte[] start, long seed) {
            fast = new Chain(c, start);
            plain = reference(c, start);
            r1 = new SplittableRandom(seed);
            r2 = new SplittableRandom(seed);
        }

        void reverse(int i) {
            fast.set(i, -fast.spin(i));
            plain.set(i, -plain.spin(i));
        }

        /** One sequential sweep of each: the same spins after it, and no spin passed over as quiet with q >= 2^-8. */
        void sweep(double beta, String what) {
            fast.sweep(beta, r1);
            plain.sweep(beta, r2);
            assertThat(plain.decisions.quietViolations).as("%s: spins passed over as quiet with q >= 2^-8", what).isZero();
            assertThat(fast.spins()).as(what).isEqualTo(plain.spins());
        }
    }

    /** A chain in reference mode: every decision from the direct kernel, nothing cached. */
    static Chain reference(Couplings c, byte[] start) {
        Chain chain = new Chain(c, start);
        chain.decisions.reference = true;
        return chain;
    }

    @ParameterizedTest
    @CsvSource({"100,10,1,1,0.3", "150,30,3,2,0.9", "90,9,1,3,0.3", "300,20,2,4,0.6", "100,10,1,5,1.0", "120,12,1,6,0.7"})
    void fieldBoundsKeepTheChainExactWhenFieldsMoveMost(int N, int K, int rows, long seed, double beta) {
        SplittableRandom data = new SplittableRandom(seed);
        Couplings c = Couplings.of(2, clustered(K, N, rows, data), Couplings.ones(K), Interaction.DISTINCT_TUPLES);
        byte[] start = randomSpins(N, data);
        Twins twins = new Twins(c, start, seed);
        // aligned spins have y = 2 beta h of about 6 (or more): their signs are kept from bounds on stale
        // fields; after a reversal the next sweeps flip many spins and run the classic loop, where the
        // margins of spins decided between flips rest on the per-flip bound 2K/N
        for (int t = 0; t < 200; t++) {
            if (t % 10 == 9) {
                // reverse a third of the spins by hand: every cached field of the cluster moves by up to
                // N/3 times the most one flip can move it (2K/N), so stale bounds must give way
                for (int k = 0; k < N / 3; k++) twins.reverse(data.nextInt(N));
            }
            twins.sweep(beta, "sweep " + t);
        }
    }

    @ParameterizedTest
    @CsvSource({"20,1", "35,2", "45,3", "55,4", "65,5", "80,6"})
    void quietSpinsAreDecidedAfreshOnceTheirFieldCouldHaveCrossed(int reversed, long seed) {
        // one row (a Curie-Weiss model): every flip moves every field by exactly the bound 2K/N. Aligned
        // spins at beta = 2 are quiet (q < 2^-8) for (sigma h - hq) / (2K/N) ~ 43 flips; reversing more
        // than that by hand makes their fields cross hq, and a too generous horizon would then keep
        // signs the reference flips (twice the horizon: caught for reversed >= 45)
        SplittableRandom data = new SplittableRandom(seed);
        int N = 100, K = 10;
        Couplings c = Couplings.of(2, clustered(K, N, 1, data), Couplings.ones(K), Interaction.DISTINCT_TUPLES);
        byte[] start = new byte[N];
        for (int i = 0; i < N; i++) start[i] = (byte) (c.u[i * K] >= 0 ? 1 : -1); // aligned with the row
        Twins twins = new Twins(c, start, seed);
        for (int t = 0; t < 3; t++) twins.sweep(2, "warm-up sweep " + t);
        int[] perm = data.ints(0, N).distinct().limit(N).toArray();
        for (int k = 0; k < reversed; k++) twins.reverse(perm[k]);
        for (int t = 0; t < 3; t++) twins.sweep(2, "sweep " + t + " after reversing " + reversed);
    }

    @ParameterizedTest
    @CsvSource({"1,3,1", "2,6,2", "0,40,3", "0,100,4", "0,60,5", "0,100,6", "0,30,7"})
    void quietMarginsHoldWhenAFewFlipsSeparateTheRounds(int rows, double beta, long seed) {
        // 1 to 3 flips by hand between sweeps: rounds then start fewer than SNAP_EVERY flips after the
        // latest snapshot of the sums, and quiet spins rely on the measured distance to it. rows = 0:
        // random patterns at high load and high beta, where fields near hq move by about the bound
        SplittableRandom data = new SplittableRandom(seed);
        int N = 120, K = rows == 0 ? 24 : 12;
        double[][] u = rows == 0 ? NetworkEnergyTest.patterns(K, N, "binary", data) : clustered(K, N, rows, data);
        Couplings c = Couplings.of(2, u, Couplings.ones(K), Interaction.DISTINCT_TUPLES);
        byte[] start = randomSpins(N, data);
        Twins twins = new Twins(c, start, seed);
        for (int t = 0; t < 400; t++) {
            int hand = 1 + data.nextInt(3);
            for (int k = 0; k < hand; k++) twins.reverse(data.nextInt(N));
            twins.sweep(beta, "sweep " + t);
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1", "0,2", "3,3"})
    void oneFlipMovesAFieldByAtMostTheBoundAndOneRowAttainsIt(int rows, long seed) {
        // the per-flip bound 2 K pref of the quiet margins: never exceeded, and attained when all spins share a row
        SplittableRandom data = new SplittableRandom(seed);
        int N = 40, K = 9;
        double[][] u = rows == 0 ? NetworkEnergyTest.patterns(K, N, "binary", data) : clustered(K, N, rows, data);
        Couplings c = Couplings.of(2, u, Couplings.ones(K), Interaction.DISTINCT_TUPLES);
        Chain chain = new Chain(c, randomSpins(N, data));
        double largest = 0;
        for (int j = 0; j < N; j++) {
            double[] before = new double[N];
            for (int i = 0; i < N; i++) before[i] = chain.fields.direct.at(i);
            chain.set(j, -chain.spin(j));
            for (int i = 0; i < N; i++) if (i != j) largest = Math.max(largest, Math.abs(chain.fields.direct.at(i) - before[i]));
        }
        assertThat(largest).isLessThanOrEqualTo(chain.ring.stepRoom);
        if (rows == 1) assertThat(largest).isGreaterThan(chain.ring.stepRoom * (1 - 1e-6));
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

    static double probability(double h, double beta) {
        if (Double.isInfinite(beta)) return h > 0 ? 1 : h < 0 ? 0 : 0.5;
        double x = 2 * beta * h;
        if (x > 700) return 1;
        if (x < -700) return 0;
        return 1 / (1 + Math.exp(-x));
    }
}
