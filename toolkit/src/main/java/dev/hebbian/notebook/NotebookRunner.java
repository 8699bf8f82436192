package dev.hebbian.notebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.hebbian.io.AtomicFiles;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Executes a Jupyter notebook's Java code cells in order, in one JShell (the engine the Java
 * kernels use) with the toolkit's classpath, without Python or Jupyter. The value of each cell's last
 * expression is displayed as the kernels display it ({@link MimeBundle}), stdout and stderr are
 * captured, and an executed nbformat-4 notebook is written (whole or not at all). The first cell that
 * fails to compile or throws stops the run with a {@link NotebookFailure} naming the notebook, the
 * cell and the error; the executed notebook is still written up to that cell.
 */
public final class NotebookRunner {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What one run produced. */
    public record Report(Path notebook, Path executed, int codeCells, int images, Duration elapsed) {}

    private final boolean quick;
    private final Path outDir;
    private final List<String> classpath;
    private final List<String> jvmOptions;
    private final Map<String, String> properties;
    private final Duration cellTimeout;

    private NotebookRunner(boolean quick, Path outDir, List<String> classpath, List<String> jvmOptions,
                           Map<String, String> properties, Duration cellTimeout) {
        this.quick = quick;
        this.outDir = outDir;
        this.classpath = classpath;
        this.jvmOptions = jvmOptions;
        this.properties = properties;
        this.cellTimeout = cellTimeout;
    }

    /** A runner in full mode, writing figures under {@code build/notebook-output}, with this JVM's classpath. */
    public static NotebookRunner create() {
        return new NotebookRunner(false, Path.of("build", "notebook-output"), Classpath.current(), List.of("-Xmx6g"),
                Map.of(), null);
    }

    /** Quick mode for the notebooks (read through {@link Mode}). */
    public NotebookRunner quick(boolean q) {
        return new NotebookRunner(q, outDir, classpath, jvmOptions, properties, cellTimeout);
    }

    /** Where the notebooks' saved figures and tables go ({@link Notebook#outDir()} inside the cells). */
    public NotebookRunner outDir(Path dir) {
        return new NotebookRunner(quick, dir, classpath, jvmOptions, properties, cellTimeout);
    }

    /** The classpath of the JShell that runs the cells. */
    public NotebookRunner classpath(List<String> cp) {
        return new NotebookRunner(quick, outDir, List.copyOf(cp), jvmOptions, properties, cellTimeout);
    }

    /** Options of the JVM that executes the cells (default {@code -Xmx6g}). */
    public NotebookRunner jvmOptions(List<String> options) {
        return new NotebookRunner(quick, outDir, classpath, List.copyOf(options), properties, cellTimeout);
    }

    /** System properties of the JVM that executes the cells. */
    public NotebookRunner systemProperties(Map<String, String> props) {
        return new NotebookRunner(quick, outDir, classpath, jvmOptions, Map.copyOf(props), cellTimeout);
    }

    /** Stop a cell that runs longer than this (it then fails like a cell that threw); null: no limit. */
    public NotebookRunner cellTimeout(Duration timeout) {
        return new NotebookRunner(quick, outDir, classpath, jvmOptions, properties, timeout);
    }

