package dev.hebbian.compute.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.hebbian.compute.Cluster;
import dev.hebbian.compute.Sweep;
import dev.hebbian.theory.PhaseDiagram;

/** The Spark backend on {@code local[2]}: lookup, identical results, failed points, interruption. */
class SparkLocalTest {
    static final Cluster SPARK = Cluster.of("local[2]");

    @AfterAll
    static void stop() {
        ((SparkCluster) SPARK).close();
    }

    @Test
    void masterUrlsReachSpark() {
        assertThat(SPARK).isInstanceOf(SparkCluster.class);
        assertThat(Cluster.of("local")).isSameAs(Cluster.local());
        SparkClusterProvider p = new SparkClusterProvider();
        for (String m : new String[] {"local[*]", "local[4]", "spark://h:7077", "yarn", "k8s://https://h:6443", "local-cluster[2,1,512]"})
            assertThat(p.accepts(m)).as(m).isTrue();
        for (String m : new String[] {"local", "http://h", "sparky://h"}) assertThat(p.accepts(m)).as(m).isFalse();
        assertThat(SparkCluster.tasks(1000, 2)).isEqualTo(16);
        assertThat(SparkCluster.tasks(5, 2)).isEqualTo(5);
        assertThat(SparkCluster.tasks(100_000, 1000)).isEqualTo(4000);
        // chunks cover 0..size-1 exactly once
        int size = 1003, tasks = SparkCluster.tasks(size, 7);
        assertThat(SparkCluster.from(0, size, tasks)).isZero();
        assertThat(SparkCluster.from(tasks, size, tasks)).isEqualTo(size);
    }

