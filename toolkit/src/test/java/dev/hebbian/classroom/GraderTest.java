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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.hebbian.notebook.NotebookRunner;

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

    /** The JVMs that run cells (started with a debug agent by JShell) among this JVM's running descendants. */
    static List<ProcessHandle> cellJvms() {
        return ProcessHandle.current().descendants().filter(h -> h.isAlive()
                && h.info().commandLine().orElse("").contains("-agentlib:jdwp")).toList();
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Tag("slow")
    void gradesEveryNotebookAndRecordsFailuresWithoutStoppingTheBatch() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("submissions"));
        Path csv = tmp.resolve("grades.csv");
        String imp = "import dev.hebbian.classroom.Answer;";
        Files.writeString(dir.resolve("a-good.ipynb"), notebook(imp, "double x = 2.0;",
                "Answer.check(\"x\", x, 2.0, 1e-9)", "Answer.check(\"y\", x + 1, 2.0, 1e-9)"));
        Files.writeString(dir.resolve("b-nocompile.ipynb"), notebook(imp, "Answer.check(\"x\", undefinedVar, 2.0, 1e-9)"));
        // ignores the stop request: only killing the student's JVM ends it
        Files.writeString(dir.resolve("c-loops.ipynb"), notebook(imp, "Answer.check(\"first\", 1.0, 1.0, 0)",
                "while (true) { try { Thread.sleep(1000000); } catch (Throwable t) { } }"));
        // runs after c-loops: its rows must already be in the CSV
        String csvPath = csv.toAbsolutePath().toString().replace("\\", "\\\\");
        Files.writeString(dir.resolve("d-sees-csv.ipynb"), notebook(imp,
                "String soFar = java.nio.file.Files.readString(java.nio.file.Path.of(\"" + csvPath + "\"));",
                "Answer.check(\"rows so far\", soFar.contains(\"c-loops.ipynb,(run),false\"), \"the rows of c-loops in the CSV\", soFar.length() + \" characters\")"));
        Files.writeString(dir.resolve("notes.txt"), "not a notebook");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        // the limit applies to every cell: 10 s, not less, so that a trivial first cell (JShell compiling in a fresh JVM)
        // stays far inside it on a loaded 2-core machine; only c-loops's second cell reaches it
        Grader g = new Grader(NotebookRunner.create().jvmOptions(List.of("-Xmx256m")).cellTimeout(Duration.ofSeconds(10)),
                new PrintStream(progress, true));
        long t0 = System.nanoTime();
        g.grade(dir, tmp.resolve("executed"), csv);
        assertThat((System.nanoTime() - t0) / 1e9).as("the time limit ended c-loops").isLessThan(200);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("notebook,check,passed,expected,found,message");
        assertThat(lines).anyMatch(l -> l.startsWith("a-good.ipynb,x,true"));
        assertThat(lines).anyMatch(l -> l.startsWith("a-good.ipynb,y,false") && l.contains("found 3"));
        assertThat(lines).anyMatch(l -> l.startsWith("a-good.ipynb,(run),true"));
        assertThat(lines).anyMatch(l -> l.startsWith("b-nocompile.ipynb,(run),false") && l.contains("cell 1"));
        assertThat(lines).anyMatch(l -> l.startsWith("c-loops.ipynb,first,true"));
        assertThat(lines).anyMatch(l -> l.startsWith("c-loops.ipynb,(run),false") && l.contains("c-loops.ipynb")
                && l.contains("cell 2") && l.contains("limit of 10 s"));
        assertThat(lines).as("rows reach the CSV as each notebook finishes").anyMatch(l -> l.startsWith("d-sees-csv.ipynb,rows so far,true"));
        assertThat(lines).noneMatch(l -> l.startsWith("notes.txt"));
        assertThat(progress.toString()).contains("[4/4] d-sees-csv.ipynb");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary CSV left").allMatch(n -> !n.contains("grades.csv.") && !n.endsWith(".tmp"));
        }
        long t1 = System.nanoTime();
        while (!cellJvms().isEmpty() && (System.nanoTime() - t1) / 1e9 < 10) Thread.sleep(100);
        assertThat(cellJvms()).as("no student JVM left running").isEmpty();
    }

    @Test
    void withAKeyGradesCannotBeForgedAndMissingChecksFail() throws Exception {
        Path key = Files.createDirectories(tmp.resolve("solutions"));
        Path sub = Files.createDirectories(tmp.resolve("submissions"));
        String imp = "import dev.hebbian.classroom.Answer;";
        Files.writeString(key.resolve("hw.ipynb"), notebook(imp,
                "Answer.check(\"x\", 2.0, 2.0, 1e-9)",
                "Answer.check(\"v\", new double[] {1, 2}, new double[] {1, 2}, 0.1)",
                "Answer.check(\"z\", 3.0, 3.0, 0)",
                "Answer.check(\"w\", 4.0, 4.0, 0)"));
        Files.writeString(sub.resolve("hw.ipynb"), notebook(imp,
                // an honest value-only answer
                "Answer.submit(\"x\", 1.0 + 1.0)",
                // a row written straight into the grade file, claiming a pass
                "java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty(Answer.GRADE_FILE_PROPERTY)),"
                        + " \"{\\\"check\\\":\\\"v\\\",\\\"passed\\\":true,\\\"kind\\\":\\\"array\\\",\\\"values\\\":[9,9],"
                        + "\\\"expected\\\":\\\"[9, 9]\\\"}\\n\", java.nio.file.StandardOpenOption.APPEND);",
                // a check that sets its own expectation
                "Answer.check(\"z\", 7.0, 7.0, 0)"
                // and no answer for w
        ));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        NotebookRunner runner = NotebookRunner.create().jvmOptions(List.of("-Xmx256m")).cellTimeout(Duration.ofSeconds(60));
        AnswerKey k = AnswerKey.fromSolutions(runner, key, tmp.resolve("key-executed"), new PrintStream(progress, true));
        assertThat(k.size()).isEqualTo(4);
        Path keyFile = k.write(tmp.resolve("key.json"));
        assertThat(Files.readString(keyFile)).contains("\"expectedValue\" : 3.0");
        Path csv = tmp.resolve("grades.csv");
        new Grader(runner, new PrintStream(progress, true)).key(AnswerKey.read(keyFile)).grade(sub, tmp.resolve("executed"), csv);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).anyMatch(l -> l.startsWith("hw.ipynb,x,true"));
        assertThat(lines).as("forged row").anyMatch(l -> l.startsWith("hw.ipynb,v,false") && l.contains("[9,9]"));
        assertThat(lines).as("self-set expectation").anyMatch(l -> l.startsWith("hw.ipynb,z,false") && l.contains("found 7.0"));
        assertThat(lines).as("missing check").anyMatch(l -> l.startsWith("hw.ipynb,w,false") && l.contains("did not make this check"));
        assertThat(lines).anyMatch(l -> l.startsWith("hw.ipynb,(run),true"));
        assertThat(progress.toString()).contains("hw.ipynb: 1/4 checks passed");

        // without a key, the value-only answer is recorded but never passes
        Grader plain = new Grader(runner, new PrintStream(progress, true));
        List<String> noKey = Files.readAllLines(Grader.writeCsv(plain.grade(sub, tmp.resolve("executed2")), tmp.resolve("nokey.csv")));
        assertThat(noKey).anyMatch(l -> l.startsWith("hw.ipynb,x,false") && l.contains("pass --key"));
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
        Answer.Result sub = Answer.submit("alpha_c", 0.1379);
        assertThat(sub.passed()).as("a value alone never passes").isFalse();
        assertThat(sub.toString()).contains("alpha_c: 0.1379").contains("teacher's key").doesNotContain("expected 0.1");
        assertThat(Answer.submit("m", Double.NaN).toString()).contains("no answer yet");
    }
}
