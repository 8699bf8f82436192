package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.hebbian.cli.ToolkitCli;
import picocli.CommandLine;

/** The {@code simulate} command: JSON fields, canonical K, and one-line errors naming the parameter. */
class SimulateCommandTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = ToolkitCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonHasTheIssueFields() throws Exception {
        Run r = run("simulate", "--model", "supervised", "--N", "1000", "--P", "4", "--K", "2", "--T", "0.05",
                "--r", "0.6", "--M", "10", "--sweeps", "20", "--samples", "3", "--seed", "5", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : new String[] {"m", "mStdErr", "energy", "K", "N", "seed", "P", "T", "r", "M", "d", "sweeps", "samples", "init"}) {
            assertThat(j.has(f)).as(f).isTrue();
        }
        assertThat(j.get("K").asInt()).isEqualTo(2);
        assertThat(j.get("N").asInt()).isEqualTo(1000);
        assertThat(j.get("seed").asLong()).isEqualTo(5);
        // low load, T = 0.05 (beta = 20, far below T_c): m near the T = 0 exact value 0.96084 (docs/learning.md#reference-values)
        assertThat(j.get("m").asDouble()).isCloseTo(0.96, within(0.03));
    }

    @Test
    void alphaGivesTheCanonicalK() throws Exception {
        Run r = run("simulate", "--N", "60", "--P", "4", "--alpha", "0.1", "--T", "0.1", "--sweeps", "4", "--samples", "1",
                "--format", "json");
        assertThat(r.code()).isZero();
        // K = round(2 * 0.1 * 60^3 / 24) = 1800
        assertThat(new ObjectMapper().readTree(r.out()).get("K").asInt()).isEqualTo(1800);
    }

    @Test
    void multitaskingReportsEveryArchetype() throws Exception {
        Run r = run("simulate", "--model", "multitasking", "--N", "3000", "--K", "2", "--d", "0.2", "--T", "0.1",
                "--sweeps", "40", "--samples", "4", "--format", "json");
        JsonNode m = new ObjectMapper().readTree(r.out()).get("m");
        assertThat(m.isArray()).isTrue();
        assertThat(m.size()).isEqualTo(2);
        // docs/multitasking.md#reference-values: K=2, beta=10, rho=0, d=0.2 -> (0.80000, 0.14250)
        assertThat(m.get(0).asDouble()).isCloseTo(0.80, within(0.02));
        assertThat(m.get(1).asDouble()).isCloseTo(0.1425, within(0.04));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--N 0 --K 2|N = 0",
            "--N 10 --K 2 --model supervised --r 1.5 --M 3|r = 1.5",
            "--N 10 --K 2 --model supervised --r 0.5 --M 0|M = 0",
            "--N 10 --K 2 --d 1|d = 1.0",
            "--N 10 --K 2 --T -0.5|T = -0.5",
            "--N 10 --K 2 --P 3|P = 3",
            "--N 10 --K 2 --model supervised --M 3|r is required"})
    void badValuesGiveOneLineErrorNamingTheParameter(String args, String expected) {
        String[] a = ("simulate " + args).split(" ");
        Run r = run(a);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: " + expected).doesNotContain("\n");
    }
}
