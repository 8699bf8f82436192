package dev.hebbian.compute;

import java.io.Serializable;
import java.util.function.DoubleFunction;

/** A {@link DoubleFunction} that can be shipped to a cluster (e.g. a phase diagram's transition-line factory). */
@FunctionalInterface
public interface SerializableDoubleFunction<R> extends DoubleFunction<R>, Serializable {}
