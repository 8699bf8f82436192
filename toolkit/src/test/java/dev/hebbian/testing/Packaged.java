package dev.hebbian.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the integration tests share: the packaged jar ({@code target/toolkit.jar}) run as a process,
 * Jupyter's {@code nbconvert} in the rapaio kernel that {@code kernel install} sets up (installed
 * once per test JVM), and readers of executed notebooks.
 */
public final class Packaged {
    private Packaged() {}

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Path TARGET = Path.of("target").toAbsolutePath();
    public static final Path JAR = TARGET.resolve("toolkit.jar");

    /** Where the shared kernel is installed, and where its notebooks save their figures. */
    static final Path KERNEL_PREFIX = TARGET.resolve("it-jupyter");
    static final Path KERNEL_FIGURES = TARGET.resolve("it-nbconvert").resolve("figures");
    /** The kernel name every notebook asks for. */
    public static final String KERNEL = "dense-hebbian";

    /** A finished process: exit code and its stdout and stderr, interleaved. */
    public record Proc(int code, String out) {}

    /** Run a command with extra environment variables; fail if it runs longer than the limit. */
    public static Proc exec(List<String> cmd, Map<String, String> env, long timeoutMinutes) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Files.createDirectories(TARGET);
        Path log = Files.createTempFile(TARGET, "proc", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutMinutes + " min: " + cmd + "\n" + Files.readString(log));
            }
            return new Proc(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** The java launcher of this JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java -jar target/toolkit.jar ARGS}; its output is echoed to this JVM's stdout (the build log). */
    public static Proc toolkit(long timeoutMinutes, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Proc p = exec(cmd, Map.of(), timeoutMinutes);
        System.out.print(p.out());
        return p;
    }

    private static Boolean jupyter;

    /** Whether {@code jupyter nbconvert} runs here (checked once per test JVM). */
    public static synchronized boolean jupyterInstalled() throws InterruptedException {
        if (jupyter == null) {
            try {
                jupyter = exec(List.of("jupyter", "nbconvert", "--version"), Map.of(), 2).code() == 0;
            } catch (IOException e) {
                jupyter = false;
            }
        }
        return jupyter;
    }

    /**
     * Skip the calling test where {@code jupyter nbconvert} is not installed; on CI (environment
     * variable CI set) its absence is a failure, since CI must run {@code what} in a real kernel.
     */
    public static synchronized void assumeJupyter(String what) throws InterruptedException {
        jupyterInstalled();
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (!jupyter && ci) throw new AssertionError("CI must run " + what + " in a real kernel: 'jupyter nbconvert' is not installed");
        Assumptions.assumeTrue(jupyter, "jupyter nbconvert is not installed: " + what + " in a real kernel is skipped (it always runs on CI)");
    }

    private static Map<String, String> kernelEnv;

    /**
     * The environment under which Jupyter finds the {@value #KERNEL} kernel, installed (once per test
     * JVM) by the packaged jar's {@code kernel install} into {@code target/it-jupyter}, in quick mode.
     */
    public static synchronized Map<String, String> kernelEnv() throws IOException, InterruptedException {
        if (kernelEnv == null) {
            Proc install = exec(List.of(java(), "-jar", JAR.toString(), "kernel", "install", "--prefix", KERNEL_PREFIX.toString(),
                    "--name", KERNEL, "--env", "HEBBIAN_QUICK=1", "--env", "HEBBIAN_OUT=" + KERNEL_FIGURES), Map.of(), 2);
            if (install.code() != 0) throw new AssertionError("kernel install failed:\n" + install.out());
            kernelEnv = Map.of("JUPYTER_PATH", KERNEL_PREFIX.resolve("share").resolve("jupyter").toString());
        }
        return kernelEnv;
    }

    /**
     * {@code jupyter nbconvert --execute} of one notebook in the installed kernel, the executed copy
     * written to {@code outDir}. rapaio 3.0.1 sometimes never answers any request after start-up (its
     * shell loop is silent from the first message on; seen in about one start in four on a 2-core
     * machine, while a good start answers within seconds: 10-20 s for a whole small notebook with
     * {@code reproduce} running beside it): a start-up race of the kernel, not a notebook failure, so the kernel
     * is started again after 30 s without an answer, at most six starts.
     */
    public static Proc nbconvert(Path notebook, Path outDir, int cellTimeoutSeconds, long timeoutMinutes)
            throws IOException, InterruptedException {
        List<String> cmd = List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=" + KERNEL, "--ExecutePreprocessor.timeout=" + cellTimeoutSeconds,
                "--ExecutePreprocessor.startup_timeout=30", "--output-dir", outDir.toString(), notebook.toString());
        Map<String, String> env = kernelEnv();
        Proc run = exec(cmd, env, timeoutMinutes);
        for (int attempt = 2; attempt <= 6 && run.code() != 0 && run.out().contains("Kernel didn't respond"); attempt++)
            run = exec(cmd, env, timeoutMinutes);
        return run;
    }

    /** The data of a cell's execute_result or display_data outputs, by mime type (empty: none). */
    public static Map<String, JsonNode> data(JsonNode cell) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode o : cell.path("outputs"))
            if (o.has("data")) o.get("data").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The indices of the cells with an image/png output. */
    public static List<Integer> imageCells(JsonNode nb) {
        List<Integer> out = new ArrayList<>();
        JsonNode cells = nb.get("cells");
        for (int i = 0; i < cells.size(); i++) {
            for (JsonNode o : cells.get(i).path("outputs")) {
                if (o.path("data").has("image/png")) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** "cell i: message" for every error output. */
    public static List<String> errors(JsonNode nb) {
        List<String> out = new ArrayList<>();
        JsonNode cells = nb.get("cells");
        for (int i = 0; i < cells.size(); i++)
            for (JsonNode o : cells.get(i).path("outputs"))
                if ("error".equals(o.path("output_type").asText())) out.add("cell " + i + ": " + o.path("evalue").asText());
        return out;
    }

    /** The last 6000 characters of a long process output. */
    public static String tail(String s) {
        return s.length() > 6000 ? "..." + s.substring(s.length() - 6000) : s;
    }
}
