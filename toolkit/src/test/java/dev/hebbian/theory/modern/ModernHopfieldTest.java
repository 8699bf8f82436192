package dev.hebbian.theory.modern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.hebbian.Check;
import dev.hebbian.numerics.NotConvergedException;
import dev.hebbian.theory.modern.Patterns.Ensemble;

/**
 * The modern Hopfield network (docs/modern-hopfield.md#eq-mh-1 to #eq-mh-6) against its limits and
 * theorems: beta -&gt; infinity (the update returns the pattern of largest overlap), beta -&gt; 0 (the
 * global average), the energy decrease of the update (concave-convex procedure, arXiv:2008.02217),
 * Ramsauer's one-update error bound, and fixed-point kinds on constructed pattern sets.
 */
class ModernHopfieldTest {
    static double[] add(double[] a, double[] b, double s) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) c[i] += s * b[i];
        return c;
    }

    @Test
    void largeBetaReturnsTheNearestPatternAndSmallBetaTheMean() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = Patterns.random(Ensemble.SPHERICAL, 6, 12, rng);
        double[] query = add(x[4], Patterns.gaussian(12, rng), 0.3);
        ModernHopfield hot = ModernHopfield.of(x, 1e-9), cold = ModernHopfield.of(x, 200);
        double[] up = cold.update(query);
        assertThat(ModernHopfield.distance(up, x[4])).isLessThan(1e-9);
        double[] mean = new double[12];
        for (double[] p : x) for (int i = 0; i < 12; i++) mean[i] += p[i] / 6;
        assertThat(ModernHopfield.distance(hot.update(query), mean)).isLessThan(1e-6);
        assertThat(hot.effectivePatterns(query)).isCloseTo(6, within(1e-6));
        assertThat(cold.effectivePatterns(query)).isCloseTo(1, within(1e-9));
    }

    @Test
    void energyClosedFormAndDecreaseUnderTheUpdate() {
        // closed form for K = 1: E = -x.xi + xi.xi/2 + M^2/2 = |xi - x|^2/2 (lse of one term is the term)
        double[] p = {1, 2, -2};
        ModernHopfield one = ModernHopfield.of(new double[][] {p}, 0.7);
        assertThat(one.energy(new double[] {0, 0, 0})).isCloseTo(4.5, within(1e-12));
        assertThat(one.energy(p)).isCloseTo(0, within(1e-12));
        SplittableRandom rng = new SplittableRandom(5);
        for (double beta : new double[] {0.01, 0.1, 0.5, 2}) {
            ModernHopfield net = ModernHopfield.of(Patterns.random(Ensemble.GAUSSIAN, 15, 8, rng), beta);
            for (int s = 0; s < 20; s++) {
                double[] xi = Patterns.gaussian(8, rng);
                for (int t = 0; t < 10; t++) {
                    double[] next = net.update(xi);
                    assertThat(net.energy(next)).isLessThanOrEqualTo(net.energy(xi) + 1e-10);
                    // Ramsauer: 0 <= E <= 2 M^2 on the convex hull of the patterns, where every update lands
                    assertThat(net.energy(next)).isBetween(-1e-10, 2 * net.maxNorm() * net.maxNorm() + 1e-10);
                    xi = next;
                }
            }
        }
    }

    @Test
    void oneStepErrorWithinRamsauersBoundOnWellSeparatedPatterns() {
        SplittableRandom rng = new SplittableRandom(11);
        int d = 64, K = 30;
        double[][] x = Patterns.random(Ensemble.SPHERICAL, K, d, rng);
        ModernHopfield net = ModernHopfield.of(x, 0.5);
        int informative = 0;
        double worstRatio = 0;
        for (int i = 0; i < K; i++) {
            assertThat(net.separation(i)).isGreaterThan(net.separationThreshold());  // well separated (storage theorem)
            for (double r : new double[] {0.05, 0.2, 0.4}) {
                double[] noise = Patterns.sphere(d, rng);
                double[] q = add(x[i], noise, r / Math.sqrt(d));  // |q - x_i| = r
                double err = ModernHopfield.distance(net.update(q), x[i]);
                double bound = net.retrievalErrorBound(i, q), tight = net.retrievalErrorBoundAt(i, q);
                assertThat(tight).isLessThanOrEqualTo(bound * (1 + 1e-12));
                assertThat(err).isLessThanOrEqualTo(tight * (1 + 1e-9));
                if (bound < 1e-3 * net.maxNorm()) informative++;
                worstRatio = Math.max(worstRatio, err / tight);
            }
        }
        assertThat(informative).isEqualTo(3 * K);     // the bound says something here: exponentially small errors
        assertThat(worstRatio).isGreaterThan(1e-3);   // and is not loose by orders of magnitude everywhere
    }

    @Test
    void separationOnAConstructedSet() {
        double[][] x = {{3, 0}, {1, 1}, {0, 2}};
        ModernHopfield net = ModernHopfield.of(x, 1);
        assertThat(net.separation(0)).isCloseTo(9 - 3, within(1e-12));
        assertThat(net.separation(1)).isCloseTo(2 - 3, within(1e-12));
        assertThat(net.separation(2)).isCloseTo(4 - 2, within(1e-12));
        assertThat(net.separationAt(0, new double[] {1, 0})).isCloseTo(2, within(1e-12));
    }

    /** Two tight clusters of two patterns each plus two far single patterns, in d = 6. */
    static double[][] clusters() {
        double e = 0.05;
        return new double[][] {{4, 0, e, 0, 0, 0}, {4, 0, -e, 0, 0, 0}, {0, 4, 0, e, 0, 0}, {0, 4, 0, -e, 0, 0},
                {0, 0, 0, 0, 4, 0}, {0, 0, 0, 0, 0, 4}};
    }

    @Test
    void fixedPointKindsOnConstructedCases() {
        double[][] x = clusters();
        // beta tiny: global average, n_eff = K
        ModernHopfield.Iteration g = ModernHopfield.of(x, 1e-4).iterate(new double[] {1, 0, 0, 0, 0, 0}, 1e-12, 1000);
        assertThat(g.kind()).isEqualTo(FixedPointKind.GLOBAL_AVERAGE);
        assertThat(g.effectivePatterns()).isCloseTo(6, within(0.01));
        // moderate beta from a cluster: the cluster mean (4, 0, 0, ...), n_eff = 2 of 6: metastable
        ModernHopfield.Iteration m = ModernHopfield.of(x, 2).iterate(new double[] {3, 0, 0.5, 0, 0, 0}, 1e-12, 1000);
        assertThat(m.kind()).isEqualTo(FixedPointKind.METASTABLE);
        assertThat(m.effectivePatterns()).isCloseTo(2, within(1e-3));
        assertThat(m.state()[0]).isCloseTo(4, within(1e-6));
        assertThat(m.state()[2]).isCloseTo(0, within(1e-6));
        // large beta from the same start: the single pattern x_1 (within 2 e exp(-beta 2 e^2) = 5e-46 here)
        ModernHopfield.Iteration s = ModernHopfield.of(x, 20000).iterate(new double[] {3, 0, 0.5, 0, 0, 0}, 1e-12, 1000);
        assertThat(s.kind()).isEqualTo(FixedPointKind.SINGLE_PATTERN);
        assertThat(ModernHopfield.distance(s.state(), x[0])).isLessThan(1e-9);
        assertThat(s.converged()).isTrue();
        // the census over random starts goes from global to single as beta grows
        FixedPointCensus lo = FixedPointCensus.measure(ModernHopfield.of(x, 1e-3), 40, 1e-10, 5000, 1);
        FixedPointCensus hi = FixedPointCensus.measure(ModernHopfield.of(x, 2000), 40, 1e-10, 5000, 1);
        assertThat(lo.globalFraction()).isEqualTo(1.0);
        assertThat(hi.singleFraction()).isEqualTo(1.0);
        assertThat(hi.unconverged()).isZero();
    }

    @Test
    void nonConvergenceIsAnErrorUnlessAllowed() {
        double[][] x = clusters();
        ModernHopfield net = ModernHopfield.of(x, 0.3);
        double[] start = {1, 1, 1, 1, 1, 1};
        assertThatThrownBy(() -> net.iterate(start, 1e-15, 1)).isInstanceOf(NotConvergedException.class)
                .hasMessageContaining("did not converge");
        ModernHopfield.Iteration it = net.iterate(start, 1e-15, 1, true);
        assertThat(it.converged()).isFalse();
        assertThat(it.iterations()).isEqualTo(1);
        assertThat(it.residual()).isGreaterThan(1e-15);
    }

    @Test
    void badInputNamesParameterValueAndRange() {
        double[][] ok = {{1, 0}, {0, 1}};
        assertThatThrownBy(() -> ModernHopfield.of(ok, 0)).isInstanceOf(Check.InvalidParameterException.class)
                .hasMessage("beta = 0.0 is out of range: must be > 0 and finite");
        assertThatThrownBy(() -> ModernHopfield.of(ok, -1)).hasMessageContaining("beta = -1.0").hasMessageContaining("> 0");
        assertThatThrownBy(() -> ModernHopfield.of(ok, Double.NaN)).hasMessageContaining("beta = NaN");
        assertThatThrownBy(() -> ModernHopfield.of(new double[0][], 1)).hasMessage("K = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> ModernHopfield.of(new double[][] {{}}, 1)).hasMessage("d = 0 is out of range: must be >= 1");
        assertThatThrownBy(() -> ModernHopfield.of(new double[][] {{1, 0}, {0, Double.NaN}}, 1))
                .hasMessage("patterns[1][1] = NaN is out of range: must be a finite number");
        assertThatThrownBy(() -> ModernHopfield.of(new double[][] {{1, 0}, {0, 1, 2}}, 1))
                .hasMessageContaining("patterns[1].length = 3").hasMessageContaining("d = 2");
        ModernHopfield net = ModernHopfield.of(ok, 1);
        assertThatThrownBy(() -> net.update(new double[] {1, 2, 3})).hasMessageContaining("xi.length = 3").hasMessageContaining("d = 2");
        assertThatThrownBy(() -> net.energy(new double[] {1, Double.POSITIVE_INFINITY})).hasMessageContaining("xi[1] = Infinity");
        assertThatThrownBy(() -> net.iterate(new double[] {1, 0}, 0, 10)).hasMessageContaining("tolerance = 0.0");
        assertThatThrownBy(() -> FixedPointCensus.measure(net, 0, 1e-9, 10, 1)).hasMessageContaining("starts = 0");
    }
}
