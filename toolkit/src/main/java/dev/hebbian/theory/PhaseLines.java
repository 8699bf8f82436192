package dev.hebbian.theory;

import java.util.function.BiFunction;

import dev.hebbian.Check;
import dev.hebbian.theory.storage.StorageProblem;

/**
 * The transition lines of a dense storage phase diagram as curves in the (alpha, T) plane (docs/storage.md;
 * arXiv 2111.12997): the retrieval spinodal, the thermodynamic retrieval line and the spin-glass
 * line, each a {@link PhaseLine} in curve order. Closed regions end on the T = 0 axis: the spinodal at
 * the T = 0 capacity alpha_c (RS P = 4: 0.3957, after a re-entrant lower branch; 1RSB P = 4: 0.4583),
 * the thermodynamic line at the T = 0 energy crossing alpha_M (RS P = 4: 0.19654, about pi/16; 1RSB
 * 0.3798).
 *
 * <pre>{@code
 * PhaseLines l = PhaseLines.storage(4, Ansatz.RS);
 * Table spinodal = l.spinodal().table(); // alpha, T in curve order
 * }</pre>
 */
public record PhaseLines(int p, Ansatz ansatz, PhaseLine spinodal, PhaseLine thermodynamic, PhaseLine spinGlass) {

    /**
     * The lines of the dense storage model at this P (even, &gt;= 4) and ansatz, default tracing options.
     * At 1RSB every point tested off the RS region is a 1RSB solve (about a second): with the default
     * tolerance this takes many minutes; options such as {@code step(0.02).tolerance(5e-4)} give the
     * lines to a few thousandths in a few minutes.
     */
    public static PhaseLines storage(int p, Ansatz ansatz) {
        return storage(p, ansatz, PhaseLine.Options.defaults());
    }

    /**
     * As above with tracing options: {@link #spinodal}, {@link #thermodynamic} and the spin-glass line
     * T_SG = k sqrt(alpha) ({@link #spinGlassCoefficient}) on [0, 1.2 x the spinodal's largest load].
     */
    public static PhaseLines storage(int p, Ansatz ansatz, PhaseLine.Options o) {
        Check.evenAtLeast("P", p, 4);
        PhaseLine spin = spinodal(p, ansatz, o);
        PhaseLine thermo = thermodynamic(p, ansatz, o);
        return new PhaseLines(p, ansatz, spin, thermo, spinGlassLine(p, ansatz, 1.2 * spin.maxAlpha()[0]));
    }

