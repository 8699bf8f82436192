package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Checks the test-only reference solver against the specs' published oracle values before the MC tests use it. */
class ReferenceTheoryTest {
    @Test
    void supervisedLowLoadMatchesSpecO6() {
        // supervised spec O6 (exact binomial): P=2 beta=2 r=.6 M=10 -> (y, m, q) = (0.848235, 0.838675, 0.754790)
        double[] a = ReferenceTheory.supervisedLowLoad(2, 2, 0.6, 10);
        assertThat(a[0]).isCloseTo(0.848235, within(1e-5));
        assertThat(a[1]).isCloseTo(0.838675, within(1e-5));
        assertThat(a[2]).isCloseTo(0.754790, within(1e-5));
        // P=4, literal beta=20 is canonical beta' = 2*20/4! = 5/3 -> (0.893373, 0.900016, 0.858911)
        double[] b = ReferenceTheory.supervisedLowLoad(4, 40.0 / 24, 0.6, 10);
        assertThat(b[0]).isCloseTo(0.893373, within(1e-5));
        assertThat(b[1]).isCloseTo(0.900016, within(1e-5));
        assertThat(b[2]).isCloseTo(0.858911, within(1e-5));
        // P=2 beta=5 r=.2 M=10 -> (0.791911, 0.463050, 0.779910)
        double[] c = ReferenceTheory.supervisedLowLoad(2, 5, 0.2, 10);
        assertThat(c[1]).isCloseTo(0.463050, within(1e-5));
    }

    @Test
    void agsLimits() {
        // alpha -> 0: Curie-Weiss m = tanh(beta m); beta = 2 gives 0.957504
        double[] cw = ReferenceTheory.ags(1e-12, 2);
        assertThat(cw[0]).isCloseTo(0.957504, within(1e-5));
        // moderate beta: AGS m stays below the Curie-Weiss value at the same beta
        double[] a = ReferenceTheory.ags(0.05, 1 / 0.3);
        assertThat(a[0]).isLessThan(ReferenceTheory.ags(1e-12, 1 / 0.3)[0]).isGreaterThan(0.9);
    }

    @Test
    void denseRsLimits() {
        // alpha -> 0, P = 4: m = tanh(beta (P/2) m^3) (no noise)
        double m = ReferenceTheory.denseRS(4, 1e-14, 2)[0];
        assertThat(m).isGreaterThan(0.99).isCloseTo(Math.tanh(4 * m * m * m), within(1e-9));
        // noise lowers m at fixed beta
        assertThat(ReferenceTheory.denseRS(4, 0.2, 2)[0]).isLessThan(m);
    }
}
