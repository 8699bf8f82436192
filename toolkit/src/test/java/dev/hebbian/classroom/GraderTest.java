package dev.hebbian.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hebbian.notebook.NotebookRunner;
import tech.tablesaw.api.Table;

class GraderTest {
    @TempDir
    Path tmp;

    static String notebook(String... codeCells) {
        StringBuilder b = new StringBuilder("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [");
        for (int i = 0; i < codeCells.length; i++) {
            if (i > 0) b.append(',');
            b.append("{\"cell_type\": \"code\", \"metadata\": {}, \"execution_count\": null, \"outputs\": [], \"source\": ")
                    .append(com.fasterxml.jackson.databind.node.TextNode.valueOf(codeCells[i]).toString()).append('}');
        }
        return b.append("]}").toString();
    }

    @Test

    @Tag("slow")
    void gradesEveryNotebookAndRecordsFailuresWithoutStoppingTheBatch() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("submissions"));
        String imp = "import dev.hebbian.classroom.Answer;";
        Files.writeString(dir.resolve("a-good.ipynb"), notebook(imp, "double x = 2.0;",
                "Answer.check(\"x\", x, 2.0, 1e-9)", "Answer.check(\"y\", x + 1, 2.0, 1e-9)"));
        Files.writeString(dir.resolve("b-nocompile.ipynb"), notebook(imp, "Answer.check(\"x\", undefinedVar, 2.0, 1e-9)"));
        Files.writeString(dir.resolve("c-loops.ipynb"), notebook(imp, "Answer.check(\"first\", 1.0, 1.0, 0)",
                "while (true) { Math.sqrt(2); }"));
        Files.writeString(dir.resolve("notes.txt"), "not a notebook");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Grader g = new Grader(NotebookRunner.create().jvmOptions(List.of("-Xmx256m")).cellTimeout(Duration.ofSeconds(5)),
                new PrintStream(progress, true));
        Table t = g.grade(dir, tmp.resolve("executed"));
        Path csv = Grader.writeCsv(t, tmp.resolve("grades.csv"));

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("notebook,check,passed,expected,found,message");
        assertThat(lines).anyMatch(l -> l.startsWith("a-good.ipynb,x,true"));
        assertThat(lines).anyMatch(l -> l.startsWith("a-good.ipynb,y,false") && l.contains("found 3"));
        assertThat(lines).anyMatch(l -> l.startsWith("a-good.ipynb,(run),true"));
        assertThat(lines).anyMatch(l -> l.startsWith("b-nocompile.ipynb,(run),false") && l.contains("cell 1"));
        assertThat(lines).anyMatch(l -> l.startsWith("c-loops.ipynb,first,true"));
        assertThat(lines).anyMatch(l -> l.startsWith("c-loops.ipynb,(run),false") && l.contains("limit of 5 s"));
        assertThat(lines).noneMatch(l -> l.startsWith("notes.txt"));
        assertThat(progress.toString()).contains("[3/3] c-loops.ipynb");
    }

    @Test
    void checksSayWhatWasExpectedAndWhatWasFound() {
        assertThat(Answer.check("alpha_c", 0.1379, 0.137906, 1e-3).passed()).isTrue();
        Answer.Result off = Answer.check("alpha_c", 0.15, 0.137906, 1e-3);
        assertThat(off.passed()).isFalse();
        assertThat(off.toString()).contains("found 0.15").contains("expected 0.137906 ± 0.001");
        assertThat(Answer.check("m", Double.NaN, 1, 0.1).toString()).contains("no answer yet");
        assertThat(Answer.check("v", new double[] {1, 2.5}, new double[] {1, 2}, 0.1).toString()).contains("entry 1 is 2.5");
        assertThat(Answer.checkRelative("big", 1.001e6, 1e6, 1e-2).passed()).isTrue();
    }
}
