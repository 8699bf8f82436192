package dev.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.hebbian.testing.Packaged;

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
        assertThat(Packaged.JAR).exists();
        Packaged.Proc p = Packaged.toolkit(1, "--version");
        String out = p.out().trim();
        assertThat(p.code()).as(out).isZero();
        assertThat(out).isEqualTo("dense-hebbian toolkit " + expected);
    }
}
