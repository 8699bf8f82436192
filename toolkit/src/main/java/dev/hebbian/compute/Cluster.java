package dev.hebbian.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where a {@link Sweep} computes its points: on local threads ({@link #local()}, the default) or on
 * a distributed backend found by its master URL ({@link #of(String)}; the module {@code toolkit-spark}
 * provides Apache Spark: {@code local[*]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://...}).
 * Results are the same number for number wherever the points run, since each point depends only on
 * its index (its random numbers come from {@link Seeds}).
 *
 * <p>A sweep without {@link Sweep#on(Cluster)} runs on {@link #current()}: the cluster of the
 * enclosing {@link #using(Cluster, Supplier)} block, else the master named by the system property
 * {@value #MASTER_PROPERTY} or the environment variable {@value #MASTER_ENV}, else Spark's own
 * {@value #SPARK_MASTER_PROPERTY} (set by {@code spark-submit}), else local threads.
 *
 * <pre>{@code
 * PhaseDiagram d = Cluster.using(Cluster.of("spark://head:7077"), () -> problem.phaseDiagram(alphas, temps));
 * }</pre>
 */
public interface Cluster {
    /** System property naming the default master (e.g. {@code local[*]}, {@code spark://host:7077}). */
    String MASTER_PROPERTY = "hebbian.master";
    /** Environment variable naming the default master, read when the system property is not set. */
    String MASTER_ENV = "HEBBIAN_MASTER";
    /**
     * Spark's own master property, read last: {@code spark-submit --master URL} sets it, so the toolkit's
     * command line run by spark-submit uses the master it was submitted to.
     */
    String SPARK_MASTER_PROPERTY = "spark.master";

    /**
     * The JVM options Apache Spark needs on Java 17 (the module opens of Spark's own launcher). The
     * kernelspec install and the {@code toolkit-spark} launcher set them; harmless without Spark.
     */
    List<String> JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false");

    /** The master URL ({@code local} for local threads). */
    String master();

    /** True for local threads. */
    default boolean isLocal() {
        return false;
    }

    /**
     * Compute points {@code 0..size-1} and report each to {@code sink} as it finishes (from any thread),
     * either {@link Sink#done} or, when the point threw, {@link Sink#failed}: a point's error is
     * reported, never lost, and does not stop the other points. Returns when every point is reported.
     * If the calling thread is interrupted, the computation is cancelled and {@link InterruptedException}
     * thrown (the points reported so far stay reported). A backend that cannot go on (the cluster is
     * lost) throws a RuntimeException.
     */
    <R> void run(String name, int size, SerializableIntFunction<R> point, Sink<R> sink) throws InterruptedException;

    /** Receives the points of a {@link #run} as they finish. */
    interface Sink<R> {
        void done(int index, R value);

        void failed(int index, Throwable error);
    }

    /** Local threads: what {@link Sweep} does without a cluster. */
    static Cluster local() {
        return Local.INSTANCE;
    }

    /**
     * Local threads, at most {@code n} of them (a sweep's own {@link Sweep#threads(int)} still wins).
     * Results do not depend on it; with {@link #using} it sets the thread count of sweeps that do not
     * expose one, e.g. {@code Cluster.using(Cluster.threads(1), () -> ...)} to check that a table is the
     * same on one thread as on many.
     */
    static Cluster threads(int n) {
        dev.hebbian.Check.atLeast("threads", n, 1);
        return new Local(n);
    }

    /**
     * The cluster at {@code master}: {@code local} (or blank) is local threads; anything else goes to the
     * {@link ClusterProvider} on the classpath that accepts it (the same URL gives the same cluster in
     * this JVM). Without one, the error says which jar to add.
     */
    static Cluster of(String master) {
        if (master == null || master.isBlank() || master.trim().equalsIgnoreCase("local")) return local();
        String m = master.trim();
        return Local.CONNECTED.computeIfAbsent(m, key -> {
            List<String> seen = new ArrayList<>();
            for (ClusterProvider p : ServiceLoader.load(ClusterProvider.class, Cluster.class.getClassLoader())) {
                if (p.accepts(key)) return p.connect(key);
                seen.add(p.name());
            }
            String scheme = key.contains("://") ? key.substring(0, key.indexOf("://") + 3) : key;
            throw new IllegalArgumentException("master = " + key + ": no cluster backend on the classpath accepts "
                    + scheme.toLowerCase(Locale.ROOT) + (seen.isEmpty() ? " (none is installed)" : " (installed: " + String.join(", ", seen) + ")")
                    + ". For Apache Spark (local[N], spark://, yarn, k8s://) add the toolkit-spark jar (io.github.densehebbian:toolkit-spark) "
                    + "to the classpath; 'local' runs on local threads. See docs/cluster.md");
        });
    }

    /**
     * The cluster a sweep without {@link Sweep#on(Cluster)} uses on this thread: the innermost
     * {@link #using} block's, else {@link #MASTER_PROPERTY} / {@link #MASTER_ENV}, else {@link #SPARK_MASTER_PROPERTY}
     * (spark-submit), else local threads.
     */
    static Cluster current() {
        Cluster c = Local.SCOPED.get();
        if (c != null) return c;
        String m = System.getProperty(MASTER_PROPERTY);
        if (m == null || m.isBlank()) m = System.getenv(MASTER_ENV);
        if (m == null || m.isBlank()) m = System.getProperty(SPARK_MASTER_PROPERTY);
        return of(m);
    }

    /** Run {@code body} with {@code cluster} as this thread's {@link #current()} cluster. */
    static <T> T using(Cluster cluster, Supplier<T> body) {
        if (cluster == null) throw new IllegalArgumentException("cluster must not be null (use Cluster.local() for local threads)");
        Cluster before = Local.SCOPED.get();
        Local.SCOPED.set(cluster);
        try {
            return body.get();
        } finally {
            if (before == null) Local.SCOPED.remove();
            else Local.SCOPED.set(before);
        }
    }

    /** Local threads, and the registry of connected clusters. */
    final class Local implements Cluster {
        static final Local INSTANCE = new Local(0);
        static final ThreadLocal<Cluster> SCOPED = new ThreadLocal<>();
        static final Map<String, Cluster> CONNECTED = new ConcurrentHashMap<>();
        /** At most this many threads (0: as many as the sweep asks, by default the number of processors). */
        final int threads;

        private Local(int threads) {
            this.threads = threads;
        }

        @Override
        public String master() {
            return "local";
        }

        @Override
        public boolean isLocal() {
            return true;
        }

        @Override
        public <R> void run(String name, int size, SerializableIntFunction<R> point, Sink<R> sink) throws InterruptedException {
            java.util.List<Object> out;
            try {
                out = Sweep.over(size, i -> {
                    try {
                        return (Object) new Outcome(point.apply(i), null);
                    } catch (RuntimeException e) {
                        return new Outcome(null, e);
                    }
                }).named(name).showProgress(false).on(this).run();
            } catch (Sweep.SweepInterruptedException e) {
                report(e.partial(), sink);
                throw new InterruptedException(e.getMessage());
            }
            report(out, sink);
        }

        @SuppressWarnings("unchecked")
        private static <R> void report(List<?> outcomes, Sink<R> sink) {
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome o = (Outcome) outcomes.get(i);
                if (o == null) continue;
                if (o.error != null) sink.failed(i, o.error);
                else sink.done(i, (R) o.value);
            }
        }

        private record Outcome(Object value, Throwable error) {}

        @Override
        public String toString() {
            return threads == 0 ? "local threads" : "local threads (" + threads + ")";
        }
    }
}
