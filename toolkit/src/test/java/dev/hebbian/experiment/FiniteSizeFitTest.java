package dev.hebbian.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FiniteSizeFitTest {
    @Test
    void exactLineIsRecovered() {
        int[] N = {40, 60, 100, 160};
        double[] y = new double[4], e = {0.01, 0.02, 0.01, 0.03};
        for (int i = 0; i < 4; i++) y[i] = 0.98 - 3.0 / N[i];
        FiniteSizeFit f = FiniteSizeFit.of(N, y, e);
        assertThat(f.intercept()).isCloseTo(0.98, within(1e-12));
        assertThat(f.slope()).isCloseTo(-3, within(1e-10));
        assertThat(f.chi2PerDof()).isCloseTo(0, within(1e-20));
        assertThat(f.at(50)).isCloseTo(0.92, within(1e-12));
    }

    @Test
    void twoPointErrorsByHand() {
        // two points, equal errors s: the line passes through both; y_inf = (x2 y1 - x1 y2) / (x2 - x1),
        // var(y_inf) = s^2 (x1^2 + x2^2) / (x2 - x1)^2
        int[] N = {50, 100};
        double s = 0.02, x1 = 1 / 50.0, x2 = 1 / 100.0;
        FiniteSizeFit f = FiniteSizeFit.of(N, new double[] {0.8, 0.9}, new double[] {s, s});
        assertThat(f.intercept()).isCloseTo(1.0, within(1e-12));
        assertThat(f.interceptStdErr()).isCloseTo(s * Math.sqrt(x1 * x1 + x2 * x2) / Math.abs(x2 - x1), within(1e-12));
        assertThat(f.chi2PerDof()).isNaN();
    }

    @Test
    void noisyPointsScatterAsTheErrorsSay() {
        // 200 synthetic data sets: the pull (y_inf - truth) / stderr has unit spread
        int[] N = {40, 60, 100, 160};
        double[] e = {0.03, 0.02, 0.015, 0.01};
        SplittableRandom rng = new SplittableRandom(3);
        double s2 = 0;
        int n = 200;
        for (int k = 0; k < n; k++) {
            double[] y = new double[4];
            for (int i = 0; i < 4; i++) y[i] = 0.9 - 2.0 / N[i] + e[i] * gauss(rng);
            FiniteSizeFit f = FiniteSizeFit.of(N, y, e);
            double pull = (f.intercept() - 0.9) / f.interceptStdErr();
            s2 += pull * pull;
        }
        assertThat(Math.sqrt(s2 / n)).isCloseTo(1, within(0.15));
    }

    @Test
    void badInputNamesTheParameter() {
        assertThatThrownBy(() -> FiniteSizeFit.of(new int[] {40, 40}, new double[] {1, 1}, new double[] {0.1, 0.1}))
                .hasMessageContaining("two distinct sizes");
        assertThatThrownBy(() -> FiniteSizeFit.of(new int[] {40, 0}, new double[] {1, 1}, new double[] {0.1, 0.1})).hasMessageContaining("N[1]");
        assertThatThrownBy(() -> FiniteSizeFit.of(new int[] {40, 60}, new double[] {1, Double.NaN}, new double[] {0.1, 0.1})).hasMessageContaining("y[1]");
        assertThatThrownBy(() -> FiniteSizeFit.of(new int[] {40, 60}, new double[] {1, 1}, new double[] {0.1, -1})).hasMessageContaining("err[1]");
        assertThatThrownBy(() -> FiniteSizeFit.of(new int[] {40}, new double[] {1, 1}, new double[] {0.1, 1})).hasMessageContaining("differ in length");
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
