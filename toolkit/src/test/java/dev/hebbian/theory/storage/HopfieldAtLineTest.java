package dev.hebbian.theory.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.PhaseDiagram;
import dev.hebbian.theory.Solution;

/**
 * The AT line of the AGS retrieval state (P = 2, RS) at low load, where it lies far below the
 * phase diagram's tMin = 0.01 (it used to be NaN for alpha &lt;= 0.13). Oracles: the replicon
 * lambda = alpha beta^2 E sech^4(beta (m + s z)) / D^2 evaluated by a brute-force quadrature on
 * either side of the line, and its T -&gt; 0 limit lambda T -&gt; Lambda0 = (2/3) alpha k (1 + k)
 * (E sech^4(beta h) ~ (4/3) p(0)/beta, arXiv:2111.12997; docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4; k = sqrt(2/pi) e^{-y^2}/sqrt(alpha)
 * with y the AGS T = 0 root, solved here by plain bisection).
 */
class HopfieldAtLineTest {
    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.1, 0.12, 0.13})
    void retrievalAtLineIsFoundBelowTMinAndLambdaCrossesOneThere(double alpha) {
        var prob = DenseHebbian.storage().p(2).alpha(alpha);
        var tr = prob.transitions(0.01, 1.5);
        double tAt = tr.atLine();
        assertThat(tAt).isFinite().isPositive().isLessThan(tr.retrievalSpinodal());
        // lambda T -> Lambda0 as T -> 0, with O(T) corrections
        double lambda0 = lowTemperatureLimit(alpha);
        assertThat(tAt / lambda0 - 1).isCloseTo(0, within(tAt));
        // lambda = 1 on the line, > 1 just below it, < 1 just above it (brute-force quadrature, not Gauss-Hermite)
        for (double f : new double[] {1 - 1e-3, 1, 1 + 1e-3}) {
            double t = tAt * f, beta = 1 / t;
            Solution r = prob.temperature(t).solve(Branch.RETRIEVAL);
            assertThat(r.branch()).isEqualTo(Branch.RETRIEVAL);
            double[] bf = bruteForce(alpha, beta, r.m(), r.q());
            assertThat(bf[0]).as("m = E tanh").isCloseTo(r.m(), within(1e-9));
            assertThat(bf[1]).as("q = E tanh^2").isCloseTo(r.q(), within(1e-9));
            if (f < 1) assertThat(bf[2]).isGreaterThan(1);
            else if (f > 1) assertThat(bf[2]).isLessThan(1);
            else assertThat(bf[2]).isCloseTo(1, within(1e-5));
        }
    }

    @Test
    void phaseDiagramLinesCarryTheLowTemperatureAtLine() {
        PhaseDiagram pd = DenseHebbian.storage().p(2).phaseDiagram(new double[] {0.1, 0.13}, new double[] {0.2, 1.0});
        for (int j = 0; j < 2; j++) {
            double alpha = pd.lines().doubleColumn("alpha").get(j), at = pd.lines().doubleColumn("atLine").get(j);
            assertThat(at / lowTemperatureLimit(alpha) - 1).isCloseTo(0, within(2e-2));
            assertThat(at).isLessThan(pd.lines().doubleColumn("retrievalSpinodal").get(j));
        }
    }

    /** Lambda0 = lim T lambda = (2/3) alpha k (1 + k) on the AGS T = 0 retrieval root y. */
    static double lowTemperatureLimit(double alpha) {
        // largest root of erf(y) = y (sqrt(2 alpha) + (2/sqrt(pi)) e^{-y^2}): F < 0 beyond it, F > 0 just below
        java.util.function.DoubleUnaryOperator f = y -> Erf.erf(y) - y * (Math.sqrt(2 * alpha) + 2 / Math.sqrt(Math.PI) * Math.exp(-y * y));
        double hi = 20, lo = hi;
        while (f.applyAsDouble(lo) < 0) lo -= 1e-3;
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) < 0) hi = mid;
            else lo = mid;
        }
        double y = 0.5 * (lo + hi), k = Math.sqrt(2 / Math.PI) * Math.exp(-y * y) / Math.sqrt(alpha);
        return 2.0 / 3 * alpha * k * (1 + k);
    }

    /**
     * {E tanh, E tanh^2, lambda} of the AGS field beta (m + s z), s = sqrt(alpha q)/D, D = 1 - beta (1 - q),
     * at low T: the smooth parts in closed form (E sgn(h) = erf(m/(s sqrt 2)), tanh^2 = 1 - sech^2), the
     * kink at h = 0 by a midpoint rule in h over |h| &lt; 40/beta.
     */
    static double[] bruteForce(double alpha, double beta, double m, double q) {
        double d = 1 - beta * (1 - q), s = Math.sqrt(alpha * q) / d;
        int n = 400_000;
        double w = 40 / beta, dh = 2 * w / n, tanhCorr = 0, sech2 = 0, sech4 = 0;
        for (int i = 0; i < n; i++) {
            double h = -w + (i + 0.5) * dh, u = (h - m) / s;
            double dens = Math.exp(-u * u / 2) / (Math.sqrt(2 * Math.PI) * s) * dh;
            double c = 1 / Math.cosh(beta * h), c2 = c * c;
            tanhCorr += dens * (Math.tanh(beta * h) - Math.signum(h));
            sech2 += dens * c2;
            sech4 += dens * c2 * c2;
        }
        double eTanh = Erf.erf(m / (s * Math.sqrt(2))) + tanhCorr;
        return new double[] {eTanh, 1 - sech2, alpha * beta * beta * sech4 / (d * d)};
    }
}
