package dev.hebbian.theory.learning;

import dev.hebbian.cli.LearningCli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import dev.hebbian.Check;

/** Bad parameters give an error naming the parameter. */
class BadValuesTest {
    static void names(String parameter, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(Check.InvalidParameterException.class)
                .satisfies(e -> assertThat(((Check.InvalidParameterException) e).parameter()).isEqualTo(parameter))
                .hasMessageStartingWith(parameter + " = ");
    }

    @Test
    void badValuesNameTheParameter() {
        names("r", () -> Learning.supervised().r(1.5));
        names("r", () -> Learning.supervised().r(-0.1));
        names("r", () -> ExampleSet.ofR(Double.NaN, 3));
        names("M", () -> Learning.supervised().examples(0));
        names("M", () -> ExampleSet.ofRho(0.2, 0));
        names("P", () -> Learning.supervised().p(3));
        names("P", () -> Learning.supervised().p(0));
        names("T", () -> Learning.supervised().temperature(-1));
        names("beta", () -> Learning.supervised().beta(-2));
        names("rho", () -> Learning.supervised().rho(-0.5));
        names("alpha", () -> Learning.supervised().p(4).rho(0.1).beta(2).highLoad().alpha(-0.1));
        names("rho", () -> Learning.supervised().p(4).r(0.5).rho(0.1).examples(3).beta(1).lowLoad().solve());
        names("M", () -> Learning.supervised().p(4).r(0.5).beta(1).lowLoad().solve());
        names("r", () -> Learning.supervised().p(4).beta(1).lowLoad().solve());
        names("P", () -> Learning.supervised().r(0.5).examples(3).beta(1).lowLoad().solve());
        names("beta", () -> Learning.supervised().p(4).r(0.5).examples(3).lowLoad().solve());
        names("noise", () -> Learning.supervised().p(4).rho(0.3).noise(Noise.EXACT).beta(1).lowLoad().solve()); // exact needs M
        names("M", () -> Learning.unsupervised().p(4).rho(0.3).noise(Noise.CLT).beta(1).lowLoad().solve());
        names("P", () -> Learning.unsupervised().p(2).r(0.5).examples(3).beta(1).highLoad().alpha(0.1).solve());
        names("model", () -> LearningCli.solve("selfsupervised", 4, 0, 0.1, 0.5, 3, null, "exact"));
        names("noise", () -> LearningCli.solve("supervised", 4, 0, 0.1, 0.5, 3, null, "gaussian"));
        names("T", () -> LearningCli.solve("supervised", 4, 0, -0.1, 0.5, 3, null, "exact"));
    }
}
