package dev.hebbian.theory.learning;

import java.util.ArrayList;
import java.util.List;

import dev.hebbian.Check;
import dev.hebbian.theory.learning.UnsupervisedTheory.Normalisation;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Fluent entry points of the learning theory (arXiv:2212.00606; docs/learning.md; conventions in
 * docs/conventions.md: beta is the paper's beta', the load is alpha = alpha_s P!/2):
 * <pre>
 * Learning.supervised().p(4).r(0.6).examples(10).beta(20).lowLoad().solve();
 * Learning.supervised().p(4).rho(0.2).noise(Noise.CLT).temperature(0).highLoad().alpha(0.1).solve();
 * Learning.unsupervised().p(4).r(0.6).examples(10).capacity();
 * </pre>
 * Builders are immutable: every setter returns a new one.
 */
public final class Learning {
    private Learning() {}

    /** The supervised model (docs/conventions.md#eq-conventions-8). */
    public static Builder supervised() {
        return new Builder(LearningRule.SUPERVISED, 0, null, null, null, Double.NaN, null, Normalisation.SQRT_R, SignalLaw.DEFAULT_ORDER);
    }

    /** The unsupervised model (docs/learning.md#eq-learning-23). */
    public static Builder unsupervised() {
        return new Builder(LearningRule.UNSUPERVISED, 0, null, null, null, Double.NaN, null, Normalisation.SQRT_R, SignalLaw.DEFAULT_ORDER);
    }

    /** Parameters shared by the low- and high-load problems. */
    public static final class Builder {
        final LearningRule model;
        final int P;
        final Double r, rho;
        final Integer M;
        final double beta;
        final Noise noise;
        final Normalisation normalisation;
        final int order;
        private boolean allowUnconverged;

        Builder(LearningRule model, int P, Double r, Double rho, Integer M, double beta, Noise noise, Normalisation normalisation, int order) {
            this.model = model;
            this.P = P;
            this.r = r;
            this.rho = rho;
            this.M = M;
            this.beta = beta;
            this.noise = noise;
            this.normalisation = normalisation;
            this.order = order;
        }

        /** Interaction order P (even, >= 2). */
        public Builder p(int p) {
            Check.evenAtLeast("P", p, 2);
            return keep(new Builder(model, p, r, rho, M, beta, noise, normalisation, order));
        }

        /** Example quality r in [0, 1] (docs/conventions.md#eq-conventions-6); exclusive with {@link #rho}. */
        public Builder r(double value) {
            Check.inClosed("r", value, 0, 1);
            return keep(new Builder(model, P, value, rho, M, beta, noise, normalisation, order));
        }

        /** ExampleSet entropy rho >= 0 (docs/conventions.md#eq-conventions-7); exclusive with {@link #r}. */
        public Builder rho(double value) {
            Check.nonNegativeOrInfinite("rho", value);
            return keep(new Builder(model, P, r, value, M, beta, noise, normalisation, order));
        }

        /** Number of examples per class M >= 1. */
        public Builder examples(int m) {
            Check.atLeast("M", m, 1);
            return keep(new Builder(model, P, r, rho, m, beta, noise, normalisation, order));
        }

        /** Alias of {@link #examples}. */
        public Builder M(int m) {
            return examples(m);
        }

        /** Canonical inverse temperature beta >= 0 (may be +infinity, i.e. T = 0). */
        public Builder beta(double b) {
            Check.inverseTemperature("beta", b);
            return keep(new Builder(model, P, r, rho, M, b, noise, normalisation, order));
        }

        /** Temperature T = 1 / beta >= 0 (T = 0 is allowed). */
        public Builder temperature(double t) {
            Check.temperature("T", t);
            return beta(t == 0 ? Double.POSITIVE_INFINITY : 1 / t);
        }

        /** Law of the class average: EXACT (default, the reference), CLT or LARGE_DEVIATION. */
        public Builder noise(Noise n) {
            return keep(new Builder(model, P, r, rho, M, beta, java.util.Objects.requireNonNull(n, "noise"), normalisation, order));
        }

