package dev.hebbian;

import dev.hebbian.theory.spinglass.SpinGlassProblem;
import dev.hebbian.theory.storage.StorageProblem;

/**
 * Entry point of the toolkit's theory (conventions: /work/shared/papers/CONVENTIONS.md, canonical
 * lambda = 1/2, beta = beta' of spec rsb-dense-networks.md). For example
 * {@code DenseHebbian.storage().p(4).alpha(0.1).beta(5).rs().solve()},
 * {@code .oneStepRsb().solve()}, {@code .capacity()}, {@code .phaseDiagram(alphas, temperatures)}.
 * Supervised / unsupervised models plug in next to {@link #storage()}.
 */
public final class DenseHebbian {
    private DenseHebbian() {}

    /** Dense Hebbian storage (P-spin Hopfield), P even; P = 2 is AGS (spec sections 4, 5, 7.3, 8). */
    public static StorageProblem storage() {
        return StorageProblem.create();
    }

    /** The SK spin glass (reference model, spec section 2.4). */
    public static SpinGlassProblem sk() {
        return SpinGlassProblem.sk();
    }

    /** The Ising P-spin glass (reference model, spec section 2.4). */
    public static SpinGlassProblem pSpin(int p) {
        return SpinGlassProblem.pSpin(p);
    }
}
