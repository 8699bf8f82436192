package dev.hebbian.simulation;

import java.util.SplittableRandom;

import dev.hebbian.Check;
import dev.hebbian.data.Dataset;

/**
 * A disorder ensemble to simulate: each call of {@link #sample} draws one dataset and builds its
 * couplings (storage, supervised, unsupervised, multitasking; docs/conventions.md#eq-conventions-6, docs/learning.md#eq-learning-1, #eq-learning-23,
 * docs/multitasking.md). Conventions: docs/conventions.md (finite-N model, canonical beta).
 */
@FunctionalInterface
public interface Ensemble extends java.io.Serializable { // serializable so that samples can run on a cluster (docs/cluster.md)
    /** One disorder sample: the couplings and the dataset whose archetypes the overlaps refer to. */
    record Sample(Couplings couplings, Dataset data) {}

    /** Draw one sample from {@code rng}. */
    Sample sample(SplittableRandom rng);

    /** The same ensemble with the Hamiltonian summed over another choice of tuples. */
    default Ensemble interaction(Interaction tuples) {
        Ensemble base = this;
        return rng -> {
            Sample s = base.sample(rng);
            return new Sample(s.couplings().withInteraction(tuples), s.data());
        };
    }

    /** Plain storage of K random +-1 archetypes (dense Hopfield network). */
    static Ensemble storage(int P, int N, int K) {
        return multitasking(P, N, K, 0.0);
    }

    /** Storage of K diluted archetypes (entries 0 with probability d): the multitasking network H^(0). */
    static Ensemble multitasking(int P, int N, int K, double d) {
        Check.evenAtLeast("P", P, 2);
        Check.atLeast("N", N, 1);
        checkOrder(P, N);
        Check.atLeast("K", K, 1);
        Check.inHalfOpen("d", d, 0, 1);
        return rng -> {
            Dataset ds = Dataset.archetypesOnly(K, N, d, rng);
            return new Sample(Couplings.storage(P, ds), ds);
        };
    }

    /** Supervised learning (class averages) from M examples of quality r per archetype, dilution d. */
    static Ensemble supervised(int P, int N, int K, int M, double r, double d) {
        check(P, N, K, M, r, d);
        return rng -> {
            Dataset ds = Dataset.synthetic(K, N, M, r, d, rng);
            return new Sample(Couplings.supervised(P, ds), ds);
        };
    }

    /** Unsupervised learning (every example its own pattern, weight 1/M), dilution d. */
    static Ensemble unsupervised(int P, int N, int K, int M, double r, double d) {
        check(P, N, K, M, r, d);
        return rng -> {
            Dataset ds = Dataset.synthetic(K, N, M, r, d, rng);
            return new Sample(Couplings.unsupervised(P, ds), ds);
        };
    }

    /** A fixed network (e.g. from images): every sample is the same. */
    static Ensemble fixed(Couplings couplings, Dataset data) {
        if (couplings.N() != data.N()) throw new IllegalArgumentException("couplings have N = " + couplings.N() + ", data N = " + data.N());
        Sample s = new Sample(couplings, data);
        return rng -> s;
    }

    private static void check(int P, int N, int K, int M, double r, double d) {
        Check.evenAtLeast("P", P, 2);
        Check.atLeast("N", N, 1);
        checkOrder(P, N);
        Check.atLeast("K", K, 1);
        Check.atLeast("M", M, 1);
        Check.inClosed("r", r, 0, 1);
        Check.inHalfOpen("d", d, 0, 1);
    }

    /** An interaction couples P distinct neurons: P <= N. */
    private static void checkOrder(int P, int N) {
        if (P > N) throw new Check.InvalidParameterException("P", P, "<= N = " + N + " (an interaction couples P distinct neurons)");
    }
}
