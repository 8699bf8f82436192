package dev.hebbian.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reproduce}: run every notebook of {@code notebooks/} and collect its figures and tables. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Run every notebook in the notebooks folder (top level, in name order) and collect the",
                "figures (PNG, SVG) and tables (CSV) each saves under OUT/<notebook>/, with the executed",
                "notebooks as OUT/<notebook>.ipynb. Stops at the first failing cell (exit code 1)."})
public final class ReproduceCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Quick mode: smaller N, fewer samples, coarser grids.")
    boolean quick;

    @Option(names = "--out", defaultValue = "build", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--notebooks", defaultValue = "notebooks", paramLabel = "DIR",
            description = "Folder of the notebooks (default: ${DEFAULT-VALUE}).")
    Path notebooks;

    @Option(names = "--cell-timeout", defaultValue = "7200", paramLabel = "SECONDS",
            description = "Stop a cell (and the JVM running it) after this many seconds (default: ${DEFAULT-VALUE}).")
    long cellTimeout;

    @Option(names = "--max-output", defaultValue = "" + dev.hebbian.notebook.NotebookRunner.DEFAULT_MAX_OUTPUT, paramLabel = "BYTES",
            description = "Keep at most this many bytes of a cell's stdout (and of its stderr) (default: ${DEFAULT-VALUE}).")
    long maxOutput;

    @Option(names = "--master", paramLabel = "URL", description = {"Run the notebooks' sweeps and Monte Carlo ensembles on this cluster: local (threads, "
            + "the default), or with the toolkit-spark jar on the classpath a Spark master (local[N], spark://HOST:7077, yarn, k8s://...). "
            + "A sweep whose work cannot be shipped runs on local threads; the numbers are the same (docs/cluster.md)."})
    String master;

    /** The notebooks' JVM heap (as the notebook runner's default). */
    static final String NOTEBOOK_HEAP = "-Xmx6g";

    @Override
    public Integer call() {
        if (!Files.isDirectory(notebooks))
            throw new IllegalArgumentException("--notebooks = " + notebooks + " is not a folder (run from the repository's top level or pass --notebooks)");
        List<Path> all;
        try (Stream<Path> s = Files.list(notebooks)) {
            all = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) throw new IllegalArgumentException("--notebooks = " + notebooks + " has no .ipynb files");
        java.util.function.UnaryOperator<dev.hebbian.notebook.NotebookRunner> on = r -> r;
        if (master != null) {
            boolean remote = !dev.hebbian.compute.Cluster.of(master).isLocal(); // a clear error now if no backend takes the URL
            List<String> vm = new java.util.ArrayList<>(List.of(NOTEBOOK_HEAP));
            if (remote) vm.addAll(dev.hebbian.compute.Cluster.JVM_OPTIONS); // what Spark needs on Java 17
            on = r -> r.jvmOptions(vm).systemProperties(java.util.Map.of(dev.hebbian.compute.Cluster.MASTER_PROPERTY, master.trim()));
        }
        int rc = NotebookCommand.runAll(all, quick, out, cellTimeout, maxOutput, on);
        if (rc == 0) System.err.println("reproduced " + all.size() + " notebooks into " + out.toAbsolutePath());
        return rc;
    }
}
