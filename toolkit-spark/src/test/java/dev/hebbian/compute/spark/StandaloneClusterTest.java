package dev.hebbian.compute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.hebbian.compute.Cluster;
import dev.hebbian.simulation.Simulation;
import dev.hebbian.simulation.SimulationResult;
import dev.hebbian.theory.PhaseDiagram;

/**
 * A real Spark standalone cluster on this machine: a master and two workers (one core each), started
 * as separate JVMs from the test classpath, as {@code spark-class} would start them from a Spark
 * distribution. A phase diagram and a Monte Carlo ensemble run on it; one worker (with its executor) is
 * killed in the middle of the ensemble; both results must equal the local run number for number.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS) // a guard against hangs; the test takes well under a minute on an idle 2-core machine
class StandaloneClusterTest {
    static final Path DIR = Path.of("target", "standalone-cluster").toAbsolutePath();
    static final List<Process> PROCESSES = new ArrayList<>();
    static Process master;
    static Process[] workers = new Process[2];
    static String url;
    static SparkCluster cluster;
    static final Simulation ENSEMBLE = Workloads.ensemble(32, 30);
    static PhaseDiagram localDiagram;
    static SimulationResult localEnsemble;

    @BeforeAll
    static void startCluster() throws Exception {
        Files.createDirectories(DIR.resolve("spark-home/jars")); // an empty distribution: the classpath comes from the test
        int port = freePort();
        url = "spark://127.0.0.1:" + port;
        long t0 = System.nanoTime();
        master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "" + port, "--webui-port", "0");
        // the workers retry until the master listens
        for (int w = 0; w < 2; w++)
            workers[w] = start("worker" + (w + 1), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                    "--memory", "1g", "--webui-port", "0", "--work-dir", DIR.resolve("work" + (w + 1)).toString(), url);
        // the reference numbers on local threads while the cluster starts
        localDiagram = Workloads.phaseDiagram(Cluster.local(), false);
        localEnsemble = ENSEMBLE.run();
        long t1 = System.nanoTime();
        waitForPort(port, 60);
        waitForLog("master", "Registering worker", 2, 60);
        System.err.printf("standalone cluster: local reference %.1f s, cluster up after %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t0) / 1e9);
        cluster = SparkCluster.on(url).conf("spark.executor.memory", "512m").conf("spark.driver.host", "127.0.0.1")
                .conf("spark.driver.bindAddress", "127.0.0.1").conf("spark.ui.enabled", "false");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
        for (Process p : PROCESSES) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void aPhaseDiagramAndAMonteCarloEnsembleSurviveALostWorkerWithTheLocalNumbers() throws Exception {
        long t0 = System.nanoTime();
        PhaseDiagram local = localDiagram;
        Simulation ensemble = ENSEMBLE;
        SimulationResult localMc = localEnsemble;

        AtomicInteger executorsLost = new AtomicInteger();
        cluster.context().sc().addSparkListener(new SparkListener() {
            @Override
            public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
                executorsLost.incrementAndGet();
            }
        });
        PhaseDiagram remote = Workloads.phaseDiagram(cluster, false);
        Workloads.assertSameTable(remote.grid(), local.grid());
        long t1 = System.nanoTime();

        // the ensemble: kill a worker and its executor once a quarter of the samples are back
        long perSample = 60;
        AtomicLong done = new AtomicLong();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread driver = new Thread(() -> {
            try {
                outcome.set(ensemble.progress((d, t) -> done.set(d / perSample)).on(cluster).run());
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "ensemble-driver");
        driver.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (done.get() < 8 && driver.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
        long doneAtKill = done.get();
        // the worker to kill: one that runs an executor (the master may have placed the only executor on either)
        int victim = workers[0].toHandle().descendants().findAny().isPresent() ? 0 : 1;
        List<ProcessHandle> executors = workers[victim].toHandle().descendants().toList();
        workers[victim].destroyForcibly();
        executors.forEach(ProcessHandle::destroyForcibly);
        driver.join(TimeUnit.SECONDS.toMillis(100));
        assertThat(driver.isAlive()).as("the ensemble finished").isFalse();
        assertThat(doneAtKill).as("samples done when the worker was killed").isBetween(8L, 31L);
        assertThat(executors).as("the killed worker (worker " + (victim + 1) + ") had an executor").isNotEmpty();
        if (outcome.get() instanceof Throwable t) throw new AssertionError("the ensemble failed on the cluster", t);
        Workloads.assertSameResult((SimulationResult) outcome.get(), localMc);
        long seen = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); // the listener bus is asynchronous
        while (executorsLost.get() == 0 && System.nanoTime() < seen) Thread.sleep(50);
        assertThat(executorsLost.get()).as("executors lost").isGreaterThanOrEqualTo(1);
        System.err.printf("standalone cluster: phase diagram %.1f s (with the context), ensemble %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    static Process start(String name, String mainClass, String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        cmd.addAll(Cluster.JVM_OPTIONS);
        cmd.add("-Dorg.slf4j.simpleLogger.log.org.apache.spark.deploy=info"); // registrations, launches, losses
        cmd.addAll(List.of("-cp", cp, mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(DIR.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", DIR.resolve("spark-home").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_DIST_CLASSPATH", cp); // what the workers put on their executors' classpath
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", DIR.resolve("tmp").toString());
        env.remove(Cluster.MASTER_ENV);
        Process p = pb.start();
        PROCESSES.add(p);
        return p;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void waitForPort(int port, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                if (!master.isAlive()) throw new IllegalStateException("the master exited: " + log("master"));
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the master did not listen on " + port + " within " + seconds + " s: " + log("master"));
    }

    static void waitForLog(String name, String text, int times, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String log = log(name);
            if (log.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) return;
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not log '" + text + "' " + times + " times within " + seconds + " s: " + log(name)
                + "\nworker1: " + log("worker1") + "\nworker2: " + log("worker2"));
    }

    static String log(String name) {
        try {
            File f = DIR.resolve(name + ".log").toFile();
            return f.isFile() ? Files.readString(f.toPath()) : "(no log)";
        } catch (IOException e) {
            return "(unreadable log: " + e + ")";
        }
    }
}
