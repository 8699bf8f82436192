package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sweeps of {@link Chain} have the law of the textbook dynamics (docs/monte-carlo.md#eq-mc-2), whichever sampler runs
 * them: the one-sweep transition probabilities from a fixed state, estimated from many sweeps, agree
 * with the exact ones. Exact sequential sweep: the average over all N! orders of the product of the
 * heat-bath probabilities along the order, each from the field of the state reached so far; exact
 * synchronous sweep: independent heat-bath updates from the fields of the start state. The fields
 * come from the enumerated energy (BruteForce), not from the chain.
 */
class SamplerLawTest {
    static final int SAMPLES = 120_000;

    @ParameterizedTest
    @CsvSource({
        "2,6,3,binary,1.0,sparse", "2,6,3,binary,1.0,classic", "2,6,3,binary,0.35,sparse",
        "2,6,3,binary,0.35,classic", "2,6,2,diluted,0.8,sparse", "4,5,3,binary,1.2,sparse",
        "4,5,3,binary,1.2,classic", "2,6,3,binary,Infinity,sparse", "2,6,3,quiet,1.16,sparse", "2,8,3,quiet,1.05,sparse"})
    void oneSequentialSweepHasTheExactTransitionProbabilities(int P, int N, int K, String kind, double beta, String sampler) {
        SplittableRandom data = new SplittableRandom(31L * P + N + K);
        // quiet: one row (Curie-Weiss), every spin aligned with flip probability just below 2^-8, so
        // that the sweeps pass over whole quiet groups by geometric gaps between zero bytes
        boolean quiet = kind.equals("quiet");
        double[][] u = quiet ? FastFieldsTest.clustered(K, N, 1, data) : NetworkEnergyTest.patterns(K, N, kind, data);
        double[] w = Couplings.ones(K);
        Couplings c = Couplings.of(P, u, w, Interaction.DISTINCT_TUPLES);
        double[][] h = fields(P, u, w, N);
        // a start with spins of both kinds: aligned with their field (rarely flip) and against it
        byte[] start = quiet ? FastFieldsTest.sign(u[0]) : FastFieldsTest.randomSpins(N, data);
        double[] exact = new double[1 << N];
        exactSequential(h, beta, code(start), new boolean[N], 0, 1.0, exact);

        Chain chain = new Chain(c, start);
        chain.sequential.sparse = sampler.equals("sparse");
        long[] counts = sample(chain, start, beta, false);
        check(counts, exact, start, N);
    }

    @ParameterizedTest
    @CsvSource({"2,6,3,binary,1.0", "2,6,3,binary,0.35", "4,5,3,binary,1.2", "2,6,3,real,0.8"})
    void oneSynchronousSweepHasTheExactTransitionProbabilities(int P, int N, int K, String kind, double beta) {
        SplittableRandom data = new SplittableRandom(17L * P + N + K);
        double[][] u = NetworkEnergyTest.patterns(K, N, kind, data);
        double[] w = Couplings.ones(K);
        Couplings c = Couplings.of(P, u, w, Interaction.DISTINCT_TUPLES);
        double[][] h = fields(P, u, w, N);
        byte[] start = FastFieldsTest.randomSpins(N, data);
        int s0 = code(start);
        double[] exact = new double[1 << N];
        for (int t = 0; t < exact.length; t++) {
            double p = 1;
            for (int i = 0; i < N; i++) {
                double up = FastFieldsTest.probability(h[s0][i], beta);
                p *= ((t >> i) & 1) == 1 ? up : 1 - up;
            }
            exact[t] = p;
        }
        Chain chain = new Chain(c, start);
        check(sample(chain, start, beta, true), exact, start, N);
    }

    /** Counts of the state after one sweep from start, over SAMPLES sweeps (the chain reset to start each time). */
    static long[] sample(Chain chain, byte[] start, double beta, boolean synchronous) {
        int N = start.length;
        long[] counts = new long[1 << N];
        SplittableRandom rng = new SplittableRandom(2024);
        for (int n = 0; n < SAMPLES; n++) {
            for (int i = 0; i < N; i++) chain.set(i, start[i]);
            if (synchronous) chain.parallelSweep(beta, rng);
            else chain.sweep(beta, rng);
            counts[code(chain.spins())]++;
        }
        return counts;
    }

    /** Every outcome within 5 standard errors (plus 3 counts), and sweeps with 2 or more flips present when the law has them. */
    static void check(long[] counts, double[] exact, byte[] start, int N) {
        double total = 0, multi = 0;
        long multiSeen = 0;
        int s0 = code(start);
        for (int t = 0; t < counts.length; t++) {
            double mean = SAMPLES * exact[t];
            double sd = Math.sqrt(SAMPLES * exact[t] * (1 - exact[t]));
            assertThat((double) counts[t]).as("outcome %s", Integer.toBinaryString(t)).isBetween(mean - 5 * sd - 3, mean + 5 * sd + 3);
            total += exact[t];
            if (Integer.bitCount(t ^ s0) >= 2) {
                multi += exact[t];
                multiSeen += counts[t];
            }
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        // the probability that the sweep flips anything, a sum over outcomes: a sharper test of rare flips
        double pAny = 1 - exact[s0];
        double sdAny = Math.sqrt(SAMPLES * pAny * (1 - pAny));
        assertThat((double) (SAMPLES - counts[s0])).as("sweeps that flip something")
                .isBetween(SAMPLES * pAny - 5 * sdAny - 3, SAMPLES * pAny + 5 * sdAny + 3);
        if (multi > 0.05) assertThat(multiSeen).as("sweeps flipping several spins").isGreaterThan(1000);
    }

    /** h[s][i]: the field of spin i in state s (bit i of s set: spin +1), from the enumerated energy. */
    static double[][] fields(int P, double[][] u, double[] w, int N) {
        double[][] h = new double[1 << N][N];
        for (int s = 0; s < (1 << N); s++) {
            byte[] sigma = decode(s, N);
            for (int i = 0; i < N; i++) {
                byte[] up = sigma.clone(), down = sigma.clone();
                up[i] = 1;
                down[i] = -1;
                h[s][i] = -(BruteForce.energy(P, u, w, up, true) - BruteForce.energy(P, u, w, down, true)) / 2;
            }
        }
        return h;
    }

    /** Adds to out the probability of every end state, over all orders of the spins not yet updated (each order weight 1/n!). */
    static void exactSequential(double[][] h, double beta, int s, boolean[] done, int updated, double weight, double[] out) {
        int N = done.length;
        if (updated == N) {
            out[s] += weight;
            return;
        }
        double pick = weight / (N - updated);
        for (int i = 0; i < N; i++) {
            if (done[i]) continue;
            done[i] = true;
            double up = FastFieldsTest.probability(h[s][i], beta);
            if (up > 0) exactSequential(h, beta, s | (1 << i), done, updated + 1, pick * up, out);
            if (up < 1) exactSequential(h, beta, s & ~(1 << i), done, updated + 1, pick * (1 - up), out);
            done[i] = false;
        }
    }

    static int code(byte[] sigma) {
        int s = 0;
        for (int i = 0; i < sigma.length; i++) if (sigma[i] > 0) s |= 1 << i;
        return s;
    }

    static byte[] decode(int s, int N) {
        byte[] sigma = new byte[N];
        for (int i = 0; i < N; i++) sigma[i] = (byte) (((s >> i) & 1) == 1 ? 1 : -1);
        return sigma;
    }
}
