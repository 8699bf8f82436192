package dev.hebbian.compute;

/**
 * Service-provider interface of a distributed {@link Cluster} backend, found with
 * {@link java.util.ServiceLoader} (a jar lists its implementation in
 * {@code META-INF/services/dev.hebbian.compute.ClusterProvider}). The toolkit's core has none: the
 * module {@code toolkit-spark} provides Apache Spark. {@link Cluster#of(String)} asks each provider
 * whether it {@link #accepts} a master URL, by its scheme.
 */
public interface ClusterProvider {
    /** A short name for messages, e.g. "Apache Spark". */
    String name();

    /** Whether this backend runs on {@code master} (e.g. {@code spark://host:7077}, {@code local[4]}, {@code yarn}). */
    boolean accepts(String master);

    /** A cluster on {@code master}; it may connect lazily, on its first sweep. */
    Cluster connect(String master);
}
