package dev.hebbian.theory.multitasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The general enumerator against independent forms of the same equations: the explicit K = 2
 * equations of docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4 (2-D quadrature), finite differences of f (docs/multitasking.md#eq-multitasking-6), the
 * example-level brute force (docs/multitasking.md, docs/conventions.md#eq-conventions-6, docs/multitasking.md#eq-multitasking-2), and the rho -> 0 stored equations.
 */
class EquationsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** E over independent chi1, chi2 ~ 1 + sqrt(rho) Z by a 2-D trapezoid rule (spectrally accurate, smooth integrand). */
    private static double avg2(double rho, java.util.function.DoubleBinaryOperator f) {
        double h = 0.02, s = 0;
        for (int i = -500; i <= 500; i++) {
            double z1 = i * h, w1 = Math.exp(-z1 * z1 / 2);
            for (int j = -500; j <= 500; j++) {
                double z2 = j * h;
                s += w1 * Math.exp(-z2 * z2 / 2) * f.applyAsDouble(1 + Math.sqrt(rho) * z1, 1 + Math.sqrt(rho) * z2);
            }
        }
        return s * h * h / (2 * Math.PI);
    }

    @Test
    void explicitK2EquationsEqualGeneralEnumerator() {
        double beta = 3, rho = 0.3, d = 0.4, n1 = 0.5, n2 = 0.27;
        double p = 1 - d;
        double[] m = new double[2], u = new double[2];
        m[0] = p * d * avg2(rho, (c1, c2) -> Math.tanh(beta * n1 * c1))
                + p * p / 2 * (avg2(rho, (c1, c2) -> Math.tanh(beta * (n1 * c1 + n2 * c2)))
                + avg2(rho, (c1, c2) -> Math.tanh(beta * (n1 * c1 - n2 * c2))));
        m[1] = p * d * avg2(rho, (c1, c2) -> Math.tanh(beta * n2 * c2))
                + p * p / 2 * (avg2(rho, (c1, c2) -> Math.tanh(beta * (n1 * c1 + n2 * c2)))
                - avg2(rho, (c1, c2) -> Math.tanh(beta * (n1 * c1 - n2 * c2))));
        u[0] = p * d * avg2(rho, (c1, c2) -> c1 * Math.tanh(beta * n1 * c1))
                + p * p / 2 * (avg2(rho, (c1, c2) -> c1 * Math.tanh(beta * (n1 * c1 + n2 * c2)))
                + avg2(rho, (c1, c2) -> c1 * Math.tanh(beta * (n1 * c1 - n2 * c2))));
        u[1] = p * d * avg2(rho, (c1, c2) -> c2 * Math.tanh(beta * n2 * c2))
                + p * p / 2 * (avg2(rho, (c1, c2) -> c2 * Math.tanh(beta * (n1 * c1 + n2 * c2)))
                - avg2(rho, (c1, c2) -> c2 * Math.tanh(beta * (n1 * c1 - n2 * c2))));
        SelfConsistency.Evaluation ev = SelfConsistency.of(2, d, beta, ChiLaw.gaussian(rho)).evaluate(new double[] {n1, n2}, false);
        assertThat(ev.m()).containsExactly(m, within(1e-10));
        assertThat(ev.rhs()).containsExactly(new double[] {u[0] / (1 + rho), u[1] / (1 + rho)}, within(1e-10));
    }

    @Test
    void lowTemperatureQuadratureAgainstZeroTemperatureLimit() {
        // beta = 1e4: tanh is a step on the scale 1e-4/s; the panel rule must resolve it (docs/multitasking.md#eq-multitasking-5)
        double[] n = {0.41, 0.23, 0.11};
        SelfConsistency.Evaluation cold = SelfConsistency.of(3, 0.5, 1e4, ChiLaw.gaussian(0.2)).evaluate(n, true);
        SelfConsistency.Evaluation zero = SelfConsistency.of(3, 0.5, INF, ChiLaw.gaussian(0.2)).evaluate(n, true);
        assertThat(cold.m()).containsExactly(zero.m(), within(1e-6));
        assertThat(cold.rhs()).containsExactly(zero.rhs(), within(1e-6));
        for (int i = 0; i < 3; i++) assertThat(cold.hessian()[i]).containsExactly(zero.hessian()[i], within(1e-4));
    }

    @Test
    void hessianEqualsFiniteDifferencesOfFreeEnergy() {
        double[] n = {0.45, 0.3, 0.12};
        for (ChiLaw law : new ChiLaw[] {ChiLaw.gaussian(0.2), ChiLaw.binomial(5, 0.6)}) {
            for (double beta : new double[] {4, 12, INF}) {
                if (Double.isInfinite(beta) && law instanceof ChiLaw.Binomial) continue;
                SelfConsistency sc = SelfConsistency.of(3, 0.35, beta, law);
                double[][] A = sc.hessian(n);
                double h = 1e-4;
                for (int i = 0; i < 3; i++) {
                    // gradient of f is (1+rho)(n - RHS(n)); differentiate it
                    double[] np = n.clone(), nm = n.clone();
                    np[i] += h;
                    nm[i] -= h;
                    double[] rp = sc.rhs(np), rm = sc.rhs(nm);
                    for (int j = 0; j < 3; j++) {
                        double gp = (1 + sc.rho()) * (np[j] - rp[j]), gm = (1 + sc.rho()) * (nm[j] - rm[j]);
                        assertThat(A[j][i]).as("%s beta=%s A[%d][%d]", law, beta, j, i).isCloseTo((gp - gm) / (2 * h), within(1e-6));
                    }
                    // and the gradient is the derivative of f
                    double fd = (sc.freeEnergy(np) - sc.freeEnergy(nm)) / (2 * h);
                    assertThat((1 + sc.rho()) * (n[i] - sc.rhs(n)[i])).isCloseTo(fd, within(1e-7));
                }
            }
        }
    }

    @Test
    void steinFormOfTheNEquation() {
        // (1+rho) n = m + beta rho n [(1-d) - q_mu] (docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4): check on a solution via G_mu = beta((1-d) - q_mu)
        MultitaskingSolution s = SelfConsistency.of(2, 0.3, 10, ChiLaw.gaussian(0.2)).solve(MultitaskingState.HIERARCHICAL);
        double[] n = s.n(), m = s.m();
        // q_mu from the binomial-free definition: E[(xi^mu)^2 tanh^2(beta h)] by 2-D quadrature
        double d = 0.3, p = 1 - d, rho = 0.2, beta = 10;
        for (int mu = 0; mu < 2; mu++) {
            int i = mu;
            double single = p * d * avg2(rho, (c1, c2) -> sq(Math.tanh(beta * n[i] * (i == 0 ? c1 : c2))));
            double both = p * p / 2 * (avg2(rho, (c1, c2) -> sq(Math.tanh(beta * (n[0] * c1 + n[1] * c2))))
                    + avg2(rho, (c1, c2) -> sq(Math.tanh(beta * (n[0] * c1 - n[1] * c2)))));
            double q = single + both;
            assertThat((1 + rho) * n[mu]).isCloseTo(m[mu] + beta * rho * n[mu] * (p - q), within(1e-8));
        }
    }

    private static double sq(double x) {
        return x * x;
    }

    @Test
    void binomialLawAgainstBitEnumeration() {
        // supervised equations with the exact finite-M law equal the brute force over example bits
        int K = 2, M = 3;
        double d = 0.3, r = 0.6;
        for (double beta : new double[] {2.5, INF}) {
            ExampleEnumeration ex = new ExampleEnumeration(K, M, d, r, beta);
            SelfConsistency sc = SelfConsistency.of(K, d, beta, ChiLaw.binomial(M, r));
            double[] n = {0.52, 0.31};
            double[] brute = ex.supervised(n);
            SelfConsistency.Evaluation ev = sc.evaluate(n, false);
            assertThat(ev.rhs()).containsExactly(new double[] {brute[0], brute[1]}, within(1e-13));
            assertThat(ev.m()).containsExactly(new double[] {brute[2], brute[3]}, within(1e-13));
        }
    }

    @Test
    void binomialLawAgainstBitEnumerationAtLargerM() {
        // K = 1 with M = 15 (2^15 bit configurations) and K = 2 with M = 8 (2^16 per column)
        double[][] cases = {{1, 15, 0.5, 0.3, 10}, {2, 8, 0.5, 0.3, 10}, {2, 8, 0.5, 0.6, INF}};
        for (double[] c : cases) {
            int K = (int) c[0], M = (int) c[1];
            ExampleEnumeration ex = new ExampleEnumeration(K, M, c[3], c[2], c[4]);
            double[] n = K == 1 ? new double[] {0.6} : new double[] {0.4, 0.33};
            double[] brute = ex.supervised(n);
            SelfConsistency.Evaluation ev = SelfConsistency.of(K, c[3], c[4], ChiLaw.binomial(M, c[2])).evaluate(n, false);
            for (int mu = 0; mu < K; mu++) {
                assertThat(ev.rhs()[mu]).isCloseTo(brute[mu], within(1e-11));
                assertThat(ev.m()[mu]).isCloseTo(brute[K + mu], within(1e-11));
            }
        }
    }

    @Test
    void unsupervisedEqualsSupervisedInLowStorage() {
        // docs/multitasking.md#eq-multitasking-2: the K*M example overlaps of the unsupervised network, started away from the
        // ansatz, relax to n_{mu,a} = (1+rho) n_mu of the supervised solution; m is the same.
        int K = 2, M = 3;
        double d = 0.3, r = 0.6, beta = 5;
        ExampleEnumeration ex = new ExampleEnumeration(K, M, d, r, beta);
        MultitaskingSolution sup = SelfConsistency.of(K, d, beta, ChiLaw.binomial(M, r)).solve(MultitaskingState.HIERARCHICAL);
        SplittableRandom rng = new SplittableRandom(7);
        double[] seed = new double[K * M];
        for (int a = 0; a < M; a++) {
            seed[a] = 0.9 + 0.3 * rng.nextDouble();
            seed[M + a] = 0.1 + 0.3 * rng.nextDouble();
        }
        double[] un = ex.solveUnsupervised(seed);
        for (int mu = 0; mu < K; mu++) {
            for (int a = 0; a < M; a++) {
                assertThat(un[mu * M + a]).isCloseTo((1 + ex.rho) * sup.n(mu), within(1e-10));
            }
            assertThat(un[K * M + mu]).isCloseTo(sup.m(mu), within(1e-10));
        }
    }

    @Test
    void zeroNoiseLimitIsTheStoredNetwork() {
        // rho -> 0: n = m and m = E_xi[xi tanh(beta sum m xi)] (PRL 2012), computed here by direct enumeration
        int K = 3;
        double d = 0.4, beta = 6;
        double[] n = {0.5, 0.2, 0.1};
        double[] m = new double[K];
        for (int c = 0; c < 27; c++) {
            int[] xi = {c % 3 - 1, c / 3 % 3 - 1, c / 9 - 1};
            double p = 1, h = 0;
            for (int mu = 0; mu < K; mu++) {
                p *= xi[mu] == 0 ? d : (1 - d) / 2;
                h += n[mu] * xi[mu];
            }
            for (int mu = 0; mu < K; mu++) m[mu] += p * xi[mu] * Math.tanh(beta * h);
        }
        assertThat(SelfConsistency.of(K, d, beta, ChiLaw.gaussian(0)).rhs(n)).containsExactly(m, within(1e-14));
        assertThat(SelfConsistency.of(K, d, beta, ChiLaw.gaussian(1e-10)).rhs(n)).containsExactly(m, within(1e-8));
        assertThat(SelfConsistency.of(K, d, beta, ChiLaw.binomial(4, 1.0)).rhs(n)).containsExactly(m, within(1e-14));
    }

    @Test
    void binomialApproachesGaussianAtLargeM() {
        double rho = 0.2, d = 0.3, beta = 10;
        double[] g = SelfConsistency.of(2, d, beta, ChiLaw.gaussian(rho)).solve(MultitaskingState.HIERARCHICAL).m();
        double prev = Double.POSITIVE_INFINITY;
        for (int M : new int[] {15, 120, 960}) {
            double[] b = SelfConsistency.of(2, d, beta, ChiLaw.binomial(M, ChiLaw.rFor(rho, M))).solve(MultitaskingState.HIERARCHICAL).m();
            double dev = Math.abs(b[0] - g[0]) + Math.abs(b[1] - g[1]);
            assertThat(dev).isLessThan(prev);
            prev = dev;
        }
        assertThat(prev).isLessThan(2e-4);
    }
}
