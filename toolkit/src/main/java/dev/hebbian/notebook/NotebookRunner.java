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
    private final long maxOutput;

    /** Default cap on what one cell's stdout (and, separately, stderr) may add to the executed notebook: 10 MB. */
    public static final long DEFAULT_MAX_OUTPUT = 10L * 1024 * 1024;
    /** After a time limit is reached, how long the cell gets to stop before its JVM is killed. */
    private static final long STOP_GRACE_MILLIS = 2000;

    private NotebookRunner(boolean quick, Path outDir, List<String> classpath, List<String> jvmOptions,
                           Map<String, String> properties, Duration cellTimeout) {
        this(quick, outDir, classpath, jvmOptions, properties, cellTimeout, DEFAULT_MAX_OUTPUT);
    }

    private NotebookRunner(boolean quick, Path outDir, List<String> classpath, List<String> jvmOptions,
                           Map<String, String> properties, Duration cellTimeout, long maxOutput) {
        this.quick = quick;
        this.outDir = outDir;
        this.classpath = classpath;
        this.jvmOptions = jvmOptions;
        this.properties = properties;
        this.cellTimeout = cellTimeout;
        this.maxOutput = maxOutput;
    }

    /**
     * The most bytes of stdout (and of stderr) one cell may leave in the executed notebook; the rest is
     * dropped and a line "output truncated" says how much (default {@link #DEFAULT_MAX_OUTPUT}).
     */
    public NotebookRunner maxOutput(long bytes) {
        dev.hebbian.Check.atLeast("max output bytes", bytes, 1);
        return new NotebookRunner(quick, outDir, classpath, jvmOptions, properties, cellTimeout, bytes);
    }

    /** A runner in full mode, writing figures under {@code build/notebook-output}, with this JVM's classpath. */
    public static NotebookRunner create() {
        List<String> vm = new ArrayList<>(List.of("-Xmx6g"));
        vm.addAll(dev.hebbian.compute.Cluster.JVM_OPTIONS); // what Spark needs on Java 17 when toolkit-spark is on the classpath (harmless without)
        return new NotebookRunner(false, Path.of("build", "notebook-output"), Classpath.current(), List.copyOf(vm), Map.of(), null);
    }

    /** Quick mode for the notebooks (read through {@link Mode}). */
    public NotebookRunner quick(boolean q) {
        return new NotebookRunner(q, outDir, classpath, jvmOptions, properties, cellTimeout, maxOutput);
    }

    /** Where the notebooks' saved figures and tables go ({@link Notebook#outDir()} inside the cells). */
    public NotebookRunner outDir(Path dir) {
        return new NotebookRunner(quick, dir, classpath, jvmOptions, properties, cellTimeout, maxOutput);
    }

    /** The classpath of the JShell that runs the cells. */
    public NotebookRunner classpath(List<String> cp) {
        return new NotebookRunner(quick, outDir, List.copyOf(cp), jvmOptions, properties, cellTimeout, maxOutput);
    }

    /** Options of the JVM that executes the cells (default {@code -Xmx6g} and {@link dev.hebbian.compute.Cluster#JVM_OPTIONS}). */
    public NotebookRunner jvmOptions(List<String> options) {
        return new NotebookRunner(quick, outDir, classpath, List.copyOf(options), properties, cellTimeout, maxOutput);
    }

    /** System properties of the JVM that executes the cells. */
    public NotebookRunner systemProperties(Map<String, String> props) {
        return new NotebookRunner(quick, outDir, classpath, jvmOptions, Map.copyOf(props), cellTimeout, maxOutput);
    }

    /** Stop a cell that runs longer than this (it then fails like a cell that threw); null: no limit. */
    public NotebookRunner cellTimeout(Duration timeout) {
        return new NotebookRunner(quick, outDir, classpath, jvmOptions, properties, timeout, maxOutput);
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
        CapturingStream out = new CapturingStream(maxOutput);
        CapturingStream err = new CapturingStream(maxOutput);
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
        java.util.Set<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid)
                .collect(Collectors.toSet());
        try (JShell js = JShell.builder()
                .out(out.stream).err(err.stream)
                .remoteVMOptions(vm.toArray(String[]::new))
                .build()) {
            Session session = new Session(js, cellTimeout, cellVm(before));
            js.onShutdown(x -> session.closed.set(true));
            // the JVM that runs the cells halts as soon as this JVM is gone, even after a kill -9
            js.eval("{ ProcessHandle parent$ = ProcessHandle.current().parent().orElse(null); if (parent$ != null) { "
                    + "Thread w$ = new Thread(() -> { while (true) { if (!parent$.isAlive()) Runtime.getRuntime().halt(137); "
                    + "try { Thread.sleep(250); } catch (InterruptedException e) { } } }, \"parent-watchdog\"); "
                    + "w$.setDaemon(true); w$.start(); } }");
            // if this JVM is killed (Ctrl-C), take the JVM that runs the cells down with it
            Thread closer = new Thread(js::close, "notebook-runner-shutdown");
            Runtime.getRuntime().addShutdownHook(closer);
            try {
            // one call: each call re-sets the compiler's whole class path (about 0.1 s per entry of a 60-jar path)
            js.addToClasspath(String.join(java.io.File.pathSeparator, classpath));
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
                    Snippet last = session.evalCell(src);
                    session.checkAlive(i == lastCodeCell(cells));
                    String name = displayName(last);
                    if (name != null) {
                        Files.deleteIfExists(bundleFile);
                        String call = "dev.hebbian.notebook.MimeBundle.write(" + name + ", \""
                                + bundleFile.toString().replace("\\", "\\\\") + "\");";
                        session.evalCell(call);
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

    /** The index of the last code cell (-1 if none). */
    private static int lastCodeCell(ArrayNode cells) {
        int last = -1;
        for (int i = 0; i < cells.size(); i++) if ("code".equals(cells.get(i).path("cell_type").asText())) last = i;
        return last;
    }

    /** The JVM that JShell started to run the cells: a new child of this process (null if it cannot be told). */
    private static ProcessHandle cellVm(java.util.Set<Long> before) {
        List<ProcessHandle> fresh = ProcessHandle.current().children().filter(p -> !before.contains(p.pid())).toList();
        for (ProcessHandle p : fresh) {
            // the command line may be cut after 4 kB (a long class path): the debug agent comes first
            String cmd = p.info().commandLine().orElse("");
            if (cmd.contains("RemoteExecutionControl") || cmd.contains("-agentlib:jdwp")) return p;
        }
        return fresh.size() == 1 ? fresh.get(0) : null;
    }

    /** One JShell, the JVM that runs its cells, and the time limit per cell. */
    private static final class Session {
        final JShell js;
        final Duration timeout;
        final ProcessHandle vm;
        final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

        Session(JShell js, Duration timeout, ProcessHandle vm) {
            this.js = js;
            this.timeout = timeout;
            this.vm = vm;
        }

        boolean vmGone() {
            return closed.get() || (vm != null && !vm.isAlive());
        }

        CellError exited() {
            return new CellError("JvmExit", "the JVM running the cells ended during this cell (System.exit, Runtime.halt or a crash);"
                    + " the notebook stops here", List.of());
        }

        /** After a cell: fail it if it ended the JVM that runs the cells (the last cell is probed). */
        void checkAlive(boolean lastCell) throws CellError {
            if (!vmGone() && lastCell) {
                try {
                    js.eval("int alive$ = 1;");
                } catch (IllegalStateException e) {
                    throw exited();
                }
            }
            if (vmGone()) throw exited();
        }

        /** Evaluate every snippet of a cell; return the last snippet. */
        Snippet evalCell(String src) throws CellError {
            SourceCodeAnalysis sca;
            try {
                sca = js.sourceCodeAnalysis();
            } catch (IllegalStateException e) {
                throw exited();
            }
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
                java.util.concurrent.atomic.AtomicBoolean fired = new java.util.concurrent.atomic.AtomicBoolean();
                java.util.concurrent.ScheduledExecutorService watchdog = null;
                if (timeout != null) {
                    watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "notebook-cell-watchdog");
                        t.setDaemon(true);
                        return t;
                    });
                    watchdog.schedule(() -> {
                        fired.set(true);
                        try {
                            js.stop();
                        } catch (RuntimeException ignored) {
                            // the JVM is being killed below anyway
                        }
                    }, timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                    // a cell that ignores the stop (catches ThreadDeath, blocks in native code) loses its JVM
                    watchdog.schedule(() -> {
                        if (vm != null) vm.destroyForcibly();
                        else js.close();
                    }, timeout.toMillis() + STOP_GRACE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                try {
                    events = js.eval(snippet);
                } catch (IllegalStateException e) {
                    if (fired.get()) throw timedOut();
                    throw exited();
                } finally {
                    if (watchdog != null) watchdog.shutdownNow();
                }
                if (fired.get()) throw timedOut();
                for (SnippetEvent ev : events) {
                    if (ev.causeSnippet() != null) continue;
                    check(js, ev);
                    last = ev.snippet();
                }
                if (vmGone()) throw exited();
            }
            return last;
        }

        CellError timedOut() {
            return new CellError("Timeout", "the cell ran longer than the time limit of " + timeout.toSeconds()
                    + " s (--cell-timeout) and was stopped", List.of());
        }
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

    /** Captures a cell's stream up to a cap; the rest is counted, not kept. */
    private static final class CapturingStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final long cap;
        long dropped;
        final PrintStream stream;

        CapturingStream(long cap) {
            this.cap = cap;
            this.stream = new PrintStream(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (CapturingStream.this) {
                        if (bytes.size() < CapturingStream.this.cap) bytes.write(b);
                        else dropped++;
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (CapturingStream.this) {
                        long room = Math.max(0, CapturingStream.this.cap - bytes.size());
                        int keep = (int) Math.min(room, len);
                        bytes.write(b, off, keep);
                        dropped += len - keep;
                    }
                }
            }, true, StandardCharsets.UTF_8);
        }

        synchronized void reset() {
            stream.flush();
            bytes.reset();
            dropped = 0;
        }

        synchronized String text() {
            String t = bytes.toString(StandardCharsets.UTF_8);
            if (dropped > 0)
                t += (t.endsWith("\n") || t.isEmpty() ? "" : "\n") + "[output truncated: " + dropped + " more bytes not kept; a cell keeps at most "
                        + cap + " bytes of each stream]\n";
            return t;
        }
    }
}
