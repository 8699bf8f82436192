package dev.hebbian.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.hebbian.notebook.Progress;

/**
 * The progress line of a long sweep counts each point once: the bar, made at the first step after
 * {@link Progress#QUIET_MILLIS} (when a cluster's first task comes back after Spark's start-up, say),
 * starts from the points done before that step and never shows more points than the sweep has.
 */
class ProgressCountTest {
    @Test
    void theStepThatShowsTheBarIsCountedOnce() throws Exception {
        PrintStream before = System.err;
        String property = System.getProperty(Progress.PROPERTY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setProperty(Progress.PROPERTY, "true");
            System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
            try (Progress p = Progress.start("four points", 4)) {
                p.step(); // before the bar exists
                Thread.sleep(Progress.QUIET_MILLIS + 200);
                for (int i = 0; i < 3; i++) p.step(); // the first of these makes the bar
                assertThat(p.current()).isEqualTo(4);
            }
        } finally {
            System.setErr(before);
            if (property == null) System.clearProperty(Progress.PROPERTY);
            else System.setProperty(Progress.PROPERTY, property);
        }
        String lines = out.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("4/4").doesNotContain("/5").doesNotContain("5/");
    }
}
