package dev.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hebbian.theory.exponential.BinaryThresholds;

/** {@code solve --model exponential} and {@code simulate --model exponential} (docs/exponential-memory.md). */
class ExponentialCliTest {
    static JsonNode json(String out) throws Exception {
        return new ObjectMapper().readTree(out.substring(out.indexOf('{')));
    }

    @Test
    void solvePrintsTheThresholdsAndPredictions() throws Exception {
        ToolkitCliTest.Run r = ToolkitCliTest.runResult("solve", "--model", "exponential", "--alpha", "0.3", "--T", "1", "--rho", "0.1",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.get("alpha1").asDouble()).isCloseTo(BinaryThresholds.rate(0.8), within(1e-12));
        assertThat(j.get("alphaDemircigil").asDouble()).isCloseTo(BinaryThresholds.rate(0.8) / 2, within(1e-12));
        assertThat(j.get("typicalRetrieved").asBoolean()).isTrue();
        assertThat(j.get("allRetrieved").asBoolean()).isFalse();
        assertThat(j.get("converged").asBoolean()).isTrue();
        // default T = 1 (F = exp): alpha_1 = 2 - ln cosh 2 at rho = 0
        JsonNode d = json(ToolkitCliTest.runResult("solve", "--model", "exponential", "--alpha", "0.3", "--format", "json").out());
        assertThat(d.get("alpha1").asDouble()).isCloseTo(2 - Math.log(Math.cosh(2)), within(1e-12));
    }

    @Test
    void simulateEnumeratesAndIsSeeded() throws Exception {
        String[] args = {"simulate", "--model", "exponential", "--N", "10", "--alpha", "0.3", "--T", "1", "--rho", "0.1", "--samples",
            "3", "--sweeps", "20", "--format", "json", "--threads", "1"};
        ToolkitCliTest.Run a = ToolkitCliTest.run(args);
        assertThat(a.code()).as(a.err()).isZero();
        JsonNode j = json(a.out());
        assertThat(j.get("K").asInt()).isEqualTo((int) Math.rint(Math.exp(3)));
        assertThat(j.get("fixedPoint").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.has("posteriorWeight")).isTrue();
        assertThat(ToolkitCliTest.run(args).out()).isEqualTo(a.out());
    }

    @Test
    void badInputNamesParameterValueAndRange() {
        ToolkitCliTest.Run r = ToolkitCliTest.runResult("solve", "--model", "exponential", "--alpha", "0");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("alpha = 0.0").contains("> 0");
        assertThat(ToolkitCliTest.runResult("solve", "--model", "exponential", "--alpha", "0.2", "--rho", "0.5").err())
                .contains("rho = 0.5").contains("[0.0, 0.5)");
        assertThat(ToolkitCliTest.runResult("solve", "--model", "exponential", "--alpha", "0.2", "--T", "-1").err()).contains("T = -1.0");
        assertThat(ToolkitCliTest.run("simulate", "--model", "exponential", "--N", "25", "--alpha", "0.2").err())
                .contains("N = 25").contains("[1, 24]");
        assertThat(ToolkitCliTest.runResult("solve", "--model", "exponential", "--alpha", "0.2", "--P", "4").err())
                .contains("--P does not apply");
    }
}
