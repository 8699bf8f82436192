package dev.hebbian.theory;

import java.util.function.BiFunction;

import dev.hebbian.Check;
import dev.hebbian.theory.storage.StorageProblem;

/**
 * The transition lines of a dense storage phase diagram as curves in the (alpha, T) plane (docs/storage.md;
 * arXiv 2111.12997): the retrieval spinodal, the thermodynamic retrieval line and the spin-glass
 * line, each a {@link PhaseLine} in curve order. Closed regions end on the T = 0 axis: the spinodal at
 * the T = 0 capacity alpha_c (RS; P = 4: 0.3957), the thermodynamic line at the T = 0 energy crossing
 * alpha_M (RS P = 4: 0.19654, about pi/16; 1RSB 0.3798), after a re-entrant lower branch.
 *
 * <pre>{@code
 * PhaseLines l = PhaseLines.storage(4, Ansatz.RS);
 * Table spinodal = l.spinodal().table(); // alpha, T in curve order
 * }</pre>
 */
public record PhaseLines(int p, Ansatz ansatz, PhaseLine spinodal, PhaseLine thermodynamic, PhaseLine spinGlass) {

    /** The lines of the dense storage model at this P (even, &gt;= 4) and ansatz, default tracing options. */
    public static PhaseLines storage(int p, Ansatz ansatz) {
        return storage(p, ansatz, PhaseLine.Options.defaults());
    }

    /**
     * As above with tracing options. The spinodal is that of the RS retrieval branch at both ansätze
     * (the 1RSB retrieval branch is traced at T = 0 only); the thermodynamic line is that of the
     * ansatz (retrieval against the m = 0 state of the same ansatz).
     */
    public static PhaseLines storage(int p, Ansatz ansatz, PhaseLine.Options o) {
        Check.evenAtLeast("P", p, 4);
        StorageProblem base = StorageProblem.create().p(p).ansatz(ansatz);
        StorageProblem rs = base.rs();
        BiFunction<Double, Double, PointSolver> rsAt = (a, t) -> rs.alpha(a).temperature(t).solver().lenient();
        BiFunction<Double, Double, PointSolver> at = (a, t) -> base.alpha(a).temperature(t).solver().lenient();
        double alphaC = StorageProblem.rsCapacity(p)[0];
        double alpha0 = 0.25 * alphaC;
        double tTop = 2;
        PhaseLine spin = PhaseLine.trace("retrieval spinodal P=" + p, retrievalExists(rsAt), alpha0, tTop, alphaC, o);
        double alphaM = base.thermodynamicCapacity();
        PhaseLine thermo = PhaseLine.trace("thermodynamic retrieval P=" + p + " " + ansatz.label(), retrievalWins(at),
                alpha0, tTop, alphaM, o);
        double k = spinGlassCoefficient(p, ansatz);
        double aMax = 1.2 * spin.maxAlpha()[0];
        int n = 61;
        double[] a = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = aMax * i / (n - 1);
            t[i] = k * Math.sqrt(a[i]);
        }
        return new PhaseLines(p, ansatz, spin, thermo, new PhaseLine("spin glass P=" + p + " " + ansatz.label(), a, t));
    }

    /**
     * The spin-glass line of dense storage, T_SG = k sqrt(alpha) for P &gt;= 4 (the m = 0 states depend on
     * beta^2 alpha only): k from the line at alpha = 1 (RS: crossing A_SG = A_para; 1RSB: the static
     * transition). RS P = 4: k = 0.3530 = 1/sqrt(2 c*), c* = 4.01258.
     */
    public static double spinGlassCoefficient(int p, Ansatz ansatz) {
        Check.evenAtLeast("P", p, 4);
        return StorageProblem.create().p(p).alpha(1).ansatz(ansatz).transitions(0.05, 3).tolerance(1e-9).spinGlass();
    }

    /** The region where the retrieval branch exists (its seed stays at m &gt; 0). */
    public static PhaseLine.Region retrievalExists(BiFunction<Double, Double, PointSolver> solverAt) {
        return (a, t) -> Transitions.exists(solverAt.apply(a, t).solve(Branch.RETRIEVAL), Branch.RETRIEVAL);
    }

    /** The region where retrieval is the physical state (sup over m). */
    public static PhaseLine.Region retrievalWins(BiFunction<Double, Double, PointSolver> solverAt) {
        return (a, t) -> solverAt.apply(a, t).solve().branch() == Branch.RETRIEVAL;
    }
}
