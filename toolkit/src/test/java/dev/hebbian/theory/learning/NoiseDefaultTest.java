package dev.hebbian.theory.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.Multitasking;

/**
 * One law-of-the-class-average type and one default for the learning and multitasking theories
 * (docs/learning.md, "Default law"): exact when the number of examples M is known, CLT from rho alone.
 */
class NoiseDefaultTest {

    @Test
    void learningAndMultitaskingShareTheDefault() {
        assertThat(Learning.supervised().p(4).r(0.6).examples(10).noise()).isEqualTo(Noise.EXACT);
        assertThat(Learning.unsupervised().p(4).rho(0.2).noise()).isEqualTo(Noise.CLT);
        assertThat(Multitasking.supervised().r(0.5).examples(15).noise()).isEqualTo(Noise.EXACT);
        assertThat(Multitasking.supervised().rho(0.2).noise()).isEqualTo(Noise.CLT);
        assertThat(Learning.supervised().p(4).r(0.6).examples(10).noise(Noise.CLT).noise()).isEqualTo(Noise.CLT);
    }

    @Test
    void theDefaultIsTheLawTheSolutionUses() {
        // supervised, P = 2, beta = 2, r = 0.6, M = 10 (docs/learning.md): exact m = 0.8387, CLT 0.8426
        LearningSolution byDefault = Learning.supervised().p(2).r(0.6).examples(10).beta(2).lowLoad().solve();
        LearningSolution exact = Learning.supervised().p(2).r(0.6).examples(10).beta(2).noise(Noise.EXACT).lowLoad().solve();
        LearningSolution clt = Learning.supervised().p(2).r(0.6).examples(10).beta(2).noise(Noise.CLT).lowLoad().solve();
        assertThat(byDefault.retrievalM()).isEqualTo(exact.retrievalM());
        assertThat(byDefault.retrievalM()).isCloseTo(0.8387, within(1e-3));
        assertThat(clt.retrievalM()).isCloseTo(0.8426, within(1e-3));
    }

    @Test
    void multitaskingRefusesTheLargeDeviationSurrogateByName() {
        assertThatThrownBy(() -> Multitasking.supervised().noise(Noise.LARGE_DEVIATION))
                .hasMessageContaining("noise").hasMessageContaining("exact or clt");
    }
}
