package dev.hebbian.theory.multitasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** docs/multitasking.md#eq-multitasking-14, #eq-multitasking-15, #eq-multitasking-16 (signal-to-noise), #eq-multitasking-17 (loss link), #eq-multitasking-7 (Landau) and the sweep tables (#eq-multitasking-9). */
class SignalLossLandauTest {

    /** The cascade configuration sigma* on a column: the first non-blank entry (0 if all blank). */
    private static int cascade(int[] xi) {
        for (int v : xi) if (v != 0) return v;
        return 0;
    }

    @Test
    void oneStepReproducesSignMarginAndStateX() {
        // rho = 0: m^(1) = m* iff sum_{k<K} d^k < 1; K = 3, d = 0.7: m^(1) = m^X
        assertThat(MultitaskingSignalToNoise.oneStep(3, 0.5, 0)).containsExactly(StoredNetwork.hierarchical(3, 0.5), within(1e-14));
        assertThat(MultitaskingSignalToNoise.oneStep(3, 0.7, 0)).containsExactly(StoredNetwork.alternativeX(0.7), within(1e-14));
        assertThat(MultitaskingSignalToNoise.oneStep(4, 0.5, 0)).containsExactly(StoredNetwork.hierarchical(4, 0.5), within(1e-14));
        double[] m1 = MultitaskingSignalToNoise.oneStep(4, 0.55, 0); // above d_c(4) = 0.5437
        assertThat(Math.abs(m1[3] - StoredNetwork.hierarchical(4, 0.55)[3])).isGreaterThan(1e-3);
        // with noise the one-step magnetisations drop below m*
        double[] noisy = MultitaskingSignalToNoise.oneStep(3, 0.3, 0.1);
        double[] star = StoredNetwork.hierarchical(3, 0.3);
        assertThat(noisy[0]).isLessThan(star[0]);
    }

    @Test
    void cascadeSnrMatchesPerClassMoments() {
        // mean and variance of h sigma* on sites with xi^1..xi^(k-1) = 0, xi^k != 0, by enumeration of the
        // columns of the lower patterns (Gaussian chi: E chi = 1, E chi^2 = 1 + rho)
        int K = 4;
        double d = 0.45, rho = 0.15;
        double[] m = StoredNetwork.hierarchical(K, d);
        for (int k = 1; k <= K; k++) {
            int lower = K - k;
            double mean = 0, second = 0, mass = 0;
            for (int c = 0; c < Math.pow(3, lower); c++) {
                int code = c;
                double p = 1, a = m[k - 1], var = rho * m[k - 1] * m[k - 1];
                for (int j = 0; j < lower; j++) {
                    int x = code % 3 - 1;
                    code /= 3;
                    p *= x == 0 ? d : (1 - d) / 2;
                    a += m[k + j] * x; // sigma* = xi^k = +1 on these sites (gauge)
                    var += rho * m[k + j] * m[k + j] * x * x;
                }
                mean += p * a;
                second += p * (var + a * a);
                mass += p;
            }
            double variance = second - mean * mean;
            assertThat(mass).isCloseTo(1, within(1e-14));
            assertThat(mean).isCloseTo(m[k - 1], within(1e-14));
            assertThat(mean / Math.sqrt(variance)).isCloseTo(MultitaskingSignalToNoise.snr(K, d, rho, k), within(1e-12));
        }
        double theta = 2;
        double rhoC = MultitaskingSignalToNoise.rhoThreshold(K, d, 2, theta);
        assertThat(MultitaskingSignalToNoise.snr(K, d, rhoC, 2)).isCloseTo(theta, within(1e-12));
    }

    @Test
    void globalMomentsByEnumeration() {
        int K = 3;
        double d = 0.4, rho = 0.3;
        double[] m = StoredNetwork.hierarchical(K, d);
        double mu1 = 0, mu2 = 0;
        for (int c = 0; c < 27; c++) {
            int[] xi = {c % 3 - 1, c / 3 % 3 - 1, c / 9 - 1};
            double p = 1, a = 0, var = 0;
            for (int mu = 0; mu < K; mu++) {
                p *= xi[mu] == 0 ? d : (1 - d) / 2;
                a += m[mu] * xi[mu];
                var += rho * m[mu] * m[mu] * xi[mu] * xi[mu];
            }
            mu1 += p * a * cascade(xi);
            mu2 += p * (var + a * a);
        }
        assertThat(MultitaskingSignalToNoise.globalMoments(K, d, rho)).containsExactly(new double[] {mu1, mu2}, within(1e-14));
        assertThat(MultitaskingSignalToNoise.stableFraction(K, d, rho)).isBetween(0.5, 1.0);
    }

