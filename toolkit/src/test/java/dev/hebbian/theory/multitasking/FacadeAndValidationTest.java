package dev.hebbian.theory.multitasking;

import dev.hebbian.cli.MultitaskingCli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hebbian.Check;
import dev.hebbian.Multitasking;
import dev.hebbian.numerics.NotConvergedException;

/** The fluent facade, the CLI fields and parameter validation (docs/multitasking.md). */
class FacadeAndValidationTest {

    @Test
    void fluentSupervisedMatchesTheReferenceState() {
        MultitaskingSolution s = Multitasking.supervised().k(3).dilution(0.3).rho(0.2).beta(10).solve();
        assertThat(s.m()).containsExactly(new double[] {0.62404, 0.24073, 0.09257}, within(2e-5));
        assertThat(s.converged()).isTrue();
        assertThat(s.residual()).isLessThan(1e-11);
        assertThat(s.iterations()).isPositive();
    }

    @Test
    void unsupervisedBuilderGivesTheSameNumbersAsSupervised() {
        Multitasking.Builder common = Multitasking.supervised().k(2).dilution(0.6).r(0.5).examples(15).exactNoise().beta(10);
        MultitaskingSolution sup = common.solve();
        MultitaskingSolution uns = Multitasking.unsupervised().k(2).dilution(0.6).r(0.5).examples(15).exactNoise().beta(10).solve();
        assertThat(uns.m()).containsExactly(sup.m(), within(0.0));
        assertThat(Multitasking.unsupervised().protocol()).isEqualTo(Multitasking.Protocol.UNSUPERVISED);
    }

    @Test
    void builderIsImmutable() {
        Multitasking.Builder a = Multitasking.supervised().k(2).dilution(0.5).rho(0.1).beta(10);
        Multitasking.Builder b = a.dilution(0.2);
        assertThat(a.solve().d()).isEqualTo(0.5);
        assertThat(b.solve().d()).isEqualTo(0.2);
    }

    @Test
    void rAndMAreAnAlternativeToRho() {
        // r = 0.2, M = 120 gives rho = 0.2
        MultitaskingSolution viaRM = Multitasking.supervised().k(2).dilution(0.5).r(0.2).examples(120).cltNoise().zeroTemperature().solve();
        MultitaskingSolution viaRho = Multitasking.supervised().k(2).dilution(0.5).rho(0.2).zeroTemperature().solve();
        assertThat(viaRM.m()).containsExactly(viaRho.m(), within(1e-12));
        assertThat(viaRM.m()).containsExactly(new double[] {0.36847, 0.36847}, within(2e-5));
        assertThat(Multitasking.supervised().r(0.5).examples(15).law().rho()).isCloseTo(0.2, within(1e-15));
        assertThat(Multitasking.supervised().rho(0.2).examples(15).exactNoise().law())
                .isEqualTo(ChiLaw.binomial(15, 1 / Math.sqrt(4)));
    }

    @Test
    void initialStatesGiveTheirBranches() {
        // K = 3, rho = 0.1, T = 0.1: d_2 = 0.1091, d_3 = 0.3248, d_12 = 0.4820, d_P = 0.5376 (docs/multitasking.md#reference-values)
        Multitasking.Builder b = Multitasking.supervised().k(3).dilution(0.4).rho(0.1).beta(10);
        assertThat(b.init(MultitaskingState.HIERARCHICAL).solve().state()).isEqualTo(MultitaskingState.HIERARCHICAL);
        assertThat(b.dilution(0.5).init(MultitaskingState.HIERARCHICAL).solve().state()).isEqualTo(MultitaskingState.PARTIALLY_SYMMETRIC);
        MultitaskingSolution par = b.init(MultitaskingState.PARALLEL).solve();
        assertThat(par.state()).isEqualTo(MultitaskingState.PARALLEL);
        assertThat(par.stability()).isEqualTo(Stability.UNSTABLE); // d = 0.4 < d_P
        MultitaskingSolution pure = b.init(MultitaskingState.PURE).solve();
        assertThat(pure.state()).isEqualTo(MultitaskingState.PURE);
        assertThat(pure.stability()).isEqualTo(Stability.UNSTABLE); // d = 0.4 > d_2
        assertThat(b.dilution(0.6).init(MultitaskingState.PARALLEL).solve().stability()).isEqualTo(Stability.STABLE);
    }

    @Test
    void normalisationRescalesTheTemperatureAxis() {
        // T_c = 1 - d (R), 1 (R_TIMES_ONE_MINUS_D), (1-d)/(1+rho) (TEACHING_CODE)
        Multitasking.Builder b = Multitasking.supervised().k(1).dilution(0.5).rho(0.25);
        assertThat(b.temperature(0.45).solve().state()).isEqualTo(MultitaskingState.PURE);
        assertThat(b.temperature(0.55).solve().state()).isEqualTo(MultitaskingState.ERGODIC);
        Multitasking.Builder teach = b.normalisation(Multitasking.Normalisation.TEACHING_CODE);
        assertThat(teach.temperature(0.39).solve().state()).isEqualTo(MultitaskingState.PURE);
        assertThat(teach.temperature(0.41).solve().state()).isEqualTo(MultitaskingState.ERGODIC);
        Multitasking.Builder oneMinusD = b.normalisation(Multitasking.Normalisation.R_TIMES_ONE_MINUS_D);
        assertThat(oneMinusD.temperature(0.95).solve().state()).isEqualTo(MultitaskingState.PURE);
        assertThat(oneMinusD.temperature(1.05).solve().state()).isEqualTo(MultitaskingState.ERGODIC);
        // T = 0 results do not depend on the normalisation
        assertThat(teach.zeroTemperature().solve().m()).containsExactly(b.zeroTemperature().solve().m(), within(0.0));
    }

