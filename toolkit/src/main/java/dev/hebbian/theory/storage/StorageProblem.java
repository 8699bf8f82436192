package dev.hebbian.theory.storage;

import java.util.List;

import org.hipparchus.special.Erf;

import dev.hebbian.Check;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.Capacity;
import dev.hebbian.theory.Functional;
import dev.hebbian.theory.PhaseDiagram;
import dev.hebbian.theory.PointSolver;
import dev.hebbian.theory.ReplicaSolver;
import dev.hebbian.theory.Solution;
import dev.hebbian.theory.Transitions;

/**
 * Dense Hebbian storage (P-spin Hopfield) in the canonical convention of docs/conventions.md (lambda =
 * 1/2, beta = beta' of arXiv:2111.12997; docs/storage.md): RS and 1RSB at finite T and T = 0 (docs/storage.md#eq-storage-2 to
 * #eq-storage-15), the alpha = 0 limit (docs/storage.md#eq-storage-16) and, for P = 2, the AGS Hopfield model (docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19).
 * Immutable fluent builder: {@code DenseHebbian.storage().p(4).alpha(0.1).beta(5).rs().solve()}.
 */
public final class StorageProblem implements java.io.Serializable { // four numbers: a phase diagram's factories can be shipped
    private static final long serialVersionUID = 1L;
    private final int p;
    private final double alpha;
    private final double beta;
    private final Ansatz ansatz;

    private StorageProblem(int p, double alpha, double beta, Ansatz ansatz) {
        this.p = p;
        this.alpha = alpha;
        this.beta = beta;
        this.ansatz = ansatz;
    }

    /** Defaults: P = 4, alpha = 0.1, beta = 5, RS. */
    public static StorageProblem create() {
        return new StorageProblem(4, 0.1, 5, Ansatz.RS);
    }

    /** Interaction order P: even, &gt;= 2 (P = 2 is the AGS Hopfield model). */
    public StorageProblem p(int p) {
        Check.evenAtLeast("P", p, 2);
        return new StorageProblem(p, alpha, beta, ansatz);
    }

    /** Canonical load alpha &gt;= 0: K = 2 alpha N^(P-1)/P! patterns (docs/conventions.md; P = 2 gives AGS, alpha_c = 0.138). */
    public StorageProblem alpha(double alpha) {
        Check.nonNegative("alpha", alpha);
        return new StorageProblem(p, alpha, beta, ansatz);
    }

    /** Inverse temperature beta (canonical; +infinity means T = 0). */
    public StorageProblem beta(double beta) {
        Check.inverseTemperature("beta", beta);
        return new StorageProblem(p, alpha, beta, ansatz);
    }

    /** Temperature T = 1/beta (T = 0 selects the zero-temperature equations). */
    public StorageProblem temperature(double t) {
        Check.temperature("T", t);
        return new StorageProblem(p, alpha, t == 0 ? Double.POSITIVE_INFINITY : 1 / t, ansatz);
    }

    /** Replica-symmetric ansatz. */
    public StorageProblem rs() {
        return new StorageProblem(p, alpha, beta, Ansatz.RS);
    }

    /** One step of replica symmetry breaking. */
    public StorageProblem oneStepRsb() {
        return new StorageProblem(p, alpha, beta, Ansatz.ONE_RSB);
    }

    /** The given ansatz. */
    public StorageProblem ansatz(Ansatz a) {
        return a == Ansatz.RS ? rs() : oneStepRsb();
    }

