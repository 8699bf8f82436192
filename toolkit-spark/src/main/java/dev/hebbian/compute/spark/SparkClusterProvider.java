package dev.hebbian.compute.spark;

import java.util.Locale;

import dev.hebbian.compute.Cluster;
import dev.hebbian.compute.ClusterProvider;

/**
 * Apache Spark for {@link Cluster#of(String)}: the master URLs that Spark's own {@code --master}
 * takes, {@code local[N]}, {@code local[*]}, {@code local-cluster[...]}, {@code spark://host:port},
 * {@code yarn}, {@code k8s://https://host:port} and {@code mesos://host:port}. Plain {@code local}
 * stays local threads (the core never asks a provider for it).
 */
public final class SparkClusterProvider implements ClusterProvider {
    @Override
    public String name() {
        return "Apache Spark";
    }

    @Override
    public boolean accepts(String master) {
        String m = master.trim().toLowerCase(Locale.ROOT);
        return m.startsWith("local[") || m.startsWith("local-cluster[") || m.startsWith("spark://") || m.equals("yarn")
                || m.startsWith("k8s://") || m.startsWith("mesos://");
    }

    @Override
    public Cluster connect(String master) {
        return SparkCluster.on(master);
    }
}
