package dev.hebbian.classroom;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hebbian.io.AtomicFiles;
import dev.hebbian.notebook.NotebookFailure;
import dev.hebbian.notebook.NotebookRunner;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Grades a folder of submitted notebooks headless: each notebook is run (in its own JShell, with a
 * time limit per cell) and every {@link Answer} check it makes is recorded. One row per check, plus a
 * row {@code (run)} per notebook that says whether the notebook ran to the end; a notebook that does
 * not compile or throws is recorded as such and never stops the batch.
 */
public final class Grader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NotebookRunner runner;
    private final PrintStream progress;

    public Grader(NotebookRunner runner, PrintStream progress) {
        this.runner = runner;
        this.progress = progress;
    }

    /** A grader with the default runner (full mode), a 5-minute limit per cell, and progress on stderr. */
    public static Grader create() {
        return new Grader(NotebookRunner.create().cellTimeout(Duration.ofMinutes(5)), System.err);
    }

    private AnswerKey key;

    /**
     * Grade against the teacher's key: a check passes only when the submitted value meets the key's
     * expected value and tolerance, and a check of the key that the notebook did not make fails.
     * Without a key (null), the notebooks' own checks are trusted (a notebook can forge them) and
     * value-only answers ({@link Answer#submit(String, double)}) never pass.
     */
    public Grader key(AnswerKey key) {
        this.key = key;
        return this;
    }

    /** Grade every {@code .ipynb} in {@code dir}; executed copies go to {@code executedDir}. */
    public Table grade(Path dir, Path executedDir) {
        return grade(dir, executedDir, null);
    }

    /**
     * Grade every {@code .ipynb} in {@code dir}; executed copies go to {@code executedDir}. When
     * {@code csv} is not null, the table is written there (atomically) after each notebook, so an
     * interrupted batch leaves a valid file with the notebooks graded so far.
     */
    public Table grade(Path dir, Path executedDir, Path csv) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("DIR = " + dir + " is not a folder of notebooks");
        List<Path> notebooks = AnswerKey.list(dir);
        StringColumn nb = StringColumn.create("notebook"), check = StringColumn.create("check"),
                expected = StringColumn.create("expected"), found = StringColumn.create("found"),
                message = StringColumn.create("message");
        BooleanColumn passed = BooleanColumn.create("passed");
        Table table = Table.create("grades", nb, check, passed, expected, found, message);
        if (csv != null) writeCsv(table, csv);
        int k = 0;
        for (Path p : notebooks) {
            k++;
            String name = p.getFileName().toString();
            String stem = name.replaceFirst("\\.ipynb$", "");
            Path gradeFile = tempGradeFile(stem);
            String runMessage;
            boolean ran;
            try {
                runner.systemProperties(Map.of(Answer.GRADE_FILE_PROPERTY, gradeFile.toString()))
                        .outDir(executedDir.resolve(stem))
                        .run(p, executedDir.resolve(name));
                ran = true;
                runMessage = "ran to the end";
            } catch (NotebookFailure f) {
                ran = false;
                runMessage = f.getMessage();
            } catch (RuntimeException e) {
                ran = false;
                runMessage = name + ": " + e.getMessage();
            }
            List<JsonNode> rows = readRows(gradeFile);
            int checks = 0, ok = 0;
            if (key == null) {
                for (JsonNode row : rows) {
                    String kind = row.path("kind").asText();
                    boolean valueOnly = kind.equals("value") || kind.equals("values");
                    boolean pass = !valueOnly && row.path("passed").asBoolean();
                    nb.append(name);
                    check.append(row.path("check").asText());
                    passed.append(pass);
                    expected.append(row.path("expected").asText());
                    found.append(row.path("found").asText());
                    message.append(row.path("message").asText()
                            + (valueOnly ? " [a value-only answer (Answer.submit) is graded only against a key: pass --key]" : ""));
                    checks++;
                    if (pass) ok++;
                }
            } else {
                Map<String, JsonNode> submitted = new java.util.LinkedHashMap<>();
                for (JsonNode row : rows) submitted.putIfAbsent(row.path("check").asText(), row);
                if (!key.knows(name)) {
                    nb.append(name);
                    check.append("(key)");
                    passed.append(false);
                    expected.append("a notebook of the key");
                    found.append(name);
                    message.append("the key has no notebook named " + name);
                }
                for (JsonNode kr : key.checks(name).values()) {
                    AnswerKey.Graded g = AnswerKey.grade(kr, submitted.get(kr.path("check").asText()));
                    nb.append(name);
                    check.append(g.check());
                    passed.append(g.passed());
                    expected.append(g.expected());
                    found.append(g.found());
                    message.append(g.message());
                    checks++;
                    if (g.passed()) ok++;
                }
            }
            nb.append(name);
            check.append("(run)");
            passed.append(ran);
            expected.append("runs to the end");
            found.append(ran ? "ran to the end" : "failed");
            message.append(runMessage);
            progress.printf("[%d/%d] %s: %d/%d checks passed%s%n", k, notebooks.size(), name, ok, checks,
                    ran ? "" : "; " + runMessage);
            if (csv != null) writeCsv(table, csv);
        }
        return table;
    }

    static Path tempGradeFile(String stem) {
        try {
            return Files.createTempFile("grade-" + stem.replaceAll("[^A-Za-z0-9._-]", "_"), ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows a notebook recorded (lines that are not JSON objects are skipped); the file is deleted. */
    static List<JsonNode> readRows(Path gradeFile) {
        List<JsonNode> rows = new java.util.ArrayList<>();
        try {
            if (Files.size(gradeFile) > 16L * 1024 * 1024)
                return rows; // more than any honest notebook writes: no checks are read
            for (String line : Files.readAllLines(gradeFile)) {
                if (line.isBlank()) continue;
                try {
                    JsonNode row = JSON.readTree(line);
                    if (row != null && row.isObject()) rows.add(row);
                } catch (IOException notJson) {
                    // skipped
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(gradeFile);
            } catch (IOException ignored) {
                // temp file
            }
        }
        return rows;
    }

    /** Write the grades table as CSV, whole or not at all. */
    public static Path writeCsv(Table grades, Path csv) {
        StringWriter w = new StringWriter();
        grades.write().usingOptions(CsvWriteOptions.builder(w).build());
        return AtomicFiles.writeString(csv, w.toString());
    }
}