    public int p() {
        return p;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public Ansatz ansatz() {
        return ansatz;
    }

    /** The generic functional of this model (P &gt;= 4): p = K = P, c = alpha/2 (docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4). */
    public Functional functional() {
        if (p == 2) throw new Check.InvalidParameterException("P", 2, "an even integer >= 4 for the Gaussian-noise functional (P = 2 is AGS)");
        return new Functional(p, alpha / 2, p);
    }

    /** The solver at this point (Gauss-Hermite orders: RS 128, 1RSB 64 x 48; see {@link #solver(int, int, int)}). */
    public PointSolver solver() {
        if (p == 2 && ansatz == Ansatz.ONE_RSB) {
            return Double.isInfinite(beta) ? HopfieldRsb.solver(alpha) : HopfieldRsbFinite.of(alpha, beta).solver();
        }
        if (p == 2) return Hopfield.of(alpha).solver(beta);
        return ReplicaSolver.of(functional(), beta, ansatz);
    }

    /**
     * The solver with chosen Gauss-Hermite orders (RS, 1RSB outer z1, 1RSB inner z2); each solution
     * reports the change of A when they are doubled ({@link Solution#quadratureError()}).
     */
    public ReplicaSolver solver(int rsOrder, int outerOrder, int innerOrder) {
        return ReplicaSolver.of(functional(), beta, ansatz).orders(rsOrder, outerOrder, innerOrder);
    }

    /** The physical state (sup over m, inf over glassy parameters; docs/storage.md#phase-selection). */
    public Solution solve() {
        return solver().solve();
    }

    /** The stationary point reached from the seed of {@code branch}. */
    public Solution solve(Branch branch) {
        return solver().solve(branch);
    }

    /** All branches (retrieval, spin glass, and the paramagnet where it exists), each from its own seed. */
    public List<Solution> branches() {
        PointSolver s = solver();
        return s.hasParamagnet() ? List.of(s.solve(Branch.RETRIEVAL), s.solve(Branch.SPIN_GLASS), s.solve(Branch.PARAMAGNET))
                : List.of(s.solve(Branch.RETRIEVAL), s.solve(Branch.SPIN_GLASS));
    }

    /** Transition lines at this alpha, searched in T in [tMin, tMax]. */
    public Transitions transitions(double tMin, double tMax) {
        StorageProblem base = this;
        return Transitions.of(t -> base.temperature(t).solver(), tMin, tMax);
    }

    /** Maximal storage capacity at T = 0 at this ansatz (the fold of the retrieval branch). */
    public Capacity capacity() {
        if (p == 2 && ansatz == Ansatz.ONE_RSB) {
            HopfieldRsb.Point c = HopfieldRsb.capacityPoint();
            return new Capacity(2, Ansatz.ONE_RSB, c.alpha(), c.m(), 1e-9);
        }
        if (p == 2) {
            double[] c = Hopfield.capacity();
            return new Capacity(2, Ansatz.RS, c[0], c[1], 1e-12);
        }
        double[] rs = rsCapacity(p);
        if (ansatz == Ansatz.RS) return new Capacity(p, Ansatz.RS, rs[0], rs[1], 1e-10);
        // 1RSB: continuation in alpha of the T = 0 retrieval branch (Newton on (m, q1, Theta)) from
        // just beyond the RS fold, with step halving at the fold
        double a = rs[0];
        Solution cur = alpha(a).temperature(0).oneStepRsb().solve(Branch.RETRIEVAL);
        if (cur.branch() != Branch.RETRIEVAL) throw new IllegalStateException("no 1RSB retrieval branch at the RS fold");
        double step = 0.01, tol = 1e-6;
        while (step > tol) {
            ReplicaSolver next = (ReplicaSolver) alpha(a + step).temperature(0).oneStepRsb().solver();
            Solution s = next.continueZeroTemperatureRetrieval(cur);
            if (s != null && s.m() > 0.3) {
                a += step;
                cur = s;
            } else {
                step /= 2;
            }
        }
        return new Capacity(p, Ansatz.ONE_RSB, a, cur.m(), tol);
    }

    /**
     * The T = 0 thermodynamic retrieval limit alpha_M at this ansatz (docs/storage.md#eq-storage-11, #eq-storage-12, #capacities): the load
     * at which the retrieval and spin-glass ground-state energies cross (epsilon_retr = epsilon_SG), by
     * bisection below the fold. RS: 0.196544 (P = 4); 1RSB: about 0.380 (P = 4).
     */
    public double thermodynamicCapacity() {
        if (p == 2) throw new Check.InvalidParameterException("P", 2, "an even integer >= 4 (alpha_M is not implemented for AGS)");
        double lo = 1e-3, hi = rsCapacity(p)[0];
        java.util.function.DoublePredicate retrievalWins = a -> {
            PointSolver s = alpha(a).temperature(0).solver().lenient();
            Solution r = s.solve(Branch.RETRIEVAL);
            return r.branch() == Branch.RETRIEVAL && -r.energy() >= -s.solve(Branch.SPIN_GLASS).energy();
        };
        if (!retrievalWins.test(lo)) return Double.NaN;
        if (retrievalWins.test(hi)) return hi; // (not reached for P >= 4)
        while (hi - lo > 1e-7) {
            double mid = 0.5 * (lo + hi);
            if (retrievalWins.test(mid)) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /**
     * RS T = 0 capacity (docs/storage.md#eq-storage-11, #eq-storage-12): on the branch m = erf(sqrt(P) m^(P-1) / (2 sqrt alpha)), alpha(m)
     * = P m^(2P-2) / (4 erfinv(m)^2); the fold is its maximum over m. Returns {alphaC, mC}.
     */
    public static double[] rsCapacity(int p) {
        Check.evenAtLeast("P", p, 4);
        double a = 0.3, b = 1 - 1e-12, gr = (Math.sqrt(5) - 1) / 2;
        double c = b - gr * (b - a), d = a + gr * (b - a);
        while (b - a > 1e-12) {
            if (alphaOfM(p, c) > alphaOfM(p, d)) b = d;
            else a = c;
            c = b - gr * (b - a);
            d = a + gr * (b - a);
        }
        double m = 0.5 * (a + b);
        return new double[] {alphaOfM(p, m), m};
    }

    static double alphaOfM(int p, double m) {
        double e = Erf.erfInv(m);
        return p * Math.pow(m, 2 * p - 2) / (4 * e * e);
    }

    /**
     * The (alpha, T) phase diagram at this P and ansatz: one row per grid point (the physical state
     * and its order parameters), and the transition lines per alpha, searched in T in (0, tMax].
     * Points are solved in parallel, on local threads or on the cluster of
     * {@link dev.hebbian.compute.Cluster#using} (docs/cluster.md); the result does not depend on either.
     */
    public PhaseDiagram phaseDiagram(double[] alphas, double[] temperatures) {
        for (double a : alphas) Check.nonNegative("alpha", a);
        for (double t : temperatures) Check.positive("T", t);
        double tMax = 0;
        for (double t : temperatures) tMax = Math.max(tMax, t);
        double tMin = Math.min(1e-2, tMax / 100);
        double tTop = Math.max(2 * tMax, 1.5); // lines are searched above the grid too
        dev.hebbian.compute.SerializableBiFunction<Double, Double, PointSolver> solverAt = (a, t) -> alpha(a).temperature(t).solver();
        dev.hebbian.compute.SerializableDoubleFunction<Transitions> linesAt = a -> alpha(a).transitions(tMin, tTop);
        return PhaseDiagram.compute(p, ansatz, alphas, temperatures, solverAt, linesAt);
    }
}
