package dev.hebbian.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hebbian.cli.ToolkitCli;
import picocli.CommandLine;

/** {@code --master} of sweep, simulate and reproduce: same output on a (stand-in) cluster, a clear error without a backend. */
class ClusterCliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        // sweep prints to System.out, simulate to the command line's writer: capture both
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true));
        try {
            CommandLine cl = ToolkitCli.commandLine();
            StringWriter out = new StringWriter(), err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute(args);
            return new Run(code, out + captured.toString(), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void sweepOnAClusterWritesTheSameGrid(@TempDir Path tmp) throws Exception {
        String[] grid = {"sweep", "--model", "storage", "--P", "4", "--alpha", "0.02,0.05", "--T", "0.3,0.7", "--ansatz", "rs"};
        Path local = tmp.resolve("local.csv"), remote = tmp.resolve("remote.csv"), threads = tmp.resolve("threads.csv");
        assertThat(run(concat(grid, "--out", local.toString())).code()).isZero();
        assertThat(run(concat(grid, "--out", remote.toString(), "--master", "fake://1")).code()).isZero();
        assertThat(run(concat(grid, "--out", threads.toString(), "--master", "local")).code()).isZero();
        assertThat(Files.readString(remote)).isEqualTo(Files.readString(local)).contains("retrieval");
        assertThat(Files.readString(threads)).isEqualTo(Files.readString(local));
    }

    @Test
    void theMultitaskingSweepOnAClusterWritesTheSameTables(@TempDir Path tmp) throws Exception {
        String[] grid = {"sweep", "--model", "multitasking", "--K", "2", "--rho", "0.2", "--d", "0.2,0.5", "--T", "0,0.1"};
        Path local = tmp.resolve("local.csv"), remote = tmp.resolve("remote.csv");
        Path localLines = tmp.resolve("local-lines.csv"), remoteLines = tmp.resolve("remote-lines.csv");
        assertThat(run(concat(grid, "--out", local.toString(), "--lines", localLines.toString())).code()).isZero();
        SerializingCluster fake = (SerializingCluster) Cluster.of("fake://1");
        int before = fake.shipped;
        Run r = run(concat(grid, "--out", remote.toString(), "--lines", remoteLines.toString(), "--master", "fake://1"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(fake.shipped - before).as("points shipped").isEqualTo(4 + 2); // 4 cells, 2 temperatures
        assertThat(Files.readString(remote)).isEqualTo(Files.readString(local)).contains("HIERARCHICAL");
        assertThat(Files.readString(remoteLines)).isEqualTo(Files.readString(localLines)).startsWith("T,d_E,d_2,d_P,d_star");
    }

    @Test
    void theLearningSweepsOptionsAreChecked() {
        Run twoT = run("sweep", "--model", "supervised", "--rho", "0.1", "--alpha", "0.05", "--T", "0.5,1");
        assertThat(twoT.code()).isNotZero();
        assertThat(twoT.err()).contains("--T = 0.5,1 has 2 values").contains("takes one");
        Run noD = run("sweep", "--model", "multitasking", "--T", "0.1");
        assertThat(noD.code()).isNotZero();
        assertThat(noD.err()).contains("--d is required");
        Run badD = run("sweep", "--model", "multitasking", "--d", "1.5", "--T", "0.1");
        assertThat(badD.err()).contains("d = 1.5");
        Run rhoForStorage = run("sweep", "--model", "storage", "--rho", "0.1", "--T", "0.5");
        assertThat(rhoForStorage.err()).contains("--rho does not apply to --model storage");
        Run alphaForMultitasking = run("sweep", "--model", "multitasking", "--alpha", "0.1", "--d", "0.2", "--T", "0.1");
        assertThat(alphaForMultitasking.err()).contains("--alpha does not apply to --model multitasking");
        Run rsb = run("sweep", "--model", "supervised", "--rho", "0.1", "--T", "1", "--ansatz", "1rsb");
        assertThat(rsb.err()).contains("ansatz").contains("no 1RSB solver");
    }

    @Test
    void simulateOnAClusterPrintsTheSameNumbers() {
        String[] sim = {"simulate", "--N", "50", "--P", "4", "--K", "3", "--T", "0.2", "--sweeps", "10", "--samples", "5",
                "--replicas", "2", "--seed", "9", "--format", "json"};
        Run local = run(sim), remote = run(concat(sim, "--master", "fake://2"));
        assertThat(local.code()).isZero();
        assertThat(remote.code()).as(remote.err()).isZero();
        assertThat(local.out()).as("local err: " + local.err()).contains("\"m\"");
        assertThat(remote.out()).isEqualTo(local.out());
    }

    @Test
    void aSparkMasterWithoutTheSparkJarIsAClearError(@TempDir Path tmp) throws Exception {
        Run s = run("sweep", "--P", "4", "--alpha", "0.05", "--T", "0.5", "--master", "spark://head:7077");
        assertThat(s.code()).isNotZero();
        assertThat(s.err()).contains("master = spark://head:7077").contains("toolkit-spark jar");
        Run m = run("simulate", "--N", "50", "--K", "2", "--master", "local[4]");
        assertThat(m.code()).isNotZero();
        assertThat(m.err()).contains("master = local[4]").contains("toolkit-spark jar");
        Files.writeString(tmp.resolve("a.ipynb"), "{}");
        Run r = run("reproduce", "--notebooks", tmp.toString(), "--out", tmp.resolve("out").toString(), "--master", "yarn");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("master = yarn").contains("toolkit-spark jar");
    }

    @Test
    void theKernelspecGivesTheKernelTheJvmOptionsSparkNeeds(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("rapaio-jupyter-kernel-3.0.1.jar"), "x");
        Path dir = dev.hebbian.notebook.KernelSpec.install(dev.hebbian.notebook.KernelSpec.Kernel.rapaio, jar, tmp.resolve("k"), "dh",
                java.util.List.of("/t.jar"), java.util.Map.of(), java.util.List.of("-Xmx2g"));
        var argv = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("kernel.json").toFile()).get("argv");
        java.util.List<String> args = new java.util.ArrayList<>();
        argv.forEach(a -> args.add(a.asText()));
        assertThat(args).containsSubsequence("-Xmx2g", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-jar");
        assertThat(args).containsAll(Cluster.JVM_OPTIONS);
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
