package dev.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code simulate --model modern}: fields, the thresholds it prints and one-line errors. */
class SimulateModernCliTest {
    @Test
    void printsMarginRetrievalAndThresholds() throws Exception {
        ReplicaCommandsTest.Run r = ReplicaCommandsTest.run("simulate", "--model", "modern", "--N", "16", "--alpha", "0.2", "--T", "2.5",
                "--samples", "8", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = ReplicaCommandsTest.json(r);
        assertThat(j.get("alpha1").asDouble()).isCloseTo(0.32, within(1e-9));       // lambda - lambda^2/2 at lambda = 0.4
        assertThat(j.get("marginTheory").asDouble()).isCloseTo(0.4 - 0.2 - 0.08, within(1e-12));
        assertThat(j.get("K").asInt()).isEqualTo((int) Math.rint(Math.exp(0.2 * 16)));
        assertThat(j.get("margin").asDouble()).isPositive();
    }

    @Test
    void badInputIsOneLine() {
        ReplicaCommandsTest.Run r = ReplicaCommandsTest.run("simulate", "--model", "modern", "--N", "16", "--alpha", "0.2", "--T", "0");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("T = 0.0 is out of range").contains("> 0");
        ReplicaCommandsTest.Run big = ReplicaCommandsTest.run("simulate", "--model", "modern", "--N", "100", "--alpha", "1", "--T", "1");
        assertThat(big.err()).contains("alpha = 1.0 is out of range");
    }
}
