package dev.hebbian.classroom;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hebbian.io.AtomicFiles;
import dev.hebbian.notebook.NotebookFailure;
import dev.hebbian.notebook.NotebookRunner;

/**
 * The teacher's side of grading: for each notebook (by file name) and each named {@link Answer}
 * check, the expected value and tolerance, taken from the teacher's solution notebooks (or a key
 * file written from them). With a key, the grader ignores what a submission says about its own
 * checks (passed, expected): it compares the submitted value with the key, and a check of the key
 * that the submission did not make is a failure.
 */
public final class AnswerKey {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** notebook file name -> check name -> the teacher's row (kind, expectedValue(s), tolerance). */
    private final Map<String, Map<String, JsonNode>> checks;

    private AnswerKey(Map<String, Map<String, JsonNode>> checks) {
        this.checks = checks;
    }

    /** Run every solution notebook in {@code dir} and keep the expected value and tolerance of each check it makes. */
    public static AnswerKey fromSolutions(NotebookRunner runner, Path dir, Path executedDir, PrintStream progress) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--key = " + dir + " is not a folder of solution notebooks");
        List<Path> notebooks = list(dir);
        if (notebooks.isEmpty()) throw new IllegalArgumentException("--key = " + dir + " has no .ipynb files");
        Map<String, Map<String, JsonNode>> all = new LinkedHashMap<>();
        for (Path p : notebooks) {
            String name = p.getFileName().toString();
            Path gradeFile = Grader.tempGradeFile(name);
            try {
                runner.systemProperties(Map.of(Answer.GRADE_FILE_PROPERTY, gradeFile.toString()))
                        .outDir(executedDir.resolve(name.replaceFirst("\\.ipynb$", "")))
                        .run(p, executedDir.resolve(name));
            } catch (NotebookFailure f) {
                throw new IllegalArgumentException("--key: the solution notebook " + f.getMessage());
            }
            Map<String, JsonNode> rows = new LinkedHashMap<>();
            for (JsonNode row : Grader.readRows(gradeFile)) {
                String kind = row.path("kind").asText();
                if (kind.equals("value") || kind.equals("values"))
                    throw new IllegalArgumentException("--key: the solution notebook " + name + " reports '" + row.path("check").asText()
                            + "' with Answer.submit, which has no expected value; the key needs Answer.check(name, value, expected, tolerance)");
                if (!row.path("passed").asBoolean())
                    progress.println("warning: the solution " + name + " fails its own check '" + row.path("check").asText() + "'");
                rows.put(row.path("check").asText(), row);
            }
            progress.println("key: " + name + ": " + rows.size() + " checks");
            all.put(name, rows);
        }
        return new AnswerKey(all);
    }

    /** Read a key file written by {@link #write}. */
    public static AnswerKey read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            Map<String, Map<String, JsonNode>> all = new LinkedHashMap<>();
            root.path("notebooks").fields().forEachRemaining(nb -> {
                Map<String, JsonNode> rows = new LinkedHashMap<>();
                nb.getValue().forEach(row -> rows.put(row.path("check").asText(), row));
                all.put(nb.getKey(), rows);
            });
            if (all.isEmpty()) throw new IllegalArgumentException("--key = " + file + " holds no checks (expected {\"notebooks\": {name: [rows]}})");
            return new AnswerKey(all);
        } catch (IOException e) {
            throw new IllegalArgumentException("--key = " + file + " is not a readable key file: " + e.getMessage());
        }
    }

    /** Write the key as JSON (whole or not at all). */
    public Path write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode nbs = root.putObject("notebooks");
        checks.forEach((nb, rows) -> {
            ArrayNode a = nbs.putArray(nb);
            rows.values().forEach(r -> {
                ObjectNode o = a.addObject();
                for (String f : List.of("check", "kind", "expectedValue", "expectedValues", "tolerance", "expected"))
                    if (r.has(f)) o.set(f, r.get(f));
            });
        });
        return AtomicFiles.write(file, o -> JSON.writeValue(o, root));
    }

    /** Number of checks over all notebooks. */
    public int size() {
        return checks.values().stream().mapToInt(Map::size).sum();
    }

    /** The key's checks for a notebook (by file name); empty if the key does not know it. */
    Map<String, JsonNode> checks(String notebook) {
        return checks.getOrDefault(notebook, Map.of());
    }

    boolean knows(String notebook) {
        return checks.containsKey(notebook);
    }

    /** One graded check: the key's row against the submitted row (null if the submission did not make it). */
    record Graded(String check, boolean passed, String expected, String found, String message) {}

    static Graded grade(JsonNode key, JsonNode submitted) {
        String name = key.path("check").asText();
        String kind = key.path("kind").asText("number");
        if (submitted == null)
            return new Graded(name, false, key.path("expected").asText(), "missing", "✗ " + name + ": the notebook did not make this check");
        switch (kind) {
            case "number" -> {
                double exp = key.path("expectedValue").asDouble(Double.NaN), tol = key.path("tolerance").asDouble(Double.NaN);
                double v = value(submitted.get("value"));
                boolean ok = Math.abs(v - exp) <= tol;
                return new Graded(name, ok, exp + " ± " + tol, Double.toString(v), (ok ? "✓ " : "✗ ") + name + ": found " + v
                        + ", the key expects " + exp + " ± " + tol);
            }
            case "array" -> {
                JsonNode e = key.path("expectedValues"), f = submitted.path("values");
                double tol = key.path("tolerance").asDouble(Double.NaN);
                boolean ok = f.isArray() && f.size() == e.size();
                for (int i = 0; ok && i < e.size(); i++) ok = Math.abs(value(f.get(i)) - e.get(i).asDouble()) <= tol;
                return new Graded(name, ok, e + " ± " + tol, f.toString(), (ok ? "✓ " : "✗ ") + name + ": found " + f
                        + ", the key expects " + e + " ± " + tol);
            }
            default -> {
                // a condition is computed in the student's notebook only: the key cannot recompute it
                boolean ok = submitted.path("passed").asBoolean() && "condition".equals(submitted.path("kind").asText());
                return new Graded(name, ok, key.path("expected").asText(), submitted.path("found").asText(),
                        (ok ? "✓ " : "✗ ") + name + " (condition, checked in the notebook)");
            }
        }
    }

    private static double value(JsonNode n) {
        if (n == null || n.isNull()) return Double.NaN;
        if (n.isNumber()) return n.asDouble();
        try {
            return Double.parseDouble(n.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
