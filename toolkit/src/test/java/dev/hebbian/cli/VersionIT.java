package dev.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar names its version: {@code java -jar toolkit.jar --version} prints the Maven project
 * version, read from the jar manifest's Implementation-Version (the unit tests run from classes, where
 * there is no manifest).
 */
class VersionIT {
    @Test
    void jarPrintsTheProjectVersion() throws IOException, InterruptedException {
        String expected = System.getProperty("hebbian.project.version");
        assertThat(expected).as("system property hebbian.project.version (set by the failsafe configuration)").isNotBlank();
        Path jar = Path.of("target", "toolkit.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "--version"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).isEqualTo("dense-hebbian toolkit " + expected);
    }
}
