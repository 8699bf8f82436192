package dev.hebbian.theory.multitasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** arXiv:2308.04106; docs/multitasking.md#reference-values (boundaries to 2e-4) and 4.3. */
class BoundariesTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double TOL = 1.5e-4;

    @Test
    void twoPatternsCriticalDilutionsAgainstRhoAndTemperature() {
        // rho, T, d2, dP (NaN = none below d_E)
        double[][] rows = {
                {0, 0.02, 0.0204, 0.8586}, {0, 0.05, 0.0528, 0.7770}, {0, 0.1, 0.1127, 0.6914},
                {0, 0.2, 0.2731, 0.6098}, {0, 0.3, 0.5427, 0.6185},
                {0.1, 0, 0, 0.5622}, {0.1, 0.02, 0.0200, 0.5596}, {0.1, 0.05, 0.0517, 0.5479},
                {0.1, 0.1, 0.1091, 0.5211}, {0.1, 0.2, 0.2407, 0.4868}, {0.1, 0.3, 0.3769, 0.4853},
                {0.1, 0.4, 0.4969, 0.5150},
                {0.2, 0, 0, 0.4316}, {0.2, 0.02, 0.0168, 0.4306}, {0.2, 0.05, 0.0432, 0.4256},
                {0.2, 0.1, 0.0899, 0.4131}, {0.2, 0.2, 0.1883, 0.3950}, {0.2, 0.3, 0.2824, 0.3941},
                {0.2, 0.4, 0.3647, 0.4087}, {0.2, 0.5, 0.4370, 0.4417}};
        for (double[] r : rows) {
            PhaseBoundaries pb = PhaseBoundaries.of(2, r[1] == 0 ? INF : 1 / r[1], r[0]);
            assertThat(pb.d2()).as("d2 rho=%s T=%s", r[0], r[1]).isCloseTo(r[2], within(TOL));
            assertThat(pb.dP()).as("dP rho=%s T=%s", r[0], r[1]).isCloseTo(r[3], within(TOL));
        }
        for (double[] rt : new double[][] {{0, 0.4}, {0, 0.5}, {0.1, 0.5}}) {
            PhaseBoundaries none = PhaseBoundaries.of(2, 1 / rt[1], rt[0]);
            assertThat(none.d2()).isNaN();
            assertThat(none.dP()).isNaN();
        }
    }

    @Test
    void k2ParallelDilutionAgainstBeta() {
        double[] betas = {2, 3, 5, 10, 20};
        double[] rho05 = {0.2488, 0.2313, 0.2274, 0.2306, 0.2329};
        for (int i = 0; i < betas.length; i++) {
            assertThat(PhaseBoundaries.of(2, betas[i], 0.5).dP()).isCloseTo(rho05[i], within(TOL));
        }
        assertThat(PhaseBoundaries.of(2, INF, 0.5).dP()).isCloseTo(0.2339, within(TOL));
        double[] rho1 = {0.1250, 0.1148, 0.1104, 0.1092, 0.1091};
        for (int i = 0; i < betas.length; i++) {
            assertThat(PhaseBoundaries.of(2, betas[i], 1.0).dP()).isCloseTo(rho1[i], within(TOL));
        }
        assertThat(PhaseBoundaries.of(2, INF, 1.0).dP()).isCloseTo(0.1091, within(TOL));
    }

    @Test
    void threePatternsCriticalDilutionsAtFiniteAndZeroTemperature() {
        // rho, T, d2, d3, d12, dP
        double[][] rows = {
                {0, 0.1, 0.1127, 0.3955, 0.6737, 0.7070}, {0, 0.2, 0.2731, 0.5410, 0.5999, 0.6237},
                {0.1, 0.1, 0.1091, 0.3248, 0.4820, 0.5376}, {0.2, 0.1, 0.0899, 0.2550, 0.3904, 0.4277},
                {0.2, 0.2, 0.1883, 0.3304, 0.3911, 0.4128}};
        for (double[] r : rows) {
            PhaseBoundaries pb = PhaseBoundaries.of(3, 1 / r[1], r[0]);
            assertThat(pb.d2()).isCloseTo(r[2], within(TOL));
            assertThat(pb.d3()).isCloseTo(r[3], within(TOL));
            assertThat(pb.d12()).isCloseTo(r[4], within(TOL));
            assertThat(pb.dP()).isCloseTo(r[5], within(TOL));
        }
        double[][] zeroT = {{0.1, 0.4895, 0.5987}, {0.2, 0.3923, 0.4516}, {0.5, 0.2266, 0.2503},
                {1.0, 0.1108, 0.1262}, {0.02, 0.7115, 0.8294}, {0.05, 0.5653, 0.7214}};
        for (double[] r : zeroT) {
            PhaseBoundaries pb = PhaseBoundaries.of(3, INF, r[0]);
            // at T = 0 every pattern condenses for any d > 0 (the reference tables print "-")
            assertThat(pb.d2()).isZero();
            assertThat(pb.d3()).isZero();
            assertThat(pb.d12()).isCloseTo(r[1], within(TOL));
            assertThat(pb.dP()).isCloseTo(r[2], within(TOL));
        }
    }

    @Test
    void spuriousLowerParallelRoot() {
        // (rho, T) = (0, 0.1), K = 3: the odd symmetric mixture is metastable at small d; lower root 0.0782
        PhaseBoundaries pb = PhaseBoundaries.of(3, 10, 0);
        assertThat(pb.lambdaMinusSymmetric(0.0775)).isPositive();
        assertThat(pb.lambdaMinusSymmetric(0.0790)).isNegative();
        assertThat(pb.lambdaMinusSymmetric(0.5)).isNegative();
        assertThat(pb.lambdaMinusSymmetric(0.75)).isPositive();
    }

    @Test
    void boundariesEndAtLandauPointNearTc() {
        // docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13: rho = 0, T = 1/3.015 gives d_P = 0.6609 -> 2/3; rho = 0.2 gives 0.4611 -> 0.46296
        assertThat(PhaseBoundaries.of(2, 3.015, 0).dP()).isCloseTo(0.6609, within(TOL));
        // (the rho = 0.2 number of the reference tables belongs to a temperature just below 1 - d*(0.2) = 0.537, not to 1/3.015)
        for (double rho : new double[] {0, 0.2}) {
            double dStar = PhaseBoundaries.landauDilution(rho);
            double previous = 1;
            for (double eps : new double[] {0.01, 0.003, 0.001}) {
                PhaseBoundaries pb = PhaseBoundaries.of(2, 1 / (1 - dStar - eps), rho);
                double dP = pb.dP(), d2 = pb.d2();
                assertThat(dP).isBetween(d2, dStar);
                assertThat(dStar - d2).isLessThan(previous);
                previous = dStar - d2;
            }
            assertThat(previous).isLessThan(0.005);
        }
    }

    @Test
    void d2SmallTemperatureAsymptotics() {
        // rho = 0, T -> 0: d_2 (1 - d_2) ~ T
        double T = 0.01;
        double d2 = PhaseBoundaries.of(2, 1 / T, 0).d2();
        assertThat(d2 * (1 - d2)).isCloseTo(T, within(T * 0.05));
    }

    @Test
    void d2MatchesExplicitCondition() {
        // beta (1-d)[d + (1-d) <sech^2(beta n1 chi)>] = 1, with the K = 1 solution n1
        double beta = 10, rho = 0.2;
        double d2 = PhaseBoundaries.of(2, beta, rho).d2();
        double n1 = SelfConsistency.of(1, d2, beta, ChiLaw.gaussian(rho)).solve(1 - d2).n(0);
        double sech2 = 0, h = 1e-3; // trapezoid on [-12, 12]: spectrally accurate for this smooth integrand
        for (int i = -12000; i <= 12000; i++) {
            double z = i * h, c = Math.cosh(beta * n1 * (1 + Math.sqrt(rho) * z));
            sech2 += h * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) / (c * c);
        }
        assertThat(beta * (1 - d2) * (d2 + (1 - d2) * sech2)).isCloseTo(1, within(1e-6));
    }

    @Test
    void ergodicLine() {
        assertThat(PhaseBoundaries.ergodicDilution(0.3)).isEqualTo(0.7);
        assertThat(PhaseBoundaries.isErgodic(10, 0.9)).isTrue();
        assertThat(PhaseBoundaries.isErgodic(10, 0.89)).isFalse();
        for (double rho : new double[] {0, 0.2, 1}) {
            for (int K : new int[] {1, 2, 3}) {
                double beta = 4, dE = 1 - 1 / beta;
                SelfConsistency above = SelfConsistency.of(K, dE + 0.01, beta, ChiLaw.gaussian(rho));
                SelfConsistency below = SelfConsistency.of(K, dE - 0.01, beta, ChiLaw.gaussian(rho));
                MultitaskingSolution e = above.solve(MultitaskingState.HIERARCHICAL);
                assertThat(e.state()).isEqualTo(MultitaskingState.ERGODIC);
                assertThat(e.stability()).isEqualTo(Stability.STABLE);
                assertThat(below.solve(MultitaskingState.HIERARCHICAL).state()).isNotEqualTo(MultitaskingState.ERGODIC);
                // Hessian at n = 0 is (1+rho)(1 - beta(1-d)) I, for every K and rho
                double[][] A = below.hessian(new double[K]);
                for (int mu = 0; mu < K; mu++) {
                    for (int nu = 0; nu < K; nu++) {
                        double exact = mu == nu ? (1 + rho) * (1 - beta * (1 - (dE - 0.01))) : 0;
                        assertThat(A[mu][nu]).isCloseTo(exact, within(1e-10));
                    }
                }
            }
        }
    }
}