        /** Unsupervised normalisation N_U (docs/learning.md#eq-learning-23): SQRT_R (default) or R. */
        public Builder normalisation(Normalisation n) {
            return keep(new Builder(model, P, r, rho, M, beta, noise, java.util.Objects.requireNonNull(n, "normalisation"), order));
        }

        /** Gauss-Hermite order for Gaussian integrals (default 301). */
        public Builder quadratureOrder(int n) {
            Check.inRange("order", n, 16, 1000);
            return keep(new Builder(model, P, r, rho, M, beta, noise, normalisation, n));
        }

        /**
         * If true, solutions whose iteration did not reach its tolerance are returned with
         * {@code converged = false}; by default they raise {@link dev.hebbian.numerics.NotConvergedException}.
         */
        public Builder allowUnconverged(boolean allow) {
            Builder b = new Builder(model, P, r, rho, M, beta, noise, normalisation, order);
            b.allowUnconverged = allow;
            return b;
        }

        private Builder keep(Builder b) {
            b.allowUnconverged = allowUnconverged;
            return b;
        }

        LearningSolution checked(LearningSolution s) {
            if (!allowUnconverged) {
                for (LearningState st : s.states()) {
                    if (!st.converged())
                        throw new dev.hebbian.numerics.NotConvergedException(st.phase().name().toLowerCase(java.util.Locale.ROOT)
                                + " state (P = " + s.P() + ", beta = " + s.beta() + ", alpha = " + s.alpha() + ")",
                                new dev.hebbian.numerics.FixedPoint.Result(new double[] {st.y(), st.q()}, st.residual(), st.iterations(),
                                        false, Double.NaN, "damped"));
                }
            }
            return s;
        }

        /** The dataset, saying which parameters were given. */
        public ExampleSet dataset() {
            if (r != null && rho != null) throw new Check.InvalidParameterException("rho", rho, "absent when r is given (give r and M, or rho with or without M)");
            if (r != null) {
                if (M == null) throw new Check.InvalidParameterException("M", "missing", "given together with r");
                return ExampleSet.ofR(r, M);
            }
            if (rho != null) return M == null ? ExampleSet.ofRho(rho) : ExampleSet.ofRho(rho, M);
            throw new Check.InvalidParameterException("r", "missing", "given (or give rho)");
        }

        int requireP() {
            if (P == 0) throw new Check.InvalidParameterException("P", "missing", "an even integer >= 2 (call p(...))");
            return P;
        }

        /**
         * The law of the class average: the one chosen with {@link #noise(Noise)}, else {@link Noise#defaultFor}
         * (exact when the number of examples M is known, CLT from rho alone).
         */
        public Noise noise() {
            return noise != null ? noise : Noise.defaultFor(M != null);
        }

        double requireBeta() {
            if (Double.isNaN(beta)) throw new Check.InvalidParameterException("beta", "missing", "given (call beta(...) or temperature(...))");
            return beta;
        }

        SignalLaw law(ExampleSet d) {
            return model == LearningRule.SUPERVISED ? SignalLaw.of(d, noise(), order) : lawUnsup(d);
        }

        private SignalLaw lawUnsup(ExampleSet d) {
            UnsupervisedTheory.requireExamples(d);
            SignalLaw base = SignalLaw.of(d, noise(), order);
            return normalisation == Normalisation.SQRT_R ? base : base.scaled(Math.sqrt(d.R()) / normalisation.value(d));
        }

        /** The low-load problem (K finite, docs/learning.md#eq-learning-3). */
        public LowLoad lowLoad() {
            return new LowLoad(this);
        }

        /** The high-load problem (K = alpha_s N^(P-1), docs/learning.md#eq-learning-10), at alpha = 0 until {@link HighLoad#alpha} is set. */
        public HighLoad highLoad() {
            return new HighLoad(this, 0);
        }

        /** The T = 0 critical load (docs/learning.md#eq-learning-14, #eq-learning-19, #eq-learning-25); temperature is not used. */
        public CapacityResult capacity() {
            return highLoad().capacity();
        }
    }