    @Test
    void sparksWarningsAreQuietUnlessAskedFor() {
        ((SparkCluster) SPARK).context(); // Spark up: its loggers exist
        // Spark's loggers (slf4j-simple here) print errors only: no start-up warnings in a notebook cell or the CLI
        for (String name : new String[] {"org.apache.spark.util.Utils", "org.apache.hadoop.util.NativeCodeLoader", "io.netty.util.internal.PlatformDependent"}) {
            org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(name);
            assertThat(log.isWarnEnabled()).as(name + " warns").isFalse();
            assertThat(log.isErrorEnabled()).as(name + " reports errors").isTrue();
        }
        assertThat(org.slf4j.LoggerFactory.getLogger("dev.hebbian.Anything").isWarnEnabled()).as("the toolkit's own warnings").isTrue();
        // the level: the system property, else the environment variable, else error
        assertThat(SparkCluster.logLevel(null, null)).isEqualTo("error");
        assertThat(SparkCluster.logLevel(null, "INFO")).isEqualTo("info");
        assertThat(SparkCluster.logLevel("Warn", "info")).isEqualTo("warn");
        assertThatThrownBy(() -> SparkCluster.logLevel("loud", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SparkCluster.LOG_LEVEL_PROPERTY + " = loud").hasMessageContaining("trace, debug, info, warn, error, off");
        assertThatThrownBy(() -> SparkCluster.logLevel(" ", "verbose")).hasMessageContaining(SparkCluster.LOG_LEVEL_ENV + " = verbose");
    }

    @Test
    void sweepsPhaseDiagramsAndEnsemblesEqualTheLocalRun() {
        List<Double> local = Sweep.over(100, i -> Math.sin(i) * new java.util.SplittableRandom(i).nextDouble()).run();
        List<Double> spark = Sweep.over(100, i -> Math.sin(i) * new java.util.SplittableRandom(i).nextDouble()).on(SPARK).run();
        assertThat(spark).isEqualTo(local);

        PhaseDiagram pdLocal = Workloads.phaseDiagram(Cluster.local()), pdSpark = Workloads.phaseDiagram(SPARK);
        Workloads.assertSameTable(pdSpark.grid(), pdLocal.grid());
        Workloads.assertSameTable(pdSpark.lines(), pdLocal.lines());
        assertThat(pdLocal.grid().stringColumn("phase").asList()).contains("retrieval");

        var sim = Workloads.ensemble(6, 4);
        Workloads.assertSameResult(sim.on(SPARK).run(), sim.run());
    }

    @Test
    void aGridOfMonteCarloEnsemblesIsOneSparkJobWithTheLocalNumbers() {
        // a parameter grid (N, T) of ensembles: each grid point is a point of one sweep, its samples run on the executor's threads
        int[] sizes = {40, 80};
        double[] temps = {0.2, 0.6};
        dev.hebbian.compute.SerializableIntFunction<double[]> point = i -> {
            var r = dev.hebbian.simulation.Simulation.of(dev.hebbian.simulation.Ensemble.storage(4, sizes[i / 2], 3)).temperature(temps[i % 2])
                    .sweeps(20, 20).samples(3).replicas(2).seed(11 + i).run();
            return new double[] {r.m(0), r.q(), r.energy()};
        };
        List<double[]> local = Sweep.over(4, point).on(Cluster.local()).run(), spark = Sweep.over(4, point).on(SPARK).run();
        for (int i = 0; i < 4; i++) assertThat(spark.get(i)).as("grid point " + i).containsExactly(local.get(i));
        assertThat(local.get(0)[0]).as("retrieval at N = 40, T = 0.2").isGreaterThan(0.8);
    }

    @Test
    void theSweepCommandOnSparkWritesTheSameGrid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        String[] grid = {"sweep", "--model", "storage", "--P", "4", "--alpha", "0.02,0.05", "--T", "0.3,0.7", "--ansatz", "1rsb"};
        java.nio.file.Path local = tmp.resolve("local.csv"), spark = tmp.resolve("spark.csv");
        picocli.CommandLine cl = dev.hebbian.cli.ToolkitCli.commandLine();
        assertThat(cl.execute(concat(grid, "--out", local.toString()))).isZero();
        assertThat(dev.hebbian.cli.ToolkitCli.commandLine().execute(concat(grid, "--out", spark.toString(), "--master", "local[2]"))).isZero();
        assertThat(java.nio.file.Files.readString(spark)).isEqualTo(java.nio.file.Files.readString(local));
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void aFailedPointIsReportedAndTheOthersAreKept() {
        assertThatThrownBy(() -> Sweep.over(40, i -> {
            if (i == 17) throw new IllegalArgumentException("alpha = -1 is out of range at point " + i);
            return i;
        }).on(SPARK).run()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 17");
        // in a phase diagram a failing solver is a row with its error
        dev.hebbian.compute.SerializableBiFunction<Double, Double, dev.hebbian.theory.PointSolver> failing = (a, t) -> {
            if (t > 0.5) throw new IllegalStateException("no solver above T = 0.5");
            return dev.hebbian.DenseHebbian.storage().p(4).alpha(a).temperature(t).solver();
        };
        PhaseDiagram d = PhaseDiagram.compute(4, dev.hebbian.theory.Ansatz.RS, new double[] {0.02}, new double[] {0.3, 0.8},
                failing, null, false, SPARK);
        assertThat(d.grid().stringColumn("phase").asList()).containsExactly("retrieval", "failed");
        assertThat(d.grid().stringColumn("note").get(1)).contains("no solver above T = 0.5");
    }

    /**
     * Waits until a running Spark job has finished at least one task (then some, not all, of a long job's points
     * are back): interrupting then cannot come too early or too late, whatever the machine's speed.
     */
    static void awaitFirstFinishedTask(int seconds) throws InterruptedException {
        var tracker = ((SparkCluster) SPARK).context().statusTracker();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (int job : tracker.getActiveJobIds()) {
                var info = tracker.getJobInfo(job); // null once the job is gone
                if (info == null) continue;
                for (int stage : info.stageIds()) {
                    var st = tracker.getStageInfo(stage);
                    if (st != null && st.numCompletedTasks() >= 1) return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no Spark task finished within " + seconds + " s");
    }

    /** Fails unless Spark has no running job within {@code seconds}. */
    static void assertNoActiveJobWithin(int seconds) throws InterruptedException {
        var tracker = ((SparkCluster) SPARK).context().statusTracker();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (tracker.getActiveJobIds().length > 0 && System.nanoTime() < end) Thread.sleep(50);
        assertThat(tracker.getActiveJobIds()).as("active Spark jobs").isEmpty();
    }

    @Test
    void anInterruptedDiagramOnSparkThrowsTheTableOfItsFinishedRows() throws Exception {
        // 200 multitasking (T, d) cells of tens of ms each, 16 tasks on 2 cores: interrupted when some tasks are back
        double[] ds = new double[200], ts = {0.05};
        for (int i = 0; i < ds.length; i++) ds[i] = 0.0045 * i;
        dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram.states(3, 0.2, new double[] {0.3}, ts); // classes loaded
        assertThat(Sweep.over(2, i -> i).on(SPARK).run()).containsExactly(0, 1); // the Spark context is up
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread driver = new Thread(() -> {
            try {
                Cluster.using(SPARK, () -> dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram.states(3, 0.2, ds, ts));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        driver.start();
        awaitFirstFinishedTask(60);
        driver.interrupt();
        driver.join(30_000);
        assertThat(thrown.get()).isInstanceOf(dev.hebbian.compute.TableInterruptedException.class);
        var e = (dev.hebbian.compute.TableInterruptedException) thrown.get();
        assertThat(e.done()).isBetween(1L, 199L);
        assertNoActiveJobWithin(10);
        // its rows are those of the local run at the same cells
        tech.tablesaw.api.Table partial = e.partial();
        double[] doneDs = partial.doubleColumn("d").asDoubleArray();
        Workloads.assertSameTable(partial, Cluster.using(Cluster.local(),
                () -> dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram.states(3, 0.2, doneDs, ts)));
    }

    @Test
    void anInterruptionCancelsTheJobAndKeepsTheFinishedPoints() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread driver = new Thread(() -> {
            try {
                Sweep.over(64, i -> {
                    if (i >= 8) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return i;
                }).on(SPARK).run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        long start = System.nanoTime();
        driver.start();
        Thread.sleep(3000); // the first chunks (points 0..7, 4 per chunk) are back by then
        driver.interrupt();
        driver.join(30_000);
        assertThat(driver.isAlive()).isFalse();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
        assertThat(thrown.get()).isInstanceOf(Sweep.SweepInterruptedException.class);
        List<Integer> partial = ((Sweep.SweepInterruptedException) thrown.get()).partial();
        assertThat(partial).hasSize(64);
        assertThat(partial.subList(0, 8)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(partial.subList(8, 64)).containsOnlyNulls();
        // the Spark job was cancelled, not left sleeping on the executors
        assertNoActiveJobWithin(10);
        // the cluster is still usable
        assertThat(Sweep.over(3, i -> i + 1).on(SPARK).run()).containsExactly(1, 2, 3);
    }
}
