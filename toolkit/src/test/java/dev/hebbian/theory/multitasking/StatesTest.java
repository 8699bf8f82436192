package dev.hebbian.theory.multitasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** arXiv:2308.04106; docs/multitasking.md#reference-values (Gaussian law, hierarchical seed; tolerance 2e-4). */
class StatesTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(2, 10.0, 0.0, 0.2, new double[] {0.80000, 0.14250}, null, MultitaskingState.HIERARCHICAL),
                Arguments.of(2, 10.0, 0.0, 0.5, new double[] {0.49831, 0.24820}, null, MultitaskingState.HIERARCHICAL),
                Arguments.of(2, 10.0, 0.0, 0.8, new double[] {0.16952, 0.16952}, null, MultitaskingState.PARALLEL),
                Arguments.of(2, 10.0, 0.1, 0.5, new double[] {0.42632, 0.31478}, new double[] {0.40638, 0.30181}, MultitaskingState.HIERARCHICAL),
                Arguments.of(2, 10.0, 0.2, 0.2, new double[] {0.75642, 0.16532}, new double[] {0.66289, 0.15497}, MultitaskingState.HIERARCHICAL),
                Arguments.of(2, 10.0, 0.2, 0.5, new double[] {0.36049, 0.36049}, new double[] {0.33502, 0.33502}, MultitaskingState.PARALLEL),
                Arguments.of(2, INF, 0.1, 0.5, new double[] {0.45847, 0.29074}, new double[] {0.43222, 0.27424}, MultitaskingState.HIERARCHICAL),
                Arguments.of(2, INF, 0.2, 0.2, new double[] {0.76049, 0.18712}, new double[] {0.66462, 0.16660}, MultitaskingState.HIERARCHICAL),
                Arguments.of(2, INF, 0.2, 0.5, new double[] {0.36847, 0.36847}, new double[] {0.33962, 0.33962}, MultitaskingState.PARALLEL),
                Arguments.of(3, 10.0, 0.0, 0.2, new double[] {0.80000, 0.14250, 0}, null, MultitaskingState.HIERARCHICAL),
                Arguments.of(3, 10.0, 0.0, 0.5, new double[] {0.49527, 0.24396, 0.11441}, null, MultitaskingState.HIERARCHICAL),
                Arguments.of(3, 10.0, 0.0, 0.8, new double[] {0.15198, 0.15198, 0.15198}, null, MultitaskingState.PARALLEL),
                Arguments.of(3, 10.0, 0.2, 0.3, new double[] {0.62404, 0.24073, 0.09257}, new double[] {0.56220, 0.22901, 0.09123}, MultitaskingState.HIERARCHICAL),
                Arguments.of(3, 10.0, 0.2, 0.5, new double[] {0.29595, 0.29595, 0.29595}, new double[] {0.28356, 0.28356, 0.28356}, MultitaskingState.PARALLEL),
                Arguments.of(3, INF, 0.1, 0.5, new double[] {0.36331, 0.36331, 0.19325}, new double[] {0.35108, 0.35108, 0.18411}, MultitaskingState.PARTIALLY_SYMMETRIC),
                Arguments.of(3, INF, 0.2, 0.2, new double[] {0.75900, 0.18377, 0.04776}, new double[] {0.66407, 0.16642, 0.04372}, MultitaskingState.HIERARCHICAL),
                Arguments.of(3, INF, 0.2, 0.5, new double[] {0.30299, 0.30299, 0.30299}, new double[] {0.28900, 0.28900, 0.28900}, MultitaskingState.PARALLEL),
                Arguments.of(3, 50.0, 0.0, 0.7, new double[] {0.28638, 0.22350, 0.16062}, null, MultitaskingState.HIERARCHICAL));
    }

    @ParameterizedTest(name = "K={0} beta={1} rho={2} d={3}")
    @MethodSource("table")
    void hierarchicalSeedReachesTheReferenceState(int K, double beta, double rho, double d, double[] m, double[] n, MultitaskingState state) {
        MultitaskingSolution s = SelfConsistency.of(K, d, beta, ChiLaw.gaussian(rho)).solve(MultitaskingState.HIERARCHICAL);
        assertThat(s.converged()).isTrue();
        assertThat(s.residual()).isLessThan(1e-11);
        assertThat(s.m()).containsExactly(m, within(2e-5));
        assertThat(s.n()).containsExactly(n == null ? m : n, within(2e-5));
        assertThat(s.state()).isEqualTo(state);
        assertThat(s.stability()).isEqualTo(Stability.STABLE);
        assertThat(s.lambdaMin()).isPositive();
    }

    @org.junit.jupiter.api.Test
    void overlapsAgainstDilutionQuotedBesideTheMonteCarloRuns() {
        // K = 2, rho = 0.2, beta = 10 (Gaussian), quoted to 3 digits in arXiv:2308.04106 (Monte Carlo protocol)
        double[][] rows = {{0.05, 0.921, 0}, {0.2, 0.756, 0.165}, {0.3, 0.630, 0.251}, {0.6, 0.303, 0.303}, {0.95, 0, 0}};
        for (double[] r : rows) {
            MultitaskingSolution s = SelfConsistency.of(2, r[0], 10, ChiLaw.gaussian(0.2)).solve(MultitaskingState.HIERARCHICAL);
            assertThat(s.m()).containsExactly(new double[] {r[1], r[2]}, within(6e-4));
        }
    }
}
