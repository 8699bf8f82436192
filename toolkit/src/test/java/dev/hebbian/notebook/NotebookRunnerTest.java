package dev.hebbian.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class NotebookRunnerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;

    static Path notebook(String name, List<Map.Entry<String, String>> cells) throws Exception {
        ObjectNode nb = JSON.createObjectNode();
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        nb.putObject("metadata");
        ArrayNode cs = nb.putArray("cells");
        for (var c : cells) {
            ObjectNode cell = cs.addObject();
            cell.put("cell_type", c.getKey());
            cell.putObject("metadata");
            ArrayNode src = cell.putArray("source");
            for (String line : c.getValue().split("(?<=\n)")) src.add(line);
            if (c.getKey().equals("code")) {
                cell.putArray("outputs");
                cell.putNull("execution_count");
            }
        }
        Path p = tmp.resolve(name + ".ipynb");
        JSON.writeValue(p.toFile(), nb);
        return p;
    }

    static Map.Entry<String, String> code(String s) {
        return Map.entry("code", s);
    }

    static Map.Entry<String, String> md(String s) {
        return Map.entry("markdown", s);
    }

    static NotebookRunner runner;

    @BeforeAll
    static void setUp() {
        runner = NotebookRunner.create().quick(true).outDir(tmp.resolve("out")).jvmOptions(List.of("-Xmx512m"));
    }

    @Test

    @Tag("slow")
    void executesCellsRendersValuesAndCapturesOutput() throws Exception {
        Path nb = notebook("good", List.of(
                md("# title"),
                code("import org.knowm.xchart.*;\nint x = 20;\nSystem.out.println(\"hello \" + x);\nx + 22"),
                code("var c = new XYChartBuilder().width(200).height(150).build();\n"
                        + "c.addSeries(\"s\", new double[] {0, 1}, new double[] {0, 1});\n"
                        + "dev.hebbian.notebook.Notebook.save(c, \"line\")"),
                code("dev.hebbian.notebook.Mode.quick()"),
                code("int y = 1;")));
        Path executed = tmp.resolve("good-out.ipynb");
        NotebookRunner.Report r = runner.run(nb, executed);
        assertThat(r.codeCells()).isEqualTo(4);
        assertThat(r.images()).isEqualTo(1);
        JsonNode cells = JSON.readTree(executed.toFile()).get("cells");
        JsonNode c1 = cells.get(1).get("outputs");
        assertThat(c1.get(0).get("output_type").asText()).isEqualTo("stream");
        assertThat(text(c1.get(0).get("text"))).isEqualTo("hello 20\n");
        assertThat(text(c1.get(1).get("data").get("text/plain"))).isEqualTo("42");
        assertThat(cells.get(1).get("execution_count").asInt()).isEqualTo(1);
        JsonNode img = cells.get(2).get("outputs").get(0).get("data");
        assertThat(text(img.get("image/png"))).startsWith("iVBORw0KGgo"); // PNG signature, base64
        assertThat(text(cells.get(3).get("outputs").get(0).get("data").get("text/plain"))).isEqualTo("true");
        assertThat(cells.get(4).get("outputs")).isEmpty();
        assertThat(tmp.resolve("out/line.png")).isRegularFile();
        assertThat(tmp.resolve("out/line.svg")).isRegularFile();
    }

    @Test

    @Tag("slow")
    void compileErrorNamesNotebookCellAndErrorAndStillWritesExecutedNotebook() throws Exception {
        Path nb = notebook("broken", List.of(md("x"), code("int a = 1;"), code("int b = a +;\n")));
        Path executed = tmp.resolve("broken-out.ipynb");
        assertThatThrownBy(() -> runner.run(nb, executed))
                .isInstanceOf(NotebookFailure.class)
                .hasMessageContaining("broken.ipynb")
                .hasMessageContaining("cell 2")
                .satisfies(e -> assertThat(((NotebookFailure) e).cellIndex()).isEqualTo(2));
        JsonNode cells = JSON.readTree(executed.toFile()).get("cells");
        assertThat(cells.get(2).get("outputs").get(0).get("output_type").asText()).isEqualTo("error");
    }

    @Test

    @Tag("slow")
    void runtimeExceptionNamesTheException() throws Exception {
        Path nb = notebook("throws", List.of(code("int a = 1;"), code("if (a == 1) throw new IllegalStateException(\"boom\");")));
        assertThatThrownBy(() -> runner.run(nb, tmp.resolve("throws-out.ipynb")))
                .isInstanceOf(NotebookFailure.class)
                .hasMessageContaining("cell 1")
                .hasMessageContaining("IllegalStateException")
                .hasMessageContaining("boom");
    }

    @Test

    @Tag("slow")
    void unknownSymbolIsAnError() throws Exception {
        Path nb = notebook("unknown", List.of(code("double f() { return undefinedThing(); }")));
        assertThatThrownBy(() -> runner.run(nb, tmp.resolve("unknown-out.ipynb")))
                .isInstanceOf(NotebookFailure.class)
                .hasMessageContaining("cell 0");
    }

    @Test
    void malformedNotebookIsRejectedWithItsName() throws Exception {
        Path p = tmp.resolve("bad.ipynb");
        Files.writeString(p, "{\"cells\": 3}");
        assertThatThrownBy(() -> runner.run(p, tmp.resolve("bad-out.ipynb")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.ipynb")
                .hasMessageContaining("nbformat-4");
        assertThat(tmp.resolve("bad-out.ipynb")).doesNotExist();
    }

    private static String text(JsonNode n) {
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.asText()));
            return String.join("", parts);
        }
        return n.asText();
    }
}
