#!/usr/bin/env bash
# Scaling of one Monte Carlo ensemble on local threads (1, 2), Spark local[2] and a Spark standalone
# cluster of two one-core workers started here from the Maven jars, plus the cost of an empty task on
# each Spark master; the same numbers on every backend are checked. Results: bench/README.md.
# Usage: bench/cluster-scaling.sh [samples N sweeps repeats]   (build first: mvn -B -q -o -DskipTests package)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
jar="$repo/toolkit-spark/target/toolkit-spark.jar"
[ -f "$jar" ] || (cd "$repo" && mvn -B -q -o -DskipTests package)
# the JVM options Spark needs on Java 17 (dev.hebbian.compute.Cluster.JVM_OPTIONS, docs/cluster.md)
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# compiled to a folder on the classpath, not run as a source file: Spark's executors load the classes of
# the sweeps' lambdas from the classpath (a source-launched class lives in a loader they cannot see)
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
cp="$jar:$repo/toolkit-spark/target/lib/*"
javac -nowarn -d "$classes" -cp "$cp" "$here/ClusterScaling.java"
SPARK_LOCAL_IP=127.0.0.1 java -Xmx1g -XX:+IgnoreUnrecognizedVMOptions $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dhebbian.progress=false -cp "$classes:$cp" ClusterScaling "$@"
