/**
 * The Apache Spark backend of {@link dev.hebbian.compute.Cluster} (module {@code toolkit-spark}): a sweep's
 * points become the tasks of one Spark job on {@code local[*]}, a standalone cluster, YARN or Kubernetes, with
 * results, progress and interruption as on local threads, and the same numbers for the same seed
 * (docs/cluster.md). Found through {@link java.util.ServiceLoader} by {@link dev.hebbian.compute.Cluster#of}.
 */
package dev.hebbian.compute.spark;
