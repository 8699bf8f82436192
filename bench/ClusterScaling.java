import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.hebbian.compute.Cluster;
import dev.hebbian.compute.Sweep;
import dev.hebbian.compute.spark.SparkCluster;
import dev.hebbian.simulation.Ensemble;
import dev.hebbian.simulation.Simulation;
import dev.hebbian.simulation.SimulationResult;

/**
 * Scaling of one Monte Carlo ensemble (independent disorder samples: the points of a Sweep) on local
 * threads (1 and 2), on Spark local[2] and on a Spark standalone cluster of two one-core workers started
 * here as separate JVMs (as in StandaloneClusterTest), plus the cost of an empty task on each Spark
 * master. Prints one line per measurement ("SCALE backend seconds") and a Markdown summary; checks that
 * every backend gives the same numbers. Run through bench/cluster-scaling.sh.
 *
 * Arguments: samples N sweeps repeats (defaults 64 400 200 3).
 */
public class ClusterScaling {
    static final List<Process> PROCESSES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int sweeps = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Simulation job = Simulation.of(Ensemble.storage(2, n, n / 20)).temperature(0.3).sweeps(sweeps, sweeps)
                .samples(samples).replicas(2).seed(7);
        Simulation warm = job.samples(4);
        System.out.printf(Locale.ROOT, "job: P = 2 Monte Carlo ensemble, N = %d, K = %d, %d + %d sweeps, %d samples x 2 replicas; best of %d%n",
                n, n / 20, sweeps, sweeps, samples, repeats);
        try {
            warm.threads(1).run();
            SimulationResult reference = job.threads(1).run();
            double t1 = best(repeats, "threads-1", () -> job.threads(1).run(), reference);
            double t2 = best(repeats, "threads-2", () -> job.threads(2).run(), reference);

            SparkCluster local2 = SparkCluster.on("local[2]").conf("spark.ui.enabled", "false");
            double start = seconds(() -> Sweep.over(2, i -> i).showProgress(false).on(local2).run());
            System.out.printf(Locale.ROOT, "SCALE local[2]-context-start %.2f%n", start);
            warm.on(local2).run();
            double tl = best(repeats, "local[2]", () -> job.on(local2).run(), reference);
            double el = emptyTask(repeats, "local[2]", local2);
            local2.close();

            String url = startStandalone();
            SparkCluster standalone = SparkCluster.on(url).conf("spark.executor.memory", "512m").conf("spark.ui.enabled", "false")
                    .conf("spark.driver.host", "127.0.0.1").conf("spark.driver.bindAddress", "127.0.0.1");
            start = seconds(() -> Sweep.over(2, i -> i).showProgress(false).on(standalone).run());
            System.out.printf(Locale.ROOT, "SCALE standalone-context-start %.2f%n", start);
            warm.on(standalone).run(); // the executors' JIT
            double ts = best(repeats, "standalone-2x1", () -> job.on(standalone).run(), reference);
            double es = emptyTask(repeats, "standalone", standalone);
            standalone.close();

            int tasks = Math.max(1, Math.min(samples, Math.max(SparkCluster.MIN_TASKS, SparkCluster.TASKS_PER_CORE * 2)));
            System.out.println();
            System.out.println("| backend | seconds | speed-up vs 1 thread | serial fraction (Karp-Flatt, p = 2) |");
            System.out.println("|---|---|---|---|");
            row("local threads, 1", t1, t1, 1);
            row("local threads, 2", t2, t1, 2);
            row("Spark local[2]", tl, t1, 2);
            row("Spark standalone, 2 workers x 1 core", ts, t1, 2);
            System.out.printf(Locale.ROOT, "%nper sample (1 thread): %.3f s; %d tasks per job on 2 cores; empty task: %.1f ms on local[2], %.1f ms on the standalone cluster%n",
                    t1 / samples, tasks, 1000 * el, 1000 * es);
            System.out.println("identical results on every backend: true (checked)");
        } finally {
            for (Process p : PROCESSES) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    static void row(String name, double t, double t1, int p) {
        double s = t1 / t;
        String e = p == 1 ? "" : String.format(Locale.ROOT, "%.3f", (1 / s - 1.0 / p) / (1 - 1.0 / p));
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", name, t, s, e);
    }

    /** Best time of {@code repeats} runs, each checked equal to the reference. */
    static double best(int repeats, String name, Supplier<SimulationResult> run, SimulationResult reference) {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            SimulationResult got = run.get();
            double t = (System.nanoTime() - t0) / 1e9;
            same(got, reference, name);
            System.out.printf(Locale.ROOT, "SCALE %s %.2f%n", name, t);
            best = Math.min(best, t);
        }
        return best;
    }

    static void same(SimulationResult a, SimulationResult b, String name) {
        if (a.samples() != b.samples() || !a.table().toString().equals(b.table().toString()))
            throw new IllegalStateException(name + " gave other numbers than one local thread");
        for (int s = 0; s < b.samples(); s++)
            if (!a.series(s).toString().equals(b.series(s).toString()))
                throw new IllegalStateException(name + " gave other numbers than one local thread at sample " + s);
    }

    /** Seconds per task of a job of empty points (16 tasks): scheduling, shipping and collecting, no work. */
    static double emptyTask(int repeats, String name, Cluster on) {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats + 2; r++) {
            long t0 = System.nanoTime();
            Sweep.over(16, i -> i).showProgress(false).on(on).run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9 / 16);
        }
        System.out.printf(Locale.ROOT, "SCALE %s-empty-task %.4f%n", name, best);
        return best;
    }

    static double seconds(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A master and two one-core workers on 127.0.0.1, from this JVM's classpath; returns the master URL. */
    static String startStandalone() throws Exception {
        Path dir = Files.createTempDirectory("hebbian-standalone");
        Files.createDirectories(dir.resolve("spark-home/jars"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "spark://127.0.0.1:" + port;
        start(dir, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "" + port, "--webui-port", "0");
        for (int w = 1; w <= 2; w++)
            start(dir, "worker" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                    "--webui-port", "0", "--work-dir", dir.resolve("work" + w).toString(), url);
        long end = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                break;
            } catch (IOException notYet) {
                if (System.nanoTime() > end) throw new IllegalStateException("the master did not start; see " + dir);
                Thread.sleep(200);
            }
        }
        while (count(Files.readString(dir.resolve("master.log")), "Registering worker") < 2) {
            if (System.nanoTime() > end) throw new IllegalStateException("the workers did not register; see " + dir);
            Thread.sleep(200);
        }
        return url;
    }

    static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    static void start(Path dir, String name, String main, String... args) throws IOException {
        String cp = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        cmd.addAll(Cluster.JVM_OPTIONS);
        cmd.add("-Dorg.slf4j.simpleLogger.log.org.apache.spark.deploy=info");
        cmd.addAll(List.of("-cp", cp, main));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_DIST_CLASSPATH", cp);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOCAL_DIRS", dir.resolve("tmp").toString());
        pb.environment().remove(Cluster.MASTER_ENV);
        PROCESSES.add(pb.start());
    }
}