    /** Low load: pure retrieval (archetype) state, ergodic state and, unsupervised, the example state. */
    public static final class LowLoad {
        private final Builder b;

        LowLoad(Builder b) {
            this.b = b;
        }

        /** All solutions at the builder's point (docs/learning.md#eq-learning-4, #eq-learning-5, #eq-learning-7; docs/learning.md#eq-learning-24). */
        public LearningSolution solve() {
            int P = b.requireP();
            double beta = b.requireBeta();
            ExampleSet d = b.dataset();
            return solveAt(P, beta, d);
        }

        LearningSolution solveAt(int P, double beta, ExampleSet d) {
            SignalLaw law = b.law(d);
            List<LearningState> states = new ArrayList<>(LowLoadTheory.states(P, beta, law, d.rho()));
            if (b.model == LearningRule.UNSUPERVISED) {
                LearningState ex = UnsupervisedTheory.exampleState(P, beta, d, b.normalisation);
                if (ex != null) states.add(ex);
            }
            return b.checked(new LearningSolution(b.model, false, P, beta, 0, d, b.noise(), states));
        }

        /** Spinodal and thermodynamic transition of the retrieval state (docs/learning.md#eq-learning-9), canonical beta. */
        public LowLoadTheory.Transition transition() {
            return LowLoadTheory.transition(b.requireP(), b.law(b.dataset()));
        }

        /** Retrieval state against temperature: columns T, beta, y, nbar, m, q, pressure, stable, equilibrium. */
        public Table sweepTemperature(double... temperatures) {
            int P = b.requireP();
            ExampleSet d = b.dataset();
            List<LearningSolution> sols = new ArrayList<>();
            for (double t : temperatures) {
                Check.temperature("T", t);
                sols.add(solveAt(P, t == 0 ? Double.POSITIVE_INFINITY : 1 / t, d));
            }
            Table tab = Tables.solutions("low-load " + b.model.label() + " vs T", sols);
            return tab;
        }

        /** Retrieval state against rho (at the builder's M if any, else the CLT with rho alone). */
        public Table sweepRho(double... rhos) {
            int P = b.requireP();
            double beta = b.requireBeta();
            List<LearningSolution> sols = new ArrayList<>();
            for (double rho : rhos) sols.add(solveAt(P, beta, b.M == null ? ExampleSet.ofRho(rho) : ExampleSet.ofRho(rho, b.M)));
            return Tables.solutions("low-load " + b.model.label() + " vs rho", sols);
        }

        /** Retrieval state against the number of examples M at the builder's r. */
        public Table sweepExamples(int... Ms) {
            int P = b.requireP();
            double beta = b.requireBeta();
            if (b.r == null) throw new Check.InvalidParameterException("r", "missing", "given for a sweep over M");
            List<LearningSolution> sols = new ArrayList<>();
            for (int m : Ms) sols.add(solveAt(P, beta, ExampleSet.ofR(b.r, m)));
            return Tables.solutions("low-load " + b.model.label() + " vs M", sols);
        }

        /** The (rho, T) low-load phase diagram (docs/learning.md#eq-learning-9, F4): columns rho, T_s, T_c, m_s, m_c. */
        public Table transitionLines(double... rhos) {
            int P = b.requireP();
            DoubleColumn rho = DoubleColumn.create("rho"), ts = DoubleColumn.create("T_s"), tc = DoubleColumn.create("T_c"),
                    ms = DoubleColumn.create("m_s"), mc = DoubleColumn.create("m_c");
            for (double x : rhos) {
                ExampleSet d = b.M == null ? ExampleSet.ofRho(x) : ExampleSet.ofRho(x, b.M);
                LowLoadTheory.Transition t = LowLoadTheory.transition(P, b.law(d));
                rho.append(x);
                ts.append(t.temperatureSpinodal());
                tc.append(t.temperatureCritical());
                ms.append(t.mSpinodal());
                mc.append(t.mCritical());
            }
            return Table.create("low-load transition lines, P = " + P, rho, ts, tc, ms, mc);
        }
    }

