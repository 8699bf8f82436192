package dev.hebbian;

import dev.hebbian.theory.spinglass.SpinGlassProblem;
import dev.hebbian.theory.storage.StorageProblem;

/**
 * Entry point of the toolkit's theory (conventions: docs/conventions.md, canonical
 * lambda = 1/2, beta = beta' of arXiv:2111.12997; docs/storage.md). For example
 * {@code DenseHebbian.storage().p(4).alpha(0.1).beta(5).rs().solve()},
 * {@code .oneStepRsb().solve()}, {@code .capacity()}, {@code .phaseDiagram(alphas, temperatures)}.
 * Learning from examples: {@code DenseHebbian.supervised().p(4).r(0.6).examples(10).beta(20).lowLoad().solve()},
 * {@code DenseHebbian.unsupervised().p(4).rho(0.2).examples(10).highLoad().alpha(0.05).beta(10).solve()}.
 */
public final class DenseHebbian {
    private DenseHebbian() {}

    /** Dense Hebbian storage (P-spin Hopfield), P even; P = 2 is AGS (docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4, #eq-storage-7, #eq-storage-17, #eq-storage-18, #eq-storage-19, #eq-storage-11). */
    public static StorageProblem storage() {
        return StorageProblem.create();
    }

    /**
     * Supervised learning from examples (arXiv:2212.00606; docs/learning.md): the network stores the class
     * averages of M examples of quality r per archetype. Same builder as {@link dev.hebbian.theory.learning.Learning#supervised()}.
     */
    public static dev.hebbian.theory.learning.Learning.Builder supervised() {
        return dev.hebbian.theory.learning.Learning.supervised();
    }

    /**
     * Unsupervised learning from examples (arXiv:2212.00606; docs/learning.md#eq-learning-23): every example is
     * stored. Same builder as {@link dev.hebbian.theory.learning.Learning#unsupervised()}.
     */
    public static dev.hebbian.theory.learning.Learning.Builder unsupervised() {
        return dev.hebbian.theory.learning.Learning.unsupervised();
    }

    /**
     * Multitasking networks learning diluted archetypes in parallel (arXiv 2308.04106, docs/multitasking.md):
     * {@code DenseHebbian.multitasking().supervised().k(3).dilution(0.3).rho(0.2).beta(10).solve()}.
     */
    public static MultitaskingProtocols multitasking() {
        return MultitaskingProtocols.INSTANCE;
    }

    /** The two teaching protocols of a multitasking network, each a {@link Multitasking.Builder}. */
    public enum MultitaskingProtocols {
        INSTANCE;

        /** The teacher groups examples by class; the network stores the class averages. */
        public Multitasking.Builder supervised() {
            return Multitasking.supervised();
        }

        /** No teacher: every example is stored. */
        public Multitasking.Builder unsupervised() {
            return Multitasking.unsupervised();
        }
    }

    /**
     * The binary exponential dense associative memory, K = exp(alpha N) patterns
     * (docs/exponential-memory.md#eq-exp-1): {@code DenseHebbian.exponential().n(16).alpha(0.3).capacity()}.
     */
    public static ExponentialMemory exponential() {
        return ExponentialMemory.binary();
    }

    /** The SK spin glass (reference model, docs/spin-glass.md#eq-spin-glass-1). */
    public static SpinGlassProblem sk() {
        return SpinGlassProblem.sk();
    }

    /** The Ising P-spin glass (reference model, docs/spin-glass.md#eq-spin-glass-1). */
    public static SpinGlassProblem pSpin(int p) {
        return SpinGlassProblem.pSpin(p);
    }
}
