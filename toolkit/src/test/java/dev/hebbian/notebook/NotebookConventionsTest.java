package dev.hebbian.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every notebook of {@code notebooks/} (the classroom assignments included) runs unchanged in IJava, JJava and
 * rapaio: it asks for the kernel the toolkit installs ({@code dense-hebbian}), is nbformat 4.5 with a unique id
 * on every cell, and uses no kernel magics (lines starting with {@code %}).
 */
class NotebookConventionsTest {
    static List<Path> notebooks() throws IOException {
        Path dir = Path.of("..", "notebooks").toAbsolutePath().normalize();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".ipynb") && !p.toString().contains(".ipynb_checkpoints")).sorted().toList();
        }
    }

    @Test
    void everyNotebookAsksForTheToolkitsKernelHasCellIdsAndNoMagics() throws IOException {
        List<Path> all = notebooks();
        assertThat(all).as("notebooks found").hasSizeGreaterThanOrEqualTo(9);
        ObjectMapper json = new ObjectMapper();
        for (Path p : all) {
            JsonNode nb = json.readTree(p.toFile());
            String name = p.getFileName().toString();
            assertThat(nb.path("metadata").path("kernelspec").path("name").asText()).as(name + " kernel").isEqualTo("dense-hebbian");
            assertThat(nb.path("nbformat").asInt()).as(name + " nbformat").isEqualTo(4);
            assertThat(nb.path("nbformat_minor").asInt()).as(name + " nbformat_minor").isGreaterThanOrEqualTo(5);
            Set<String> ids = new HashSet<>();
            int k = 0;
            for (JsonNode cell : nb.path("cells")) {
                String id = cell.path("id").asText("");
                assertThat(id).as(name + " cell " + k + " id").isNotBlank();
                assertThat(ids.add(id)).as(name + " cell " + k + " id " + id + " is unique").isTrue();
                if ("code".equals(cell.path("cell_type").asText()))
                    for (JsonNode line : cell.path("source"))
                        assertThat(line.asText().stripLeading()).as(name + " cell " + k + ": no kernel magics").doesNotStartWith("%");
                k++;
            }
        }
    }
}