    /** High load (canonical alpha). */
    public static final class HighLoad {
        private final Builder b;
        private final double alpha;

        HighLoad(Builder b, double alpha) {
            this.b = b;
            this.alpha = alpha;
        }

        /** Canonical load alpha >= 0 (alpha = alpha_s P!/2; K = round(2 alpha N^(P-1) / P!)). */
        public HighLoad alpha(double a) {
            Check.nonNegative("alpha", a);
            return new HighLoad(b, a);
        }

        int checkedP() {
            int P = b.requireP();
            if (b.model == LearningRule.UNSUPERVISED) Check.evenAtLeast("P", P, 4); // the P = 2 unsupervised high load is not derived
            return P;
        }

        double phi(int P, ExampleSet d) {
            return b.model == LearningRule.SUPERVISED ? 1 : UnsupervisedTheory.noiseFactor(P, d, b.normalisation);
        }

        /** Retrieval, spin-glass and ergodic solutions (docs/learning.md#eq-learning-11, #eq-learning-18, #eq-learning-19). */
        public LearningSolution solve() {
            int P = checkedP();
            double beta = b.requireBeta();
            ExampleSet d = b.dataset();
            return solveAt(P, beta, alpha, d);
        }

        /**
         * The replica engine at this point for P &gt;= 4 ({@link HighLoadTheory#functional}: the P-spin functional
         * averaged over the law of the class average), in the given ansatz: its branches, physical state
         * ({@link dev.hebbian.theory.PointSolver#solve()}), 1RSB solutions and pressure, with the same rules as the
         * storage model (docs/storage.md#phase-selection). Its Mattis order parameter m is the learning y.
         */
        public dev.hebbian.theory.PointSolver solver(dev.hebbian.theory.Ansatz ansatz) {
            int P = checkedP();
            if (P < 4)
                throw new Check.InvalidParameterException("P", P, "an even P >= 4 for the replica engine (P = 2 has the AGS equations, docs/learning.md#eq-learning-18)");
            ExampleSet d = b.dataset();
            return HighLoadTheory.solver(P, b.requireBeta(), alpha, b.law(d), phi(P, d), ansatz);
        }

        LearningSolution solveAt(int P, double beta, double a, ExampleSet d) {
            SignalLaw law = b.law(d);
            List<LearningState> states = HighLoadTheory.states(P, beta, a, law, d.rho(), phi(P, d));
            return b.checked(new LearningSolution(b.model, true, P, beta, a, d, b.noise(), states));
        }

        /** T = 0 critical load (docs/learning.md#eq-learning-14, #eq-learning-19; docs/learning.md#eq-learning-25). */
        public CapacityResult capacity() {
            int P = checkedP();
            ExampleSet d = b.dataset();
            HighLoadTheory.Capacity c = HighLoadTheory.capacity(P, b.law(d), phi(P, d));
            return new CapacityResult(b.model, P, d, b.noise(), c.alphaC(), c.y(), LowLoadTheory.nbar(c.y(), d.rho()), c.m());
        }

        /**
         * T = 0 critical load against rho (docs/learning.md#eq-learning-14, #eq-learning-15): columns rho,
         * alpha_c (canonical) and alpha_c_paper, the same load in the papers' units alpha_s = 2 alpha_c / P!
         * (docs/conventions.md, units of the papers).
         */
        public Table capacityVsRho(double... rhos) {
            int P = checkedP();
            DoubleColumn rho = DoubleColumn.create("rho"), ac = DoubleColumn.create("alpha_c"), as = DoubleColumn.create("alpha_c_paper");
            for (double x : rhos) {
                ExampleSet d = b.M == null ? ExampleSet.ofRho(x) : ExampleSet.ofRho(x, b.M);
                double c = HighLoadTheory.capacity(P, b.law(d), phi(P, d)).alphaC();
                rho.append(x);
                ac.append(c);
                as.append(2 * c / LearningSignalToNoise.factorial(P));
            }
            return Table.create("T = 0 critical load, P = " + P, rho, ac, as);
        }

