package dev.hebbian.theory.spinglass;

import dev.hebbian.Check;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.Functional;
import dev.hebbian.theory.ReplicaSolver;
import dev.hebbian.theory.Solution;
import dev.hebbian.theory.Transitions;

/**
 * Reference spin glasses on the same engine (arXiv:2111.12997; docs/spin-glass.md#eq-spin-glass-1, #eq-spin-glass-6):
 * SK (xi(q) = beta^2 q^2 / 2) and the Ising P-spin glass (xi(q) = beta^2 q^P / 2), zero field, RS and
 * 1RSB, finite T and T = 0. Immutable fluent builder.
 */
public final class SpinGlassProblem {
    private final int p;
    private final double beta;
    private final Ansatz ansatz;

    private SpinGlassProblem(int p, double beta, Ansatz ansatz) {
        this.p = p;
        this.beta = beta;
        this.ansatz = ansatz;
    }

    /** The SK model (P = 2). */
    public static SpinGlassProblem sk() {
        return new SpinGlassProblem(2, 1, Ansatz.RS);
    }

    /** The Ising P-spin glass, P &gt;= 2 (P = 2 is SK). */
    public static SpinGlassProblem pSpin(int p) {
        Check.atLeast("P", p, 2);
        return new SpinGlassProblem(p, 1, Ansatz.RS);
    }

    public SpinGlassProblem beta(double b) {
        Check.inverseTemperature("beta", b);
        return new SpinGlassProblem(p, b, ansatz);
    }

    /** T = 1/beta; T = 0 selects the ground-state equations. */
    public SpinGlassProblem temperature(double t) {
        Check.temperature("T", t);
        return new SpinGlassProblem(p, t == 0 ? Double.POSITIVE_INFINITY : 1 / t, ansatz);
    }

    public SpinGlassProblem rs() {
        return new SpinGlassProblem(p, beta, Ansatz.RS);
    }

    public SpinGlassProblem oneStepRsb() {
        return new SpinGlassProblem(p, beta, Ansatz.ONE_RSB);
    }

    public SpinGlassProblem ansatz(Ansatz a) {
        return new SpinGlassProblem(p, beta, a);
    }

    public int p() {
        return p;
    }

    /** The functional: p = P, c = 1/2, no Mattis term. */
    public Functional functional() {
        return new Functional(p, 0.5, 0);
    }

    public ReplicaSolver solver() {
        return ReplicaSolver.of(functional(), beta, ansatz);
    }

    /** The physical state (spin glass or paramagnet by the inf rule). */
    public Solution solve() {
        return solver().solve();
    }

    /** The stationary point from the seed of {@code branch} (sg or para). */
    public Solution solve(Branch branch) {
        return solver().solve(branch);
    }

    /** Transition temperatures searched in [tMin, tMax]; {@link Transitions#spinGlass()} is T_c / T_s. */
    public Transitions transitions(double tMin, double tMax) {
        return Transitions.of(t -> temperature(t).solver(), tMin, tMax);
    }
}