    @Test
    void lossIdentityOnRandomConfigurations() {
        SplittableRandom rng = new SplittableRandom(11);
        int N = 2000, K = 3;
        double d = 0.35;
        double[][] xi = new double[K][N];
        int[] sigma = new int[N];
        for (int i = 0; i < N; i++) {
            sigma[i] = rng.nextBoolean() ? 1 : -1;
            for (int mu = 0; mu < K; mu++) xi[mu][i] = rng.nextDouble() < d ? 0 : (rng.nextBoolean() ? 1 : -1);
        }
        double[] L = new double[K], dMu = new double[K];
        double energy = 0; // H^(0)/N with the diagonal included: -(1/2N^2) sum_mu (xi.sigma)^2
        for (int mu = 0; mu < K; mu++) {
            double dot = 0, blanks = 0;
            for (int i = 0; i < N; i++) {
                dot += xi[mu][i] * sigma[i];
                if (xi[mu][i] == 0) blanks++;
            }
            double m = dot / N;
            dMu[mu] = blanks / N;
            L[mu] = Loss.twoSided(sigma, xi[mu]);
            assertThat(L[mu]).isCloseTo(Loss.twoSidedFromOverlap(m, dMu[mu]), within(1e-13));
            assertThat(Loss.plus(sigma, xi[mu])).isCloseTo(1 - dMu[mu] / 2 - m, within(1e-13));
            energy -= 0.5 * m * m;
        }
        assertThat(Loss.storedEnergy(L, dMu)).isCloseTo(energy, within(1e-13));
    }

    @Test
    void learningLossIdentity() {
        double[] n = {0.56220, 0.22901, 0.09123};
        double e = 0;
        for (double v : n) e -= 0.5 * 1.2 * v * v;
        assertThat(Loss.supervisedEnergy(n, 0.3, 0.2)).isCloseTo(e, within(1e-14));
        // the equilibrium energy of a solution equals the loss form
        MultitaskingSolution s = SelfConsistency.of(3, 0.3, 10, ChiLaw.gaussian(0.2)).solve(MultitaskingState.HIERARCHICAL);
        assertThat(Loss.supervisedEnergy(s.n(), 0.3, 0.2)).isCloseTo(s.energy(), within(1e-14));
    }

    @Test
    void landauExpansionMatchesExactFreeEnergy() {
        // f_exact(eps u) - f_Landau(eps u) = O(eps^6): halving eps divides the error by about 64
        double d = 0.4, beta = 1.7, rho = 0.2;
        for (ChiLaw law : new ChiLaw[] {ChiLaw.gaussian(rho), ChiLaw.binomial(6, ChiLaw.rFor(rho, 6))}) {
            SelfConsistency sc = SelfConsistency.of(3, d, beta, law);
            Landau l = Landau.of(beta, d, law);
            double[] u = {0.9, 0.5, -0.3};
            double e1 = err(sc, l, u, 0.08), e2 = err(sc, l, u, 0.04);
            assertThat(e2).isLessThan(1e-8);
            assertThat(e1 / e2).isBetween(50.0, 80.0);
        }
        assertThat(Landau.of(10, 0.5, ChiLaw.gaussian(0)).prefersParallel()).isFalse();
        assertThat(Landau.of(10, 0.7, ChiLaw.gaussian(0)).prefersParallel()).isTrue();
        double dStar = PhaseBoundaries.landauDilution(0.2);
        assertThat(Landau.of(2, dStar - 1e-6, ChiLaw.gaussian(0.2)).prefersParallel()).isFalse();
        assertThat(Landau.of(2, dStar + 1e-6, ChiLaw.gaussian(0.2)).prefersParallel()).isTrue();
        assertThat(Landau.of(2, 0.5, ChiLaw.gaussian(0.2)).quadratic()).isCloseTo(0, within(1e-15));
    }

    private static double err(SelfConsistency sc, Landau l, double[] u, double eps) {
        double[] n = u.clone();
        for (int i = 0; i < n.length; i++) n[i] *= eps;
        return Math.abs(sc.freeEnergy(n) - l.freeEnergy(n));
    }

    @Test
    void tables() {
        Table states = MultitaskingPhaseDiagram.states(2, 0.2, new double[] {0.2, 0.5}, new double[] {0, 0.1});
        assertThat(states.rowCount()).isEqualTo(4);
        assertThat(states.doubleColumn("m1").get(0)).isCloseTo(0.76049, within(2e-5));
        assertThat(states.stringColumn("state").get(1)).isEqualTo("PARALLEL");
        assertThat(states.doubleColumn("m2").get(2)).isCloseTo(0.16532, within(2e-5));
        Table b = MultitaskingPhaseDiagram.boundaries(2, 0.2, new double[] {0, 0.1});
        assertThat(b.doubleColumn("d_P").get(0)).isCloseTo(0.4316, within(1.5e-4));
        assertThat(b.doubleColumn("d_2").get(1)).isCloseTo(0.0899, within(1.5e-4));
        Table v = MultitaskingPhaseDiagram.parallelDilutionVersusRho(2, 0, new double[] {0.1, 0.5});
        assertThat(v.doubleColumn("d_P").get(1)).isCloseTo(v.doubleColumn("d_P_closed_form").get(1), within(1e-8));
        assertThat(v.doubleColumn("d_P").get(0)).isCloseTo(0.562163, within(1e-6));
    }
}
