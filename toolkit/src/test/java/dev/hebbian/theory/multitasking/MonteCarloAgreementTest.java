package dev.hebbian.theory.multitasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.hebbian.Multitasking;
import dev.hebbian.data.Dataset;
import dev.hebbian.simulation.Chain;
import dev.hebbian.simulation.Ensemble;

/**
 * The low-storage theory of the learning multitasking network (docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4, #eq-multitasking-6) against an
 * independent Monte Carlo of the finite-N supervised network (docs/monte-carlo.md#eq-mc-4: Glauber heat bath,
 * hierarchical seed), for one hierarchical and one parallel state. K = 2, beta = 10, r = 0.5, M = 15
 * (rho = 0.2): the theory uses the exact binomial law of the class average at the same r and M, so
 * that the only differences are statistical and finite-size ones.
 *
 * <p>Tolerances. Statistical: 3 standard errors over the disorder samples (each sample is the time
 * average of the instantaneous sorted |m_mu| over the measurement sweeps). Finite size: 0.5/sqrt(N)
 * (0.005 at N = 10^4), a bound on the sample-to-sample shift of the empirical dilution and cross-talk
 * (each O(N^(-1/2)) per sample, averaged down over the samples) plus the O(1/N) corrections.
 * In the parallel state the sorted overlaps are split by the soft antisymmetric mode of the Hessian
 * (quenched asymmetry of the two finite patterns amplified by 1/lambda_-, about 2.4/sqrt(N) here), so
 * the permutation-invariant mean of |m_mu| is compared with m^S and the split is only bounded by 5/sqrt(N).
 * The test has discriminating power: the two states differ by far more than the tolerances, which is
 * asserted, and swapping them (the parallel theory against the hierarchical simulation) fails.
 */
class MonteCarloAgreementTest {
    private static final int N = 10_000;
    private static final int SAMPLES = 6;
    private static final int EQUILIBRATION = 60;
    private static final int MEASUREMENT = 120;
    private static final double BETA = 10;
    private static final int M = 15;
    private static final double R = 0.5;
    private static final double FINITE_SIZE = 0.5 / Math.sqrt(N);

    /** Mean and standard error over disorder samples of the time-averaged sorted |m_mu|. */
    record Estimate(double[] m, double[] err, double[] meanAbsPerSample) {
        double meanAbs() {
            return Arrays.stream(meanAbsPerSample).average().orElseThrow();
        }

        double meanAbsErr() {
            return stdErr(meanAbsPerSample);
        }
    }

    private static Multitasking.Builder theory(double d) {
        return Multitasking.supervised().k(2).dilution(d).r(R).examples(M).exactNoise().beta(BETA);
    }

    @Test
    void hierarchicalStateAgreesWithMonteCarlo() {
        double d = 0.3;
        // anchor: the same solver with the Gaussian law gives the theory value quoted in arXiv:2308.04106 (0.630, 0.251)
        double[] gauss = Multitasking.supervised().k(2).dilution(d).rho(0.2).beta(BETA).solve().m();
        assertThat(gauss[0]).isCloseTo(0.630, within(1e-3));
        assertThat(gauss[1]).isCloseTo(0.251, within(1e-3));

        MultitaskingSolution th = theory(d).solve();
        assertThat(th.state()).isEqualTo(MultitaskingState.HIERARCHICAL);
        assertThat(th.stability()).isEqualTo(Stability.STABLE);
        Estimate mc = simulate(d, 11);
        for (int mu = 0; mu < 2; mu++) {
            double tol = 3 * mc.err()[mu] + FINITE_SIZE;
            assertThat(tol).as("tolerance on m_%d", mu + 1).isLessThan(0.025);
            assertThat(mc.m()[mu]).as("m_%d: MC vs theory %s", mu + 1, th).isCloseTo(th.m(mu), within(tol));
        }
        // discriminating power: the parallel state's m^S lies far outside the tolerance on both overlaps
        double mS = theory(0.3).init(MultitaskingState.PARALLEL).solve().m(0);
        assertThat(Math.abs(mc.m()[0] - mS)).isGreaterThan(10 * (3 * mc.err()[0] + FINITE_SIZE));
        assertThat(Math.abs(mc.m()[1] - mS)).isGreaterThan(3 * (3 * mc.err()[1] + FINITE_SIZE));
    }

