package dev.hebbian.compute.spark;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import dev.hebbian.compute.Cluster;
import dev.hebbian.compute.SerializableIntFunction;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * A {@link Cluster} on Apache Spark. A sweep of {@code n} points becomes one Spark job over chunks of
 * consecutive point indices (one partition, i.e. one task, per chunk; about {@value #TASKS_PER_CORE}
 * tasks per core of the cluster, at least {@value #MIN_TASKS}); each finished task hands its points to
 * the driver at once (progress, and the points kept if the sweep is interrupted), and the results are
 * put back in index order. Spark re-runs the tasks of a lost executor; since a point depends only on
 * its index, the re-run gives the same numbers. A point that throws comes back as that point's error
 * (the other points go on); an interruption cancels the job group and keeps the finished points.
 *
 * <p>The driver is this JVM: a {@link SparkContext} made on the first sweep (or the one already
 * running, e.g. under {@code spark-submit}) and stopped by {@link #close()} or at exit. Settings:
 * any {@code spark.*} system property, or {@link #conf(String, String)}. Unless {@code spark.jars} is
 * set, the jars of the toolkit (and of its solvers' libraries) that this JVM loaded are shipped to the
 * executors (docs/cluster.md).
 */
public final class SparkCluster implements Cluster, AutoCloseable {
    /** Target number of tasks per core: enough to balance the load and lose little when an executor dies. */
    public static final int TASKS_PER_CORE = 4;
    /** Fewest tasks per sweep (when there are that many points), so that progress moves. */
    public static final int MIN_TASKS = 16;

    /** System property setting the level of Spark's (and Hadoop's, Netty's) log messages: error by default. */
    public static final String LOG_LEVEL_PROPERTY = "hebbian.spark.logLevel";
    /** Environment variable for the same, read when the system property is not set. */
    public static final String LOG_LEVEL_ENV = "HEBBIAN_SPARK_LOG_LEVEL";
    /** The level of Spark's log messages unless told otherwise: its start-up warnings are not the user's business. */
    public static final String DEFAULT_LOG_LEVEL = "error";
    /** The loggers quieted: Spark, its shaded libraries, Hadoop's client and Netty. */
    static final List<String> SPARK_LOGGERS = List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty");
    private static final List<String> LEVELS = List.of("trace", "debug", "info", "warn", "error", "off");

    private final String master;
    private final Map<String, String> settings;
    private JavaSparkContext context;

    private SparkCluster(String master, Map<String, String> settings) {
        this.master = master;
        this.settings = settings;
    }

    /** A cluster on {@code master} (any URL Spark's {@code --master} takes); connects on the first sweep. */
    public static SparkCluster on(String master) {
        if (master == null || master.isBlank())
            throw new IllegalArgumentException("master = '" + master + "' is empty: give a Spark master URL such as local[*] or spark://host:7077");
        return new SparkCluster(master.trim(), new LinkedHashMap<>());
    }

    /** The same cluster with a Spark setting (e.g. {@code spark.executor.memory}); before the first sweep. */
    public SparkCluster conf(String key, String value) {
        Map<String, String> s = new LinkedHashMap<>(settings);
        s.put(key, value);
        return new SparkCluster(master, s);
    }

    @Override
    public String master() {
        return master;
    }

    /** The Spark context (made on first use). */
    public synchronized JavaSparkContext context() {
        if (context == null || context.sc().isStopped()) {
            String level = quietLogs();
            SparkConf conf = new SparkConf().setMaster(master).setAppName("dense-hebbian")
                    .setIfMissing("spark.ui.showConsoleProgress", "false");
            if (master.startsWith("local")) { // everything in this JVM: stay on the loopback interface
                conf.setIfMissing("spark.driver.host", "127.0.0.1");
                conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            }
            settings.forEach(conf::set);
            if (!master.startsWith("local") && !conf.contains("spark.jars")) {
                List<String> jars = jarsToShip();
                if (!jars.isEmpty()) conf.set("spark.jars", String.join(",", jars));
            }
            SparkContext sc = SparkContext.getOrCreate(conf);
            if (!sc.master().equals(master))
                throw new IllegalStateException("master = " + master + ": this JVM already runs a Spark context on " + sc.master()
                        + " (Spark allows one per JVM); use Cluster.of(\"" + sc.master() + "\") or stop that context first");
            context = new JavaSparkContext(sc);
            context.setLogLevel(level.toUpperCase(java.util.Locale.ROOT)); // for log4j2, when it is the SLF4J provider (spark-submit)
        }
        return context;
    }

    /**
     * The level of Spark's log messages ({@value #LOG_LEVEL_PROPERTY}, else {@value #LOG_LEVEL_ENV}, else
     * {@value #DEFAULT_LOG_LEVEL}), given to the SLF4J provider of the toolkit (slf4j-simple) for the loggers of
     * Spark, Hadoop and Netty before Spark makes any of them: a notebook cell or the command line does not fill with
     * Spark's start-up warnings. A level set for one of these loggers with
     * {@code -Dorg.slf4j.simpleLogger.log.NAME=...} is kept. Returns the level.
     */
    static String quietLogs() {
        String level = logLevel(System.getProperty(LOG_LEVEL_PROPERTY), System.getenv(LOG_LEVEL_ENV));
        for (String logger : SPARK_LOGGERS) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) System.setProperty(key, level);
        }
        return level;
    }

    /** The level named by the property, else the environment variable, else the default; checked. */
    static String logLevel(String property, String env) {
        String v = property != null && !property.isBlank() ? property : env != null && !env.isBlank() ? env : DEFAULT_LOG_LEVEL;
        String level = v.trim().toLowerCase(java.util.Locale.ROOT);
        if (!LEVELS.contains(level))
            throw new IllegalArgumentException((property != null && !property.isBlank() ? LOG_LEVEL_PROPERTY : LOG_LEVEL_ENV) + " = " + v
                    + " is not a log level: use one of " + String.join(", ", LEVELS) + " (default " + DEFAULT_LOG_LEVEL + ")");
        return level;
    }

    /** Stop the Spark context (a later sweep makes a new one). */
    @Override
    public synchronized void close() {
        if (context != null) context.stop();
        context = null;
    }

    @Override
    public <R> void run(String name, int size, SerializableIntFunction<R> point, Sink<R> sink) throws InterruptedException {
        if (size == 0) return;
        JavaSparkContext sc = context();
        int tasks = tasks(size, sc.defaultParallelism());
        List<Integer> chunks = new ArrayList<>(tasks);
        for (int c = 0; c < tasks; c++) chunks.add(c);
        JavaRDD<Integer> rdd = sc.parallelize(chunks, tasks); // one chunk index per partition
        String group = "hebbian-" + UUID.randomUUID();
        sc.setJobGroup(group, name + " (" + size + " points)", true);
        SimpleFutureAction<BoxedUnit> job;
        try {
            job = sc.sc().submitJob(rdd.rdd(), new Chunk<>(point, size, tasks), scalaRange(tasks), new Deliver<>(size, tasks, sink),
                    new AbstractFunction0<BoxedUnit>() {
                        @Override
                        public BoxedUnit apply() {
                            return BoxedUnit.UNIT;
                        }
                    });
        } finally {
            sc.clearJobGroup();
        }
        try {
            while (!job.isCompleted()) Thread.sleep(20);
        } catch (InterruptedException e) {
            sc.cancelJobGroup(group);
            job.cancel();
            throw e;
        }
        Try<BoxedUnit> outcome = job.value().get();
        if (outcome.isFailure()) {
            Throwable cause = outcome.failed().get();
            throw new IllegalStateException(name + " failed on Spark master " + master + ": " + cause.getMessage(), cause);
        }
    }

    /** Number of tasks (chunks) of a sweep of {@code size} points on {@code cores} cores. */
    static int tasks(int size, int cores) {
        return Math.max(1, Math.min(size, Math.max(MIN_TASKS, TASKS_PER_CORE * Math.max(1, cores))));
    }

    /** First point index of chunk {@code c} (chunk c holds points from(c) .. from(c + 1) - 1). */
    static int from(int c, int size, int tasks) {
        return (int) ((long) c * size / tasks);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static scala.collection.immutable.Seq<Object> scalaRange(int n) {
        List<Object> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) ids.add(i);
        return (scala.collection.immutable.Seq) scala.jdk.javaapi.CollectionConverters.asScala(ids).toSeq();
    }

    /** One point's outcome as shipped back: its value, or its error. */
    record Outcome(Object value, Throwable error) implements Serializable {}

    /** The task: the points of one chunk, on an executor. */
    static final class Chunk<R> extends AbstractFunction1<scala.collection.Iterator<Integer>, Outcome[]> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SerializableIntFunction<R> point;
        private final int size;
        private final int tasks;

        Chunk(SerializableIntFunction<R> point, int size, int tasks) {
            this.point = point;
            this.size = size;
            this.tasks = tasks;
        }

        @Override
        public Outcome[] apply(scala.collection.Iterator<Integer> chunk) {
            int c = chunk.next();
            int lo = from(c, size, tasks), hi = from(c + 1, size, tasks);
            Outcome[] out = new Outcome[hi - lo];
            // sweeps nested in a point stay on the executor's threads
            return Cluster.using(Cluster.local(), () -> {
                for (int i = lo; i < hi; i++) {
                    try {
                        out[i - lo] = new Outcome(point.apply(i), null);
                    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
                        out[i - lo] = new Outcome(null, shippable(e));
                    }
                }
                return out;
            });
        }
    }

    /** The error itself if it serializes, else a RuntimeException with its class, message and stack. */
    static Throwable shippable(Throwable e) {
        try (ObjectOutputStream o = new ObjectOutputStream(new ByteArrayOutputStream())) {
            o.writeObject(e);
            return e;
        } catch (Exception notSerializable) {
            RuntimeException copy = new RuntimeException(e.getClass().getName() + ": " + e.getMessage());
            copy.setStackTrace(e.getStackTrace());
            return copy;
        }
    }

    /** On the driver, as each task finishes: its points go to the sink. */
    static final class Deliver<R> extends AbstractFunction2<Object, Outcome[], BoxedUnit> {
        private final int size;
        private final int tasks;
        private final Sink<R> sink;

        Deliver(int size, int tasks, Sink<R> sink) {
            this.size = size;
            this.tasks = tasks;
            this.sink = sink;
        }

        @Override
        @SuppressWarnings("unchecked")
        public BoxedUnit apply(Object chunk, Outcome[] outcomes) {
            int lo = from((Integer) chunk, size, tasks);
            for (int k = 0; k < outcomes.length; k++) {
                Outcome o = outcomes[k];
                if (o.error() != null) sink.failed(lo + k, o.error());
                else sink.done(lo + k, (R) o.value());
            }
            return BoxedUnit.UNIT;
        }
    }

    /** The jars (not folders) holding the toolkit, this backend and the libraries the solvers use. */
    static List<String> jarsToShip() {
        Set<String> jars = new LinkedHashSet<>();
        for (String marker : new String[] {"dev.hebbian.compute.Sweep", "dev.hebbian.compute.spark.SparkCluster",
                "org.hipparchus.util.FastMath", "org.hipparchus.optim.OptimizationData", "tech.tablesaw.api.Table",
                "com.fasterxml.jackson.databind.ObjectMapper"}) {
            try {
                var src = Class.forName(marker, false, SparkCluster.class.getClassLoader()).getProtectionDomain().getCodeSource();
                if (src == null) continue;
                File f = new File(src.getLocation().toURI());
                if (f.isFile() && f.getName().endsWith(".jar")) jars.add(f.getAbsolutePath());
            } catch (ClassNotFoundException | URISyntaxException | SecurityException | IllegalArgumentException e) {
                // not on this classpath: nothing to ship
            }
        }
        return new ArrayList<>(jars);
    }

    @Override
    public String toString() {
        return "Spark " + master;
    }
}