    @Test
    void cliFields() {
        Map<String, Object> f = MultitaskingCli.solve(3, 0.3, 0.2, 0.1, "clt", null, null, "hierarchical");
        assertThat((double[]) f.get("m")).containsExactly(new double[] {0.62404, 0.24073, 0.09257}, within(2e-5));
        assertThat((double[]) f.get("n")).containsExactly(new double[] {0.56220, 0.22901, 0.09123}, within(2e-5));
        assertThat(f.get("stability")).isEqualTo("stable");
        assertThat(f.get("state")).isEqualTo("hierarchical");
        assertThat(f.get("converged")).isEqualTo(true);
        assertThat(f).containsKeys("iterations", "residual", "eigenvalues", "freeEnergy", "energy");
        String json = dev.hebbian.cli.Output.toJson(f).replaceAll("\\s", "");
        assertThat(json).contains("\"m\":[0.62").contains("\"n\":[0.56").contains("\"stability\":\"stable\"");
        Map<String, Object> exact = MultitaskingCli.solve(2, 0.3, Double.NaN, 0.1, "exact", 0.5, 15, null);
        assertThat(exact.get("M")).isEqualTo(15);
        assertThat((double) exact.get("rho")).isCloseTo(0.2, within(1e-14));
        assertThatThrownBy(() -> MultitaskingCli.solve(2, 0.3, 0.2, 0.1, "poisson", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noise");
        assertThatThrownBy(() -> MultitaskingCli.solve(2, 0.3, 0.2, 0.1, null, null, null, "spin-glass"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("init");
    }

    @Test
    void badValuesNameTheParameter() {
        assertThatThrownBy(() -> Multitasking.supervised().dilution(1.0)).isInstanceOf(Check.InvalidParameterException.class)
                .hasMessage("d = 1.0 is out of range: must be in [0.0, 1.0)");
        assertThatThrownBy(() -> Multitasking.supervised().dilution(-0.1)).hasMessageStartingWith("d = -0.1");
        assertThatThrownBy(() -> Multitasking.supervised().k(0)).hasMessageStartingWith("K = 0 is out of range");
        assertThatThrownBy(() -> Multitasking.supervised().k(9)).hasMessage("K = 9 is out of range: must be in [1, 8]");
        assertThatThrownBy(() -> SelfConsistency.of(9, 0.3, 1, ChiLaw.gaussian(0))).hasMessageStartingWith("K = 9");
        assertThatThrownBy(() -> Multitasking.supervised().r(1.5)).hasMessage("r = 1.5 is out of range: must be in [0.0, 1.0]");
        assertThatThrownBy(() -> Multitasking.supervised().r(-0.5)).hasMessageStartingWith("r = -0.5");
        assertThatThrownBy(() -> Multitasking.supervised().r(0)).hasMessageStartingWith("r = 0.0");
        assertThatThrownBy(() -> Multitasking.supervised().rho(-1)).hasMessageStartingWith("rho = -1.0");
        assertThatThrownBy(() -> Multitasking.supervised().examples(0)).hasMessageStartingWith("M = 0");
        assertThatThrownBy(() -> Multitasking.supervised().beta(-1)).hasMessageStartingWith("beta = -1.0");
        assertThatThrownBy(() -> Multitasking.supervised().temperature(-1)).hasMessageStartingWith("T = -1.0");
        assertThatThrownBy(() -> Multitasking.supervised().rho(0.2).exactNoise().solve()).hasMessageStartingWith("M = unset");
        assertThatThrownBy(() -> Multitasking.supervised().r(0.5).solve()).hasMessageStartingWith("M = unset");
        assertThatThrownBy(() -> Multitasking.supervised().rho(0.3).r(0.5).examples(15).solve()).hasMessageStartingWith("rho = 0.3");
        assertThatThrownBy(() -> SelfConsistency.of(3, 0.3, 1, ChiLaw.binomial(5000, 0.05))).hasMessageStartingWith("M = 5000");
        assertThatThrownBy(() -> PhaseBoundaries.of(2, Double.POSITIVE_INFINITY, 0)).hasMessageStartingWith("beta = Infinity");
        assertThatThrownBy(() -> MultitaskingState.ALTERNATIVE.seed(2, 0.5)).hasMessageStartingWith("K = 2");
    }

    @Test
    void nonConvergenceIsAnExceptionUnlessAllowed() {
        SelfConsistency sc = SelfConsistency.of(2, 0.5, 10, ChiLaw.gaussian(0.1)).maxIterations(3);
        assertThatThrownBy(() -> sc.solve(MultitaskingState.HIERARCHICAL)).isInstanceOf(NotConvergedException.class);
        MultitaskingSolution s = sc.allowUnconverged(true).solve(MultitaskingState.HIERARCHICAL);
        assertThat(s.converged()).isFalse();
        assertThat(s.residual()).isGreaterThan(1e-12);
    }

    @Test
    void exactBinomialPureStatesHaveAStabilityVerdict() {
        // used to throw "non symmetric matrix" from the eigensolver (round-off asymmetry of the Hessian)
        for (double T : new double[] {0.35, 0.5}) {
            dev.hebbian.theory.multitasking.MultitaskingSolution s = dev.hebbian.Multitasking.supervised().k(2).dilution(0.3).r(0.2)
                    .examples(120).exactNoise().temperature(T).solve();
            assertThat(s.converged()).isTrue();
            assertThat(s.stability()).isNotNull();
        }
        assertThat(dev.hebbian.Multitasking.supervised().k(2).dilution(0.3).r(0.5).examples(15).exactNoise()
                .temperature(0.35).solve().converged()).isTrue();
    }
}
