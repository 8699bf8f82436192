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
import java.util.stream.Stream;

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

    /** Grade every {@code .ipynb} in {@code dir}; executed copies go to {@code executedDir}. */
    public Table grade(Path dir, Path executedDir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("DIR = " + dir + " is not a folder of notebooks");
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(dir)) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringColumn nb = StringColumn.create("notebook"), check = StringColumn.create("check"),
                expected = StringColumn.create("expected"), found = StringColumn.create("found"),
                message = StringColumn.create("message");
        BooleanColumn passed = BooleanColumn.create("passed");
        int k = 0;
        for (Path p : notebooks) {
            k++;
            String name = p.getFileName().toString();
            String stem = name.replaceFirst("\\.ipynb$", "");
            Path gradeFile;
            try {
                gradeFile = Files.createTempFile("grade-" + stem, ".jsonl");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
            int checks = 0, ok = 0;
            try {
                for (String line : Files.readAllLines(gradeFile)) {
                    if (line.isBlank()) continue;
                    JsonNode row = JSON.readTree(line);
                    nb.append(name);
                    check.append(row.path("check").asText());
                    passed.append(row.path("passed").asBoolean());
                    expected.append(row.path("expected").asText());
                    found.append(row.path("found").asText());
                    message.append(row.path("message").asText());
                    checks++;
                    if (row.path("passed").asBoolean()) ok++;
                }
                Files.deleteIfExists(gradeFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nb.append(name);
            check.append("(run)");
            passed.append(ran);
            expected.append("runs to the end");
            found.append(ran ? "ran to the end" : "failed");
            message.append(runMessage);
            progress.printf("[%d/%d] %s: %d/%d checks passed%s%n", k, notebooks.size(), name, ok, checks,
                    ran ? "" : "; " + runMessage);
        }
        return Table.create("grades", nb, check, passed, expected, found, message);
    }

    /** Write the grades table as CSV, whole or not at all. */
    public static Path writeCsv(Table grades, Path csv) {
        StringWriter w = new StringWriter();
        grades.write().usingOptions(CsvWriteOptions.builder(w).build());
        return AtomicFiles.writeString(csv, w.toString());
    }
}