        /** Solutions against temperature at this alpha. */
        public Table sweepTemperature(double... temperatures) {
            int P = checkedP();
            ExampleSet d = b.dataset();
            List<LearningSolution> sols = new ArrayList<>();
            for (double t : temperatures) {
                Check.temperature("T", t);
                sols.add(solveAt(P, t == 0 ? Double.POSITIVE_INFINITY : 1 / t, alpha, d));
            }
            return Tables.solutions("high-load " + b.model.label() + " vs T, alpha = " + alpha, sols);
        }

        /**
         * Phase diagram in the (alpha, T) plane (docs/learning.md): columns alpha, T_R (retrieval spinodal),
         * T_M (retrieval global below), T_SG; T is searched in (0, tMax). One temperature per load (the
         * upper branches only, and T_M from HighLoadTheory's spin glass, inaccurate below T ~ 0.04): for
         * figures use {@link #phaseLines(double)}, whole curves that end on the T = 0 axis. The loads are
         * the points of a {@link dev.hebbian.compute.Sweep}: in parallel on local threads, or on the
         * cluster of {@link dev.hebbian.compute.Cluster#using} (docs/cluster.md), with the same table. A
         * load whose solver fails is a row of NaN with its error in the column {@code note}; an
         * interruption throws {@link dev.hebbian.compute.TableInterruptedException} whose partial() is this
         * table for the loads done.
         */
        public Table phaseDiagram(double tMax, double... alphas) {
            int P = checkedP();
            Check.positive("tMax", tMax);
            ExampleSet d = b.dataset();
            b.law(d); // the law's errors now, not from a point
            for (double x : alphas) Check.nonNegative("alpha", x);
            // a point captures the builder's parameters (numbers and enums), not the builder, and rebuilds the
            // law from them: it can be shipped to a cluster and gives the same numbers there
            LearningRule model = b.model;
            Double r = b.r, rho = b.rho;
            Integer examples = b.M;
            Noise law = b.noise;
            Normalisation norm = b.normalisation;
            int order = b.order;
            double[] loads = alphas.clone();
            return dev.hebbian.compute.Sweep.over(loads.length, i -> {
                Builder at = new Builder(model, P, r, rho, examples, Double.NaN, law, norm, order);
                ExampleSet data = at.dataset();
                HighLoadTheory.PhaseLines l = HighLoadTheory.phaseLines(P, loads[i], at.law(data), data.rho(),
                        new HighLoad(at, 0).phi(P, data), tMax);
                return new double[] {l.tRetrieval(), l.tThermodynamic(), l.tSpinGlass()};
            }).named("learning phase diagram P=" + P + ", " + loads.length + " loads").runTable((done, rows) -> {
                // the table of the loads done: all of them, or those finished before an interruption
                DoubleColumn a = DoubleColumn.create("alpha"), tr = DoubleColumn.create("T_R"), tm = DoubleColumn.create("T_M"),
                        tsg = DoubleColumn.create("T_SG");
                for (int k = 0; k < done.length; k++) {
                    a.append(loads[done[k]]);
                    tr.append(rows.get(k)[0]);
                    tm.append(rows.get(k)[1]);
                    tsg.append(rows.get(k)[2]);
                }
                return Table.create("high-load phase diagram, P = " + P + ", " + d, a, tr, tm, tsg);
            }, failed -> new double[] {Double.NaN, Double.NaN, Double.NaN}); // a failed load: NaN, its error in "note"
        }