    /**
     * Run {@code notebook} and write the executed copy to {@code executed}.
     *
     * @throws NotebookFailure if a cell fails (after writing the executed notebook up to that cell)
     */
    public Report run(Path notebook, Path executed) {
        long t0 = System.nanoTime();
        ObjectNode nb = read(notebook);
        ArrayNode cells = (ArrayNode) nb.get("cells");
        CapturingStream out = new CapturingStream();
        CapturingStream err = new CapturingStream();
        List<String> vm = new ArrayList<>(jvmOptions);
        vm.add("-Djava.awt.headless=true");
        vm.add("-D" + Mode.PROPERTY + "=" + quick);
        vm.add("-D" + Notebook.OUT_PROPERTY + "=" + outDir.toAbsolutePath());
        properties.forEach((k, v) -> vm.add("-D" + k + "=" + v));
        vm.add("--class-path");
        vm.add(String.join(java.io.File.pathSeparator, classpath));
        int executionCount = 0;
        int images = 0;
        Path bundleFile;
        try {
            bundleFile = Files.createTempFile("notebook-display", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (JShell js = JShell.builder()
                .out(out.stream).err(err.stream)
                .remoteVMOptions(vm.toArray(String[]::new))
                .build()) {
            // if this JVM is killed (Ctrl-C), take the JVM that runs the cells down with it
            Thread closer = new Thread(js::close, "notebook-runner-shutdown");
            Runtime.getRuntime().addShutdownHook(closer);
            try {
            for (String entry : classpath) js.addToClasspath(entry);
            for (int i = 0; i < cells.size(); i++) {
                ObjectNode cell = (ObjectNode) cells.get(i);
                if (!"code".equals(cell.path("cell_type").asText())) continue;
                String src = source(cell);
                ArrayNode outputs = JSON.createArrayNode();
                cell.set("outputs", outputs);
                cell.put("execution_count", ++executionCount);
                out.reset();
                err.reset();
                String error = null;
                ObjectNode errorOutput = null;
                try {
                    Snippet last = evalCell(js, src, cellTimeout);
                    String name = displayName(last);
                    if (name != null) {
                        Files.deleteIfExists(bundleFile);
                        String call = "dev.hebbian.notebook.MimeBundle.write(" + name + ", \""
                                + bundleFile.toString().replace("\\", "\\\\") + "\");";
                        evalCell(js, call, cellTimeout);
                        Map<String, String> bundle = JSON.readValue(bundleFile.toFile(), new TypeReference<>() {});
                        if (bundle.containsKey("image/png")) images++;
                        ObjectNode result = JSON.createObjectNode();
                        result.put("output_type", "execute_result");
                        result.put("execution_count", executionCount);
                        ObjectNode data = result.putObject("data");
                        bundle.forEach((k, v) -> data.set(k, lines(v)));
                        result.putObject("metadata");
                        addStreams(outputs, out, err);
                        outputs.add(result);
                    } else {
                        addStreams(outputs, out, err);
                    }
                } catch (CellError e) {
                    addStreams(outputs, out, err);
                    error = e.getMessage();
                    errorOutput = JSON.createObjectNode();
                    errorOutput.put("output_type", "error");
                    errorOutput.put("ename", e.ename);
                    errorOutput.put("evalue", e.getMessage());
                    ArrayNode tb = errorOutput.putArray("traceback");
                    for (String line : e.traceback) tb.add(line);
                    outputs.add(errorOutput);
                } catch (IOException e) {
                    error = "cannot read the displayed value: " + e.getMessage();
                }
                if (error != null) {
                    write(nb, executed);
                    throw new NotebookFailure(notebook, i, firstLine(src), error);
                }
            }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(closer);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
            }
        } finally {
            try {
                Files.deleteIfExists(bundleFile);
            } catch (IOException ignored) {
                // temp file only
            }
        }
        write(nb, executed);
        return new Report(notebook, executed, executionCount, images, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Evaluate every snippet of a cell; return the last snippet. */
    private static Snippet evalCell(JShell js, String src, Duration timeout) throws CellError {
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        String remaining = src;
        Snippet last = null;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo ci = sca.analyzeCompletion(remaining);
            String snippet;
            switch (ci.completeness()) {
                case EMPTY -> {
                    return last;
                }
                case DEFINITELY_INCOMPLETE -> throw new CellError("CompilationError",
                        "incomplete code at the end of the cell: " + firstLine(remaining), List.of());
                case CONSIDERED_INCOMPLETE -> {
                    snippet = remaining;
                    remaining = "";
                }
                default -> {
                    snippet = ci.source();
                    remaining = ci.remaining();
                }
            }
            List<SnippetEvent> events;
            if (timeout == null) {
                events = js.eval(snippet);
            } else {
                java.util.concurrent.atomic.AtomicBoolean fired = new java.util.concurrent.atomic.AtomicBoolean();
                java.util.concurrent.ScheduledExecutorService watchdog =
                        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                            Thread t = new Thread(r, "notebook-cell-watchdog");
                            t.setDaemon(true);
                            return t;
                        });
                watchdog.schedule(() -> {
                    fired.set(true);
                    js.stop();
                }, timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                try {
                    events = js.eval(snippet);
                } finally {
                    watchdog.shutdownNow();
                }
                if (fired.get())
                    throw new CellError("Timeout", "the cell ran longer than the limit of " + timeout.toSeconds()
                            + " s and was stopped", List.of());
            }
            for (SnippetEvent ev : events) {
                if (ev.causeSnippet() != null) continue;
                check(js, ev);
                last = ev.snippet();
            }
        }
        return last;
    }

    private static void check(JShell js, SnippetEvent ev) throws CellError {
        Snippet s = ev.snippet();
        if (ev.status() == Snippet.Status.REJECTED) {
            List<String> diags = js.diagnostics(s)
                    .map(d -> describe(s, d))
                    .collect(Collectors.toList());
            throw new CellError("CompilationError", diags.isEmpty() ? "rejected: " + firstLine(s.source())
                    : String.join("; ", diags), diags);
        }
        if (ev.status() == Snippet.Status.RECOVERABLE_DEFINED || ev.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            List<String> missing = js.unresolvedDependencies((jdk.jshell.DeclarationSnippet) s).collect(Collectors.toList());
            throw new CellError("CompilationError", "cannot find symbol(s) " + missing + " in: " + firstLine(s.source()),
                    List.of());
        }
        JShellException ex = ev.exception();
        if (ex != null) {
            List<String> tb = new ArrayList<>();
            String name;
            if (ex instanceof EvalException ee) {
                name = ee.getExceptionClassName();
                tb.add(name + ": " + ee.getMessage());
            } else if (ex instanceof UnresolvedReferenceException ure) {
                name = "UnresolvedReferenceException";
                tb.add("unresolved reference in " + ure.getSnippet().source());
            } else {
                name = ex.getClass().getSimpleName();
                tb.add(String.valueOf(ex.getMessage()));
            }
            for (StackTraceElement e : ex.getStackTrace()) tb.add("\tat " + e);
            Throwable cause = ex.getCause();
            while (cause != null) {
                String cn = cause instanceof EvalException ce ? ce.getExceptionClassName() : cause.getClass().getName();
                tb.add("Caused by: " + cn + ": " + cause.getMessage());
                cause = cause.getCause();
            }
            throw new CellError(name, name + ": " + ex.getMessage(), tb);
        }
    }

    private static String describe(Snippet s, Diag d) {
        String src = s.source();
        int pos = (int) Math.max(0, Math.min(src.length(), d.getStartPosition()));
        int line = 1;
        for (int k = 0; k < pos; k++) if (src.charAt(k) == '\n') line++;
        return d.getMessage(Locale.ROOT) + " (snippet line " + line + ": " + firstLine(src.split("\n", -1)[line - 1]) + ")";
    }

    /** The name under which JShell holds the value of the cell's last expression, or null. */
    private static String displayName(Snippet last) {
        if (last instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            return "void".equals(v.typeName()) ? null : v.name();
        }
        if (last instanceof ExpressionSnippet e) return e.name();
        return null;
    }

    private static void addStreams(ArrayNode outputs, CapturingStream out, CapturingStream err) {
        out.stream.flush();
        err.stream.flush();
        for (var s : List.of(Map.entry("stdout", out), Map.entry("stderr", err))) {
            String text = s.getValue().text();
            if (text.isEmpty()) continue;
            ObjectNode o = outputs.addObject();
            o.put("output_type", "stream");
            o.put("name", s.getKey());
            o.set("text", lines(text));
        }
    }

    static ObjectNode read(Path notebook) {
        JsonNode root;
        try {
            root = JSON.readTree(notebook.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("notebook = " + notebook + " is not readable JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof ObjectNode o) || root.path("nbformat").asInt() != 4 || !root.path("cells").isArray())
            throw new IllegalArgumentException("notebook = " + notebook + " is not an nbformat-4 notebook (needs \"nbformat\": 4 and a \"cells\" array)");
        return o;
    }

    private static void write(ObjectNode nb, Path target) {
        AtomicFiles.write(target, o -> JSON.writeValue(o, nb));
    }

    static String source(ObjectNode cell) {
        JsonNode s = cell.get("source");
        if (s == null) return "";
        if (s.isArray()) {
            StringBuilder b = new StringBuilder();
            s.forEach(l -> b.append(l.asText()));
            return b.toString();
        }
        return s.asText();
    }

    private static ArrayNode lines(String text) {
        ArrayNode a = JSON.createArrayNode();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                a.add(text.substring(start, k + 1));
                start = k + 1;
            }
        }
        if (start < text.length()) a.add(text.substring(start));
        return a;
    }

    private static String firstLine(String src) {
        String t = src.strip();
        int nl = t.indexOf('\n');
        String l = nl < 0 ? t : t.substring(0, nl);
        return l.length() > 80 ? l.substring(0, 77) + "..." : l;
    }

    private static final class CellError extends Exception {
        final String ename;
        final List<String> traceback;

        CellError(String ename, String message, List<String> traceback) {
            super(message);
            this.ename = ename;
            this.traceback = traceback;
        }
    }

    private static final class CapturingStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        synchronized void reset() {
            stream.flush();
            bytes.reset();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
