package dev.hebbian.compute;

import java.io.Serializable;
import java.util.function.IntFunction;

/**
 * The work of one point of a {@link Sweep}, serializable so that a {@link Cluster} other than local
 * threads can ship it to its executors. A lambda passed to {@link Sweep#over} is one of these; it
 * (and everything it captures) must then be {@link Serializable} to run on a cluster.
 */
@FunctionalInterface
public interface SerializableIntFunction<R> extends IntFunction<R>, Serializable {}