        /**
         * The transition lines as curves in the (alpha, T) plane (docs/learning.md; arXiv 2212.00606):
         * the retrieval spinodal T_R and the thermodynamic line T_M traced with
         * {@link dev.hebbian.theory.PhaseLine#trace} (both branches, in curve order, T searched up to
         * tMax) and ending on the T = 0 axis at the capacity alpha_c (docs/learning.md#eq-learning-14) and at the T = 0 energy
         * crossing of retrieval and spin glass; and the spin-glass line T_SG (docs/learning.md#eq-learning-16 in the canonical
         * load: sqrt(alpha phi / (2 c*)), the storage line for phi = 1), from alpha = 0 until it reaches tMax. At rho = 0 these are the lines of
         * dense storage ({@link dev.hebbian.theory.PhaseLines#storage}).
         */
        public dev.hebbian.theory.PhaseLines phaseLines(double tMax) {
            return phaseLines(tMax, dev.hebbian.theory.PhaseLine.Options.defaults());
        }

        /** As above with tracing options. */
        public dev.hebbian.theory.PhaseLines phaseLines(double tMax, dev.hebbian.theory.PhaseLine.Options o) {
            int P = checkedP();
            Check.positive("tMax", tMax);
            ExampleSet d = b.dataset();
            SignalLaw law = b.law(d);
            double phi = phi(P, d), rho = d.rho();
            double alphaC = HighLoadTheory.capacity(P, law, phi).alphaC();
            dev.hebbian.theory.PhaseLine.Region exists = (a, t) -> {
                LearningState s = HighLoadTheory.retrieval(P, 1 / t, a, law, rho, phi, law.meanAbs(), 1);
                return s != null && s.converged();
            };
            dev.hebbian.theory.PhaseLine.Region wins = (a, t) -> {
                LearningState s = HighLoadTheory.retrieval(P, 1 / t, a, law, rho, phi, law.meanAbs(), 1);
                if (s == null || !s.converged()) return false;
                if (a > 0 && P > 2) return s.pressure() > glassyPressure(P, a * phi, t);
                LearningState other = a > 0 ? HighLoadTheory.nonRetrieval(P, 1 / t, a, phi) : LowLoadTheory.ergodic(P, 1 / t, law);
                return other == null || s.pressure() > other.pressure();
            };
            String what = b.model.label() + " P=" + P + ", " + d;
            double alpha0 = 0.25 * alphaC;
            dev.hebbian.theory.PhaseLine spin = dev.hebbian.theory.PhaseLine.trace("retrieval spinodal T_R, " + what, exists, alpha0, tMax, alphaC, o);
            dev.hebbian.theory.PhaseLine thermo = dev.hebbian.theory.PhaseLine.trace("thermodynamic line T_M, " + what, wins, alpha0, tMax,
                    zeroTemperatureCrossing(P, law, rho, phi, alphaC), o);
            // T_SG from alpha = 0 until it leaves the frame at tMax (at least to 1.2 times the spinodal's largest load)
            double aMax = 1.2 * spin.maxAlpha()[0];
            for (int k = 0; k < 60 && spinGlassTemperature(P, aMax, phi) < tMax; k++) aMax *= 1.25;
            int n = 121;
            double[] a = new double[n], t = new double[n];
            for (int i = 0; i < n; i++) {
                double u = (double) i / (n - 1);
                a[i] = aMax * u * u; // T_SG ~ sqrt(alpha): even steps in T
                t[i] = spinGlassTemperature(P, a[i], phi);
            }
            return new dev.hebbian.theory.PhaseLines(P, dev.hebbian.theory.Ansatz.RS, spin, thermo,
                    new dev.hebbian.theory.PhaseLine("spin glass T_SG, " + what, a, t));
        }

        /**
         * The pressure of the m = 0 state at load a phi (P >= 4): it does not depend on the data, and is
         * that of dense storage at load a phi, whose solver integrates tanh^2 with a rule adapted to
         * low T (HighLoadTheory.spinGlass uses plain Gauss-Hermite nodes, and its q stalls near 0.928
         * below T ~ 0.04 at alpha = 0.2, which moved the T -> 0 end of T_M to 0.158).
         */
        private static double glassyPressure(int P, double load, double t) {
            return dev.hebbian.theory.storage.StorageProblem.create().p(P).alpha(load).temperature(t).solver().lenient().glassy().pressure();
        }

