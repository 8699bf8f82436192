package dev.hebbian.compute.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hebbian.DenseHebbian;
import dev.hebbian.compute.Cluster;
import dev.hebbian.theory.PhaseDiagram;
import dev.hebbian.theory.learning.Learning;
import dev.hebbian.theory.learning.Noise;
import dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram;
import tech.tablesaw.api.Table;

/**
 * The learning and multitasking phase diagrams and a storage problem's own {@code phaseDiagram} on Spark
 * {@code local[2]}, reached through the default cluster ({@link Cluster#using}) and through the {@code sweep}
 * command's {@code --master}: the same tables as on one local thread, and Spark jobs really ran.
 */
@org.junit.jupiter.api.Tag("slow") // a Spark context and learning diagrams: about 10 s
class SparkPhaseDiagramsTest {
    static final Cluster SPARK = Cluster.of("local[2]");
    static final AtomicInteger JOBS = new AtomicInteger();

    @BeforeAll
    static void countJobs() {
        ((SparkCluster) SPARK).context().sc().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                JOBS.incrementAndGet();
            }
        });
    }

    @AfterAll
    static void stop() {
        ((SparkCluster) SPARK).close();
    }

    /** The table on Spark through the default cluster, checked equal to one local thread's, with at least {@code jobs} Spark jobs. */
    static Table onSparkAsLocally(int jobs, Supplier<Table> body) throws InterruptedException {
        Table local = Cluster.using(Cluster.threads(1), body);
        int before = JOBS.get();
        Table spark = Cluster.using(SPARK, body);
        Workloads.assertSameTable(spark, local);
        awaitJobs(before + jobs);
        return local;
    }

    static void awaitJobs(int atLeast) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L; // the listener bus is asynchronous
        while (JOBS.get() < atLeast && System.nanoTime() < end) Thread.sleep(20);
        assertThat(JOBS.get()).as("Spark jobs run").isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void learningAndMultitaskingPhaseDiagramsEqualTheLocalRun() throws Exception {
        Learning.HighLoad sup = Learning.supervised().p(4).rho(0.1).noise(Noise.CLT).highLoad();
        Table t = onSparkAsLocally(1, () -> sup.phaseDiagram(1.2, 0.12, 0.06));
        assertThat(t.doubleColumn("T_R").get(1)).isCloseTo(0.782, within(0.01)); // docs/learning.md#reference-values
        Table states = onSparkAsLocally(1, () -> MultitaskingPhaseDiagram.states(2, 0.2, new double[] {0.2, 0.5}, new double[] {0, 0.1}));
        assertThat(states.stringColumn("state").asList()).containsExactly("HIERARCHICAL", "PARALLEL", "HIERARCHICAL", "PARALLEL");
        Table b = onSparkAsLocally(1, () -> MultitaskingPhaseDiagram.boundaries(2, 0.2, new double[] {0.05, 0.1}));
        assertThat(b.doubleColumn("d_E").asList()).containsExactly(0.95, 0.9);
    }

    @Test
    void aStorageProblemsPhaseDiagramRunsOnTheDefaultCluster() throws Exception {
        var problem = DenseHebbian.storage().p(4).rs();
        double[] alphas = {0.02, 0.05}, temps = {0.3, 0.6};
        PhaseDiagram local = Cluster.using(Cluster.threads(1), () -> problem.phaseDiagram(alphas, temps));
        int before = JOBS.get();
        PhaseDiagram spark = Cluster.using(SPARK, () -> problem.phaseDiagram(alphas, temps));
        awaitJobs(before + 2); // the grid and the lines
        Workloads.assertSameTable(spark.grid(), local.grid());
        Workloads.assertSameTable(spark.lines(), local.lines());
        assertThat(local.grid().stringColumn("phase").asList()).contains("retrieval");
    }

    @Test
    void theSweepCommandRunsLearningAndMultitaskingOnTheMaster(@TempDir Path tmp) throws Exception {
        String[][] runs = {
            {"sweep", "--model", "supervised", "--P", "4", "--rho", "0.1", "--noise", "clt", "--alpha", "0.12", "--T", "1.2"},
            {"sweep", "--model", "multitasking", "--K", "2", "--rho", "0.2", "--d", "0.2,0.5", "--T", "0,0.1", "--lines"},
        };
        for (int k = 0; k < runs.length; k++) {
            String[] args = runs[k];
            boolean withLines = args[args.length - 1].equals("--lines");
            Path out = tmp.resolve(k + "-local.csv"), outSpark = tmp.resolve(k + "-spark.csv");
            Path lines = tmp.resolve(k + "-lines.csv"), linesSpark = tmp.resolve(k + "-lines-spark.csv");
            assertThat(dev.hebbian.cli.ToolkitCli.commandLine().execute(withLinesTo(args, lines, "--out", out.toString()))).isZero();
            int before = JOBS.get();
            assertThat(dev.hebbian.cli.ToolkitCli.commandLine()
                    .execute(withLinesTo(args, linesSpark, "--out", outSpark.toString(), "--master", "local[2]"))).isZero();
            awaitJobs(before + 1);
            assertThat(Files.readString(outSpark)).isEqualTo(Files.readString(out)).contains("\n");
            if (withLines) assertThat(Files.readString(linesSpark)).isEqualTo(Files.readString(lines)).contains("d_P");
        }
    }

    /** The arguments with the file after a trailing --lines, and {@code more} appended. */
    private static String[] withLinesTo(String[] args, Path lines, String... more) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        if (all.get(all.size() - 1).equals("--lines")) all.add(lines.toString());
        all.addAll(java.util.List.of(more));
        return all.toArray(String[]::new);
    }
}
