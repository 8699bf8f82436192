package dev.hebbian.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class KernelSpecTest {
    @TempDir
    Path tmp;

    @Test
    void jjavaSpecIsDerivedFromAnInstalledJavaKernelspec() throws Exception {
        Path installed = tmp.resolve("jupyter/kernels/java");
        Files.createDirectories(installed);
        Files.writeString(installed.resolve("kernel.json"), """
                {"argv": ["java", "-jar", "{resource_dir}/jjava.jar", "{connection_file}"],
                 "display_name": "Java", "language": "java", "env": {}}
                """);
        Path out = KernelSpec.install(KernelSpec.Kernel.jjava, null, tmp.resolve("target"), "dh", List.of("/a.jar", "/b.jar"),
                Map.of(), List.of(), List.of(tmp.resolve("jupyter/kernels")));
        JsonNode spec = new ObjectMapper().readTree(out.resolve("kernel.json").toFile());
        assertThat(spec.get("argv").get(2).asText()).isEqualTo(installed.toAbsolutePath() + "/jjava.jar");
        assertThat(spec.get("env").get("JJAVA_CLASSPATH").asText()).isEqualTo("/a.jar" + java.io.File.pathSeparator + "/b.jar");
    }

    @Test
    void withoutJarOrInstalledSpecTheErrorSaysWhatToDo() {
        assertThatThrownBy(() -> KernelSpec.install(KernelSpec.Kernel.ijava, null, tmp.resolve("t"), "dh", List.of(),
                Map.of(), List.of(), List.of(tmp.resolve("empty"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--kernel-jar is required for --kernel ijava");
    }

    @Test
    void reinstallReplacesTheSpecWhole() throws Exception {
        Path jar = Files.writeString(tmp.resolve("rapaio-jupyter-kernel-3.0.1.jar"), "x");
        Path first = KernelSpec.install(KernelSpec.Kernel.rapaio, jar, tmp.resolve("k"), "dh", List.of("/one.jar"), Map.of(), List.of());
        Files.writeString(first.resolve("stale.txt"), "old");
        Path second = KernelSpec.install(KernelSpec.Kernel.rapaio, jar, tmp.resolve("k"), "dh", List.of("/two.jar"), Map.of(), List.of("-Xmx2g"));
        assertThat(second).isEqualTo(first);
        assertThat(second.resolve("stale.txt")).doesNotExist();
        JsonNode spec = new ObjectMapper().readTree(second.resolve("kernel.json").toFile());
        assertThat(spec.get("env").get("RJK_CLASSPATH").asText()).isEqualTo("/two.jar");
        assertThat(spec.get("argv").get(1).asText()).isEqualTo("-Xmx2g");
    }
}