        /** The spin-glass temperature at canonical load a (docs/learning.md#eq-learning-16: sqrt(a phi / (2 c*)) for P >= 4; AGS 1 + sqrt(a phi) for P = 2). */
        public double spinGlassTemperature(double a) {
            int P = checkedP();
            return spinGlassTemperature(P, a, phi(P, b.dataset()));
        }

        private static double spinGlassTemperature(int P, double a, double phi) {
            return P == 2 ? 1 + Math.sqrt(a * phi) : HighLoadTheory.spinGlassConstants(P).temperature(a, phi);
        }

        /** The load below alpha_c at which the T = 0 retrieval and spin-glass energies cross (NaN if retrieval wins up to alpha_c). */
        private static double zeroTemperatureCrossing(int P, SignalLaw law, double rho, double phi, double alphaC) {
            java.util.function.DoublePredicate wins = a -> {
                LearningState r = HighLoadTheory.zeroTemperatureRetrieval(P, a, law, rho, phi);
                LearningState sg = HighLoadTheory.spinGlass(P, Double.POSITIVE_INFINITY, a, phi);
                return r != null && (sg == null || r.freeEnergy() < sg.freeEnergy());
            };
            double lo = 1e-4 * alphaC, hi = alphaC * (1 - 1e-9);
            if (!wins.test(lo) || wins.test(hi)) return Double.NaN;
            while (hi - lo > 1e-8) {
                double mid = 0.5 * (lo + hi);
                if (wins.test(mid)) lo = mid;
                else hi = mid;
            }
            return 0.5 * (lo + hi);
        }
    }

    /** Table builders shared by the sweeps. */
    static final class Tables {
        private Tables() {}

        static Table solutions(String name, List<LearningSolution> sols) {
            DoubleColumn t = DoubleColumn.create("T"), beta = DoubleColumn.create("beta"), alpha = DoubleColumn.create("alpha"),
                    rho = DoubleColumn.create("rho"), r = DoubleColumn.create("r"), y = DoubleColumn.create("y"),
                    nbar = DoubleColumn.create("nbar"), m = DoubleColumn.create("m"), q = DoubleColumn.create("q"),
                    f = DoubleColumn.create("f");
            IntColumn M = IntColumn.create("examples");
            BooleanColumn exists = BooleanColumn.create("retrieval");
            BooleanColumn conv = BooleanColumn.create("converged");
            BooleanColumn exExists = BooleanColumn.create("example_state");
            DoubleColumn exM = DoubleColumn.create("example_m"), exY = DoubleColumn.create("example_y1");
            StringColumn eq = StringColumn.create("equilibrium");
            for (LearningSolution s : sols) {
                t.append(Double.isInfinite(s.beta()) ? 0 : 1 / s.beta());
                beta.append(s.beta());
                alpha.append(s.alpha());
                rho.append(s.data().rho());
                r.append(s.data().r());
                M.append(s.data().M());
                java.util.Optional<LearningState> ret = s.retrieval();
                exists.append(ret.isPresent());
                y.append(ret.map(LearningState::y).orElse(0.0));
                nbar.append(ret.map(LearningState::nbar).orElse(0.0));
                m.append(ret.map(LearningState::m).orElse(0.0));
                q.append(ret.map(LearningState::q).orElse(0.0));
                f.append(ret.map(LearningState::freeEnergy).orElse(Double.NaN));
                eq.append(s.equilibrium().phase().name());
                conv.append(s.converged());
                java.util.Optional<LearningState> ex = s.state(Phase.EXAMPLE);
                exExists.append(ex.isPresent());
                exM.append(ex.map(LearningState::m).orElse(Double.NaN));
                exY.append(ex.map(LearningState::y).orElse(Double.NaN));
            }
            Table tab = Table.create(name, t, beta, alpha, rho, r, M, exists, y, nbar, m, q, f, eq, conv);
            if (sols.stream().anyMatch(x -> x.model() == LearningRule.UNSUPERVISED)) tab.addColumns(exExists, exM, exY);
            return tab;
        }
    }
}
