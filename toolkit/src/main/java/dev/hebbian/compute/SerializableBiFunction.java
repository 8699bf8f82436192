package dev.hebbian.compute;

import java.io.Serializable;
import java.util.function.BiFunction;

/** A {@link BiFunction} that can be shipped to a cluster (e.g. a phase diagram's solver factory). */
@FunctionalInterface
public interface SerializableBiFunction<T, U, R> extends BiFunction<T, U, R>, Serializable {}
