package dev.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class ToolkitCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = ToolkitCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Result commands print to System.out: capture it. */
    static Run runResult(String... args) {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream sys = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(sys, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Run r = run(args);
            return new Run(r.code(), r.out() + sys.toString(java.nio.charset.StandardCharsets.UTF_8), r.err());
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void unknownCommandOrOptionPrintsUsageAndExits2() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Usage:");
        Run o = run("reproduce", "--no-such-option");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--no-such-option").contains("Usage:");
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : new String[][] {{"notebook", "run"}, {"kernel", "install"}, {"reproduce"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }

    @Test
    void kernelInstallHelpDocumentsAllThreeKernels() {
        String help = run("kernel", "install", "--help").out();
        assertThat(help).contains("rapaio").contains("RJK_CLASSPATH")
                .contains("ijava").contains("IJAVA_CLASSPATH")
                .contains("jjava").contains("JJAVA_CLASSPATH")
                .contains("--kernel-jar").contains("--prefix").contains("--user").contains("--name");
    }

    @Test
    void ijavaKernelspecCarriesTheToolkitClasspath() throws Exception {
        Path jar = Files.writeString(tmp.resolve("ijava-1.3.0.jar"), "not really a jar");
        Run r = run("kernel", "install", "--kernel", "ijava", "--kernel-jar", jar.toString(),
                "--prefix", tmp.resolve("prefix").toString(), "--name", "test-ijava", "--env", "HEBBIAN_QUICK=1");
        assertThat(r.code()).as(r.err()).isZero();
        Path dir = tmp.resolve("prefix/share/jupyter/kernels/test-ijava");
        JsonNode spec = new ObjectMapper().readTree(dir.resolve("kernel.json").toFile());
        assertThat(spec.get("argv").toString()).contains("-jar").contains("ijava-1.3.0.jar").contains("{connection_file}");
        assertThat(dir.resolve("ijava-1.3.0.jar")).isRegularFile();
        String cp = spec.get("env").get("IJAVA_CLASSPATH").asText();
        assertThat(cp.split(java.io.File.pathSeparator)).anyMatch(e -> e.contains("picocli"));
        assertThat(spec.get("env").get("HEBBIAN_QUICK").asText()).isEqualTo("1");
        assertThat(spec.get("language").asText()).isEqualTo("java");
        assertThat(spec.get("display_name").asText()).contains("dense Hebbian");
        // no temporary folders left behind
        try (var s = Files.list(tmp.resolve("prefix/share/jupyter/kernels"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("test-ijava");
        }
    }

    @Test
    void rapaioClasspathUsesSemicolons() throws Exception {
        Path jar = Files.writeString(tmp.resolve("rapaio-jupyter-kernel-3.0.1.jar"), "x");
        Run r = run("kernel", "install", "--kernel-jar", jar.toString(), "--prefix", tmp.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode spec = new ObjectMapper().readTree(tmp.resolve("share/jupyter/kernels/dense-hebbian/kernel.json").toFile());
        String cp = spec.get("env").get("RJK_CLASSPATH").asText();
        assertThat(cp).contains(";").doesNotContain(":/");
    }

    @Test
    void badValuesGiveOneLineErrorsNamingTheParameter() throws Exception {
        Run r = run("kernel", "install", "--env", "NOEQUALS", "--prefix", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --env = 'NOEQUALS' is not valid: must be KEY=VALUE");
        Run j = run("kernel", "install", "--kernel", "ijava", "--kernel-jar", tmp.resolve("missing.jar").toString(),
                "--prefix", tmp.toString());
        assertThat(j.code()).isEqualTo(2);
        assertThat(j.err()).contains("--kernel-jar").contains("missing.jar");
        Run k = run("kernel", "install", "--kernel", "python");
        assertThat(k.code()).isEqualTo(2);
        assertThat(k.err()).contains("python");
        Run n = run("reproduce", "--notebooks", tmp.resolve("nowhere").toString());
        assertThat(n.code()).isEqualTo(2);
        assertThat(n.err()).contains("--notebooks");
    }

    @Test
    void learningAndMultitaskingModelsAreWiredIntoSolveAndCapacity() throws Exception {
        ObjectMapper json = new ObjectMapper();
        // docs/learning.md#reference-values: P = 4, canonical beta = 5/3, r = 0.6, M = 10 -> m = 0.900016
        Run s = runResult("solve", "--model", "supervised", "--P", "4", "--alpha", "0", "--T", "0.6", "--r", "0.6", "--M", "10",
                "--format", "json");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(json.readTree(s.out()).get("retrievalM").asDouble()).isCloseTo(0.900016, org.assertj.core.api.Assertions.within(1e-5));
        Run m = runResult("solve", "--model", "multitasking", "--K", "3", "--d", "0.3", "--rho", "0.2", "--T", "0.1", "--format", "json");
        assertThat(m.code()).as(m.err()).isZero();
        JsonNode mj = json.readTree(m.out());
        assertThat(mj.get("m").size()).isEqualTo(3);
        assertThat(mj.get("m").get(0).asDouble()).isCloseTo(0.62404, org.assertj.core.api.Assertions.within(2e-5));
        assertThat(mj.get("stability").asText()).isEqualTo("stable");
        // docs/learning.md#reference-values (P = 4, rho = 1, paper's load 0.008153 = canonical 0.097838)
        Run c = runResult("capacity", "--model", "supervised", "--P", "4", "--rho", "1", "--noise", "clt", "--format", "json");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(json.readTree(c.out()).get("alphaC").asDouble()).isCloseTo(0.097838, org.assertj.core.api.Assertions.within(2e-6));
        Run bad = run("solve", "--model", "supervised", "--ansatz", "1rsb", "--alpha", "0", "--T", "0.5", "--r", "0.5", "--M", "3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("ansatz = 1rsb");
        Run badD = run("solve", "--model", "multitasking", "--d", "1.2", "--T", "0.1");
        assertThat(badD.code()).isEqualTo(2);
        assertThat(badD.err().strip()).isEqualTo("error: d = 1.2 is out of range: must be in [0.0, 1.0)");
    }
}