    @Test
    void parallelStateAgreesWithMonteCarlo() {
        double d = 0.6;
        // anchor: Gaussian law, arXiv:2308.04106 Monte Carlo protocol: theory (0.303, 0.303) at d = 0.6, rho = 0.2, beta = 10
        double[] gauss = Multitasking.supervised().k(2).dilution(d).rho(0.2).beta(BETA).solve().m();
        assertThat(gauss[0]).isCloseTo(0.303, within(1e-3));
        assertThat(gauss[1]).isCloseTo(0.303, within(1e-3));

        MultitaskingSolution th = theory(d).solve();
        assertThat(th.state()).isEqualTo(MultitaskingState.PARALLEL);
        assertThat(th.stability()).isEqualTo(Stability.STABLE);
        assertThat(th.m(0)).isCloseTo(th.m(1), within(1e-9));
        Estimate mc = simulate(d, 11);
        double tol = 3 * mc.meanAbsErr() + FINITE_SIZE;
        assertThat(tol).isLessThan(0.025);
        assertThat(mc.meanAbs()).as("mean |m_mu|: MC vs theory %s", th).isCloseTo(th.m(0), within(tol));
        double split = mc.m()[0] - mc.m()[1];
        assertThat(split).as("sorted split m_1 - m_2 of the parallel state").isLessThan(5 / Math.sqrt(N));
        // discriminating power: the hierarchical state of d = 0.3 is far outside the tolerance, and its
        // split m_1 - m_2 is many times the bound on the parallel split
        MultitaskingSolution h = theory(0.3).solve();
        assertThat(Math.abs(mc.meanAbs() - h.m(0))).isGreaterThan(10 * tol);
        assertThat(h.m(0) - h.m(1)).isGreaterThan(5 * 5 / Math.sqrt(N));
    }

    /**
     * Supervised network (Ensemble.supervised, P = 2), Glauber heat bath at beta from the hierarchical seed
     * (sigma = xi^1 where non-blank, else xi^2, else random: docs/monte-carlo.md#eq-mc-4).
     */
    private static Estimate simulate(double d, long seed) {
        Ensemble model = Ensemble.supervised(2, N, 2, M, R, d);
        SplittableRandom root = new SplittableRandom(seed);
        double[][] per = new double[SAMPLES][];
        for (int s = 0; s < SAMPLES; s++) {
            SplittableRandom dataRng = root.split();
            SplittableRandom rng = root.split();
            Ensemble.Sample sample = model.sample(dataRng);
            Dataset data = sample.data();
            Chain chain = new Chain(sample.couplings(), hierarchicalStart(data, rng));
            for (int t = 0; t < EQUILIBRATION; t++) chain.sweep(BETA, rng);
            double[] acc = new double[data.K()];
            for (int t = 0; t < MEASUREMENT; t++) {
                chain.sweep(BETA, rng);
                double[] m = sortedAbs(chain, data);
                for (int mu = 0; mu < acc.length; mu++) acc[mu] += m[mu] / MEASUREMENT;
            }
            per[s] = acc;
        }
        int K = per[0].length;
        double[] mean = new double[K], err = new double[K], meanAbs = new double[SAMPLES];
        for (int mu = 0; mu < K; mu++) {
            double[] x = new double[SAMPLES];
            for (int s = 0; s < SAMPLES; s++) x[s] = per[s][mu];
            mean[mu] = Arrays.stream(x).average().orElseThrow();
            err[mu] = stdErr(x);
        }
        for (int s = 0; s < SAMPLES; s++) meanAbs[s] = Arrays.stream(per[s]).average().orElseThrow();
        return new Estimate(mean, err, meanAbs);
    }

    static byte[] hierarchicalStart(Dataset data, SplittableRandom rng) {
        byte[] s = new byte[data.N()];
        for (int i = 0; i < s.length; i++) {
            int v = 0;
            for (int mu = 0; mu < data.K() && v == 0; mu++) v = data.archetype(mu)[i];
            s[i] = v != 0 ? (byte) v : (rng.nextBoolean() ? (byte) 1 : (byte) -1);
        }
        return s;
    }

    static double[] sortedAbs(Chain chain, Dataset data) {
        double[] m = new double[data.K()];
        for (int mu = 0; mu < m.length; mu++) m[mu] = -Math.abs(chain.overlap(data.archetype(mu)));
        Arrays.sort(m);
        for (int mu = 0; mu < m.length; mu++) m[mu] = -m[mu];
        return m;
    }

    static double stdErr(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow(), ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / (x.length - 1) / x.length);
    }
}