    /** The spin-glass line T_SG = k sqrt(alpha) ({@link #spinGlassCoefficient}) at 61 loads on [0, alphaMax]. */
    public static PhaseLine spinGlassLine(int p, Ansatz ansatz, double alphaMax) {
        Check.positive("alphaMax", alphaMax);
        double k = spinGlassCoefficient(p, ansatz);
        int n = 61;
        double[] a = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = alphaMax * i / (n - 1);
            t[i] = k * Math.sqrt(a[i]);
        }
        return new PhaseLine("spin glass P=" + p + " " + ansatz.label(), a, t);
    }

    /** Lowest temperature at which the 1RSB retrieval branch is traced at finite T (see {@link #spinodal}). */
    public static final double RSB_T_STOP = 0.08;

    /**
     * The retrieval spinodal: the boundary of the region where the retrieval branch exists. RS: traced
     * from alpha = 0 around its nose and back to the RS T = 0 capacity. 1RSB: the 1RSB retrieval
     * branch contains the RS one (theta = 1, q1 = q2) and coincides with it where RS retrieval is
     * stable, so the line is the RS spinodal up to 0.03 below the RS nose, and from there the boundary
     * of "RS or 1RSB retrieval exists", traced down to T = {@value #RSB_T_STOP} (below, the finite-T
     * 1RSB retrieval solve is not reliable: a seed may fall to m = 0 where the branch exists) and
     * closed at the 1RSB T = 0 capacity ({@link StorageProblem#capacity()}, from the T = 0 continuation).
     */
    public static PhaseLine spinodal(int p, Ansatz ansatz, PhaseLine.Options o) {
        Check.evenAtLeast("P", p, 4);
        StorageProblem rs = StorageProblem.create().p(p).rs();
        BiFunction<Double, Double, PointSolver> rsAt = (a, t) -> rs.alpha(a).temperature(t).solver().lenient();
        double alphaC = StorageProblem.rsCapacity(p)[0];
        PhaseLine.Region rsExists = retrievalExists(rsAt);
        PhaseLine rsLine = PhaseLine.trace("retrieval spinodal P=" + p + " RS", rsExists, 0.25 * alphaC, 2, alphaC, o);
        return ansatz == Ansatz.RS ? rsLine : oneRsbSpinodal(p, rsLine, o);
    }

    /**
     * The 1RSB retrieval spinodal (see {@link #spinodal}) from the RS one already traced at this P
     * ({@code spinodal(p, Ansatz.RS, o)}), which it follows up to 0.03 below the RS nose.
     */
    public static PhaseLine oneRsbSpinodal(int p, PhaseLine rsSpinodal, PhaseLine.Options o) {
        Check.evenAtLeast("P", p, 4);
        StorageProblem rs = StorageProblem.create().p(p).rs();
        PhaseLine.Region rsExists = retrievalExists((a, t) -> rs.alpha(a).temperature(t).solver().lenient());
        PhaseLine rsLine = rsSpinodal;
        StorageProblem rsb = rs.oneStepRsb();
        PhaseLine.Region rsbExists = retrievalExists((a, t) -> rsb.alpha(a).temperature(t).solver().lenient());
        PhaseLine.Region either = (a, t) -> rsExists.inside(a, t) || rsbExists.inside(a, t);
        double alpha0 = rsLine.maxAlpha()[0] - 0.03;
        double alphaC1 = rsb.capacity().alphaC();
        return PhaseLine.extend("retrieval spinodal P=" + p + " 1RSB", rsLine, alpha0, either, 2, alphaC1,
                o.tStop(Math.max(o.tStop(), RSB_T_STOP)));
    }

    /**
     * The RS AT line: the boundary of the region where the RS retrieval branch exists and is unstable
     * (AT quantity &gt; 1, {@link PointSolver#atQuantity}), traced from 0.75 alpha_c down to T = 0.002 at
     * small loads and up to where it meets the retrieval spinodal. Beyond that point the region's
     * boundary is the spinodal's lower branch, which is not part of this line: the line ends at its
     * highest point, on the spinodal.
     */
    public static PhaseLine atLine(int p, PhaseLine.Options o) {
        Check.evenAtLeast("P", p, 4);
        StorageProblem rs = StorageProblem.create().p(p).rs();
        PhaseLine.Region unstable = (a, t) -> {
            PointSolver s = rs.alpha(a).temperature(t).solver().lenient();
            Solution r = s.solve(Branch.RETRIEVAL);
            return Transitions.exists(r, Branch.RETRIEVAL) && s.atQuantity(r) > 1;
        };
        double alphaC = StorageProblem.rsCapacity(p)[0];
        PhaseLine whole = PhaseLine.trace("AT line P=" + p + " RS", unstable, 0.75 * alphaC, 2, Double.NaN,
                o.tStop(Math.min(o.tStop(), 0.002)));
        int k = 0;
        for (int i = 1; i < whole.size(); i++) if (whole.temperature()[i] > whole.temperature()[k]) k = i;
        return new PhaseLine(whole.name(), java.util.Arrays.copyOf(whole.alpha(), k + 1), java.util.Arrays.copyOf(whole.temperature(), k + 1));
    }

    /**
     * The thermodynamic retrieval line of the ansatz (retrieval against the m = 0 state of the same
     * ansatz, sup over m), traced from alpha = 0 and closed at the T = 0 energy crossing
     * ({@link StorageProblem#thermodynamicCapacity()}).
     */
    public static PhaseLine thermodynamic(int p, Ansatz ansatz, PhaseLine.Options o) {
        Check.evenAtLeast("P", p, 4);
        StorageProblem base = StorageProblem.create().p(p).ansatz(ansatz);
        BiFunction<Double, Double, PointSolver> at = (a, t) -> base.alpha(a).temperature(t).solver().lenient();
        double alpha0 = 0.25 * StorageProblem.rsCapacity(p)[0];
        return PhaseLine.trace("thermodynamic retrieval P=" + p + " " + ansatz.label(), retrievalWins(at), alpha0, 2,
                base.thermodynamicCapacity(), o);
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
