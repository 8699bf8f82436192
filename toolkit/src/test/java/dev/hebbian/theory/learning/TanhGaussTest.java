package dev.hebbian.theory.learning;

import dev.hebbian.numerics.Gauss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.numerics.LogMath;

/** The Gaussian RS integrals against a brute-force fine-grid integration, on both sides of the method switch. */
class TanhGaussTest {
    static double[] bruteForce(double mean, double sd) {
        int n = 400_000;
        double lo = mean - 12 * sd, hi = mean + 12 * sd, h = (hi - lo) / n;
        double[] s = new double[4];
        for (int i = 0; i <= n; i++) {
            double g = lo + i * h, z = (g - mean) / sd, w = (i == 0 || i == n ? 0.5 : 1) * h * Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
            double s2 = LogMath.sech2(g);
            s[0] += w * Math.tanh(g);
            s[1] += w * s2;
            s[2] += w * LogMath.logCosh(g);
            s[3] += w * g * g * s2;
        }
        return s;
    }

    @Test
    void matchesBruteForceAtEveryWidth() {
        Gauss rule = Gauss.order(301);
        double[][] cases = {{0.3, 0.2}, {2, 0.99}, {2, 1.01}, {-1.5, 3}, {92, 71}, {0.5, 40}, {300, 150}, {5, 1e3}};
        for (double[] c : cases) {
            double[] got = TanhGauss.moments(c[0], c[1], rule), want = bruteForce(c[0], c[1]);
            for (int k = 0; k < 4; k++)
                assertThat(got[k]).as("mean=%s sd=%s k=%s", c[0], c[1], k).isCloseTo(want[k], within(1e-9 * Math.max(1, Math.abs(want[k]))));
        }
    }
}
