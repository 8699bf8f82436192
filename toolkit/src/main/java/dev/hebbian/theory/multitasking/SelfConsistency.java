package dev.hebbian.theory.multitasking;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import dev.hebbian.numerics.FixedPoint;

import dev.hebbian.Check;
import dev.hebbian.numerics.NotConvergedException;

/**
 * The low-storage self-consistency equations of the multitasking network with K diluted archetypes
 * (arXiv:2308.04106; docs/multitasking.md#eq-multitasking-2, #eq-multitasking-6; conventions of docs/conventions.md, beta
 * multiplies the fields):
 * n_mu = E[xi^mu chi^mu tanh(beta h)]/(1+rho), m_mu = E[xi^mu tanh(beta h)], h = sum_nu n_nu xi^nu chi^nu,
 * by exact enumeration of the 3^K pattern columns, each reduced to a one-dimensional integral
 * (Gaussian law) or to a finite sum over the binomial atoms (exact law); T = 0 as finite sums (3.3).
 * The same equations hold for the supervised and the unsupervised protocol (3.1).
 *
 * <p>Solver (docs/multitasking.md#eq-multitasking-6): damped iteration n &lt;- (1-eta) n + eta RHS(n), then Newton on
 * grad f = (1+rho)(n - RHS(n)) with the analytic Hessian A of docs/multitasking.md#eq-multitasking-6. Immutable.
 */
public final class SelfConsistency {
    /** What one evaluation at n gives. hessian is null when it does not exist (T = 0, rho = 0 or binomial). */
    public record Evaluation(double[] m, double[] rhs, double[][] hessian, double freeEnergy, double q,
                             double signMargin) {}

    private final int K;
    private final double d;
    private final double beta;
    private final ChiLaw law;
    private final double rho;
    private final PatternColumns columns;
    private final double tolerance;
    private final int maxIterations;
    private final double damping;
    private final boolean allowUnconverged;
    private final double tie;
    private double[][] atoms; // binomial atoms, lazily

    private SelfConsistency(int K, double d, double beta, ChiLaw law, PatternColumns columns, double tolerance,
                            int maxIterations, double damping, boolean allowUnconverged) {
        this.K = K;
        this.d = d;
        this.beta = beta;
        this.law = law;
        this.rho = law.rho();
        this.columns = columns;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.damping = damping;
        this.allowUnconverged = allowUnconverged;
        this.tie = 1e-12;
        if (law instanceof ChiLaw.Binomial b) {
            atoms = b.atoms();
            double work = 0;
            for (int[] s : columns.support) work += Math.pow(atoms[0].length, s.length);
            if (work > 2e7) throw new Check.InvalidParameterException("M", b.M(),
                    "small enough for exact enumeration at K = " + K + " (" + (long) work
                            + " atom combinations > 2e7); use the Gaussian (clt) law");
        }
    }

    /**
     * The equations for K archetypes (1 to 8) at dilution d in [0, 1), inverse temperature beta in
     * [0, infinity] and the class-average law.
     */
    public static SelfConsistency of(int K, double d, double beta, ChiLaw law) {
        Check.inRange("K", K, 1, PatternColumns.MAX_K);
        Check.inHalfOpen("d", d, 0, 1);
        checkBeta(beta);
        if (law == null) throw new IllegalArgumentException("law must not be null");
        return new SelfConsistency(K, d, beta, law, new PatternColumns(K, d), 1e-12, 20_000, 0.6, false);
    }

    /**
     * Heterogeneous dilution (docs/multitasking.md#eq-multitasking-9): pattern mu is blank with probability dilutions[mu].
     * {@link #d()} is then their mean, and the HIERARCHICAL seed is the cascade
     * m_k = (1 - d_k) prod_{j &lt; k} d_j.
     */
    public static SelfConsistency ofDilutions(double[] dilutions, double beta, ChiLaw law) {
        Check.inRange("K", dilutions.length, 1, PatternColumns.MAX_K);
        double mean = 0;
        for (int mu = 0; mu < dilutions.length; mu++) {
            Check.inHalfOpen("d_" + (mu + 1), dilutions[mu], 0, 1);
            mean += dilutions[mu] / dilutions.length;
        }
        checkBeta(beta);
        if (law == null) throw new IllegalArgumentException("law must not be null");
        return new SelfConsistency(dilutions.length, mean, beta, law, new PatternColumns(dilutions), 1e-12, 20_000,
                0.6, false);
    }

    private static void checkBeta(double beta) {
        if (!(beta > 0)) throw new Check.InvalidParameterException("beta", beta, "> 0 (infinity allowed: T = 0)");
    }

    /** The dilution of each pattern. */
    public double[] dilutions() {
        return columns.dilutions.clone();
    }

    public SelfConsistency tolerance(double tol) {
        Check.positive("tolerance", tol);
        return new SelfConsistency(K, d, beta, law, columns, tol, maxIterations, damping, allowUnconverged);
    }

    public SelfConsistency maxIterations(int n) {
        Check.atLeast("maxIterations", n, 1);
        return new SelfConsistency(K, d, beta, law, columns, tolerance, n, damping, allowUnconverged);
    }

    /** Damping eta in (0, 1] of the iteration (1: plain iteration, the T = 0 parallel dynamics). */
    public SelfConsistency damping(double eta) {
        if (!(eta > 0 && eta <= 1)) throw new Check.InvalidParameterException("damping", eta, "in (0, 1]");
        return new SelfConsistency(K, d, beta, law, columns, tolerance, maxIterations, eta, allowUnconverged);
    }

    public SelfConsistency allowUnconverged(boolean allow) {
        return new SelfConsistency(K, d, beta, law, columns, tolerance, maxIterations, damping, allow);
    }

    public int K() {
        return K;
    }

    public double d() {
        return d;
    }

    public double beta() {
        return beta;
    }

    public double rho() {
        return rho;
    }

    public ChiLaw law() {
        return law;
    }

    /** True when the Hessian of docs/multitasking.md#eq-multitasking-6 exists (not at T = 0 with rho = 0 or with the binomial law). */
    public boolean hasHessian() {
        return !(Double.isInfinite(beta) && (rho == 0 || law instanceof ChiLaw.Binomial));
    }

    /** The right-hand side of the n-equation, RHS(n) (docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4). */
    public double[] rhs(double[] n) {
        return evaluate(n, false).rhs();
    }

    /** m(n) (docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4). */
    public double[] magnetisations(double[] n) {
        return evaluate(n, false).m();
    }

    /** f(n) = ((1+rho)/2) sum n^2 - ln2/beta - E ln cosh(beta h)/beta (docs/multitasking.md#eq-multitasking-2). */
    public double freeEnergy(double[] n) {
        return evaluate(n, false).freeEnergy();
    }

    /** The Hessian A of f at n (docs/multitasking.md#eq-multitasking-6), or null when it does not exist. */
    public double[][] hessian(double[] n) {
        return evaluate(n, true).hessian();
    }

    /** m, RHS, f, q (and the Hessian when asked and defined) at n. */
    public Evaluation evaluate(double[] n, boolean withHessian) {
        if (n.length != K) throw new IllegalArgumentException("n has " + n.length + " entries, expected K = " + K);
        boolean hess = withHessian && hasHessian();
        return law instanceof ChiLaw.Binomial ? evaluateBinomial(n, hess) : evaluateGaussian(n, hess);
    }

    private Evaluation evaluateGaussian(double[] n, boolean hess) {
        double[] m = new double[K], extra = new double[K];
        double[][] A = hess ? new double[K][K] : null;
        double[] out = new double[6];
        double lc = 0, q = 0, margin = Double.POSITIVE_INFINITY;
        double sr = Math.sqrt(rho);
        double[] b = new double[K];
        java.util.HashMap<Long, double[]> memo = new java.util.HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            int[] x = columns.xi[c];
            int[] S = columns.support[c];
            double w = columns.weight[c];
            double a = 0, s2 = 0;
            for (int mu : S) {
                a += n[mu] * x[mu];
                s2 += n[mu] * n[mu];
            }
            double s = Math.sqrt(rho * s2);
            if (s == 0) margin = Math.min(margin, Math.abs(a));
            // columns with the same (a, s) share their integrals (e.g. all columns differing only where n = 0)
            long key = Double.doubleToLongBits(a) * 31 + Double.doubleToLongBits(s);
            double[] cached = memo.get(key);
            if (cached != null && cached[6] == a && cached[7] == s) {
                System.arraycopy(cached, 0, out, 0, 6);
            } else {
                ColumnIntegrals.compute(a, s, beta, tie, out);
                double[] keep = java.util.Arrays.copyOf(out, 8);
                keep[6] = a;
                keep[7] = s;
                memo.put(key, keep);
            }
            lc += w * out[ColumnIntegrals.L];
            q += w * out[ColumnIntegrals.Q];
            for (int mu : S) {
                m[mu] += w * x[mu] * out[ColumnIntegrals.T0];
                if (s > 0 && n[mu] != 0) extra[mu] += w * rho * n[mu] * out[ColumnIntegrals.G0];
            }
            if (A != null) {
                for (int mu : S) b[mu] = s > 0 ? sr * n[mu] * x[mu] / s : 0;
                double g0 = out[ColumnIntegrals.G0], g1 = out[ColumnIntegrals.G1], g2 = out[ColumnIntegrals.G2];
                for (int mu : S) {
                    for (int nu : S) {
                        double v;
                        if (s > 0) {
                            double bb = b[mu] * b[nu];
                            v = g0 + sr * (b[mu] + b[nu]) * g1 + rho * (((mu == nu ? 1 : 0) - bb) * g0 + bb * g2);
                        } else {
                            v = g0 * (1 + (mu == nu ? rho : 0));
                        }
                        A[mu][nu] -= w * x[mu] * x[nu] * v;
                    }
                }
            }
        }
        double[] rhs = new double[K];
        for (int mu = 0; mu < K; mu++) rhs[mu] = rho == 0 ? m[mu] : (m[mu] + extra[mu]) / (1 + rho);
        if (A != null) for (int mu = 0; mu < K; mu++) A[mu][mu] += 1 + rho;
        return new Evaluation(m, rhs, A, freeEnergy(n, lc), q,
                Double.isInfinite(beta) && rho == 0 ? margin : Double.NaN);
    }

    private double freeEnergy(double[] n, double lc) {
        double f = 0;
        for (double v : n) f += 0.5 * (1 + rho) * v * v;
        if (!Double.isInfinite(beta)) f -= beta == 0 ? Double.POSITIVE_INFINITY : Math.log(2) / beta;
        return f - lc;
    }

    private Evaluation evaluateBinomial(double[] n, boolean hess) {
        double[] vals = atoms[0], probs = atoms[1];
        int na = vals.length;
        double[] m = new double[K], u = new double[K];
        double[][] A = hess ? new double[K][K] : null;
        double lc = 0, q = 0;
        boolean zeroT = Double.isInfinite(beta);
        double margin = Double.POSITIVE_INFINITY;
        for (int c = 0; c < columns.size(); c++) {
            int[] x = columns.xi[c];
            int[] S = columns.support[c];
            int k = S.length;
            double w = columns.weight[c];
            int[] idx = new int[k];
            while (true) {
                double h = 0, p = w;
                for (int j = 0; j < k; j++) {
                    int mu = S[j];
                    h += n[mu] * x[mu] * vals[idx[j]];
                    p *= probs[idx[j]];
                }
                double t, sech2b = 0, lch;
                if (zeroT) {
                    t = Math.abs(h) <= tie ? 0 : Math.signum(h);
                    lch = Math.abs(h);
                    margin = Math.min(margin, Math.abs(h));
                } else {
                    double xx = beta * h, ax = Math.abs(xx), e = Math.exp(-2 * ax);
                    t = Math.signum(xx) * (1 - e) / (1 + e);
                    sech2b = beta * 4 * e / ((1 + e) * (1 + e));
                    lch = (ax + Math.log1p(e) - Math.log(2)) / beta;
                }
                lc += p * lch;
                q += p * t * t;
                for (int j = 0; j < k; j++) {
                    int mu = S[j];
                    m[mu] += p * x[mu] * t;
                    u[mu] += p * x[mu] * vals[idx[j]] * t;
                }
                if (A != null) {
                    for (int i = 0; i < k; i++) {
                        double ei = x[S[i]] * vals[idx[i]];
                        for (int j = 0; j < k; j++) A[S[i]][S[j]] -= p * ei * x[S[j]] * vals[idx[j]] * sech2b;
                    }
                }
                int j = 0;
                while (j < k && ++idx[j] == na) idx[j++] = 0;
                if (j == k) break;
            }
        }
        double[] rhs = new double[K];
        for (int mu = 0; mu < K; mu++) rhs[mu] = u[mu] / (1 + rho);
        if (A != null) for (int mu = 0; mu < K; mu++) A[mu][mu] += 1 + rho;
        return new Evaluation(m, rhs, A, freeEnergy(n, lc), q, zeroT ? margin : Double.NaN);
    }

    /**
     * Solve from the seed of a named state at this K and d. PURE, PARALLEL, PARTIALLY_SYMMETRIC and
     * ERGODIC are solved inside their invariant subspace (n_2 = .. = n_K = 0; all n equal; n_1 = n_2;
     * n = 0), so that the state is found even where it is unstable (its stability says so); rounding
     * cannot push the iteration off it. HIERARCHICAL and ALTERNATIVE are solved in the full space.
     */
    public MultitaskingSolution solve(MultitaskingState seed) {
        int[] groups = new int[K];
        switch (seed) {
            case PURE -> {
                java.util.Arrays.fill(groups, FROZEN);
                groups[0] = 0;
            }
            case PARALLEL -> java.util.Arrays.fill(groups, 0);
            case PARTIALLY_SYMMETRIC -> {
                for (int mu = 0; mu < K; mu++) groups[mu] = Math.max(0, mu - 1);
            }
            case ERGODIC -> java.util.Arrays.fill(groups, FROZEN);
            default -> {
                for (int mu = 0; mu < K; mu++) groups[mu] = mu;
            }
        }
        double[] n0 = seed == MultitaskingState.HIERARCHICAL ? StoredNetwork.hierarchical(columns.dilutions) : seed.seed(K, d);
        return solveInSubspace(n0, groups);
    }

    /** Group label of a component held at 0 in {@link #solveInSubspace}. */
    public static final int FROZEN = -1;

    /** Solve from the seed n0 (damped iteration plus Newton). */
    public MultitaskingSolution solve(double... seed) {
        int[] groups = new int[K];
        for (int i = 0; i < K; i++) groups[i] = i;
        return solveInSubspace(seed, groups);
    }

    /**
     * Solve inside the symmetric subspace where n_mu = n_nu whenever groups[mu] == groups[nu]
     * (groups numbered 0, 1, ...; {@link #FROZEN} holds a component at 0; docs/multitasking.md#eq-multitasking-6, "symmetric
     * subspaces"; docs/multitasking.md#eq-multitasking-6). The returned stability and eigenvalues are those of the full Hessian.
     */
    public MultitaskingSolution solveInSubspace(double[] seed, int[] groups) {
        if (seed.length != K) throw new IllegalArgumentException("seed has " + seed.length + " entries, expected K = " + K);
        if (groups.length != K) throw new IllegalArgumentException("groups has " + groups.length + " entries, expected K = " + K);
        int G = 0;
        for (int g : groups) G = Math.max(G, g + 1);
        int[] size = new int[G];
        for (int g : groups) if (g >= 0) size[g]++;
        double[] x = new double[G];
        for (int mu = 0; mu < K; mu++) if (groups[mu] >= 0) x[groups[mu]] += seed[mu] / size[groups[mu]];
        boolean newtonOk = hasHessian();
        double eta = (Double.isInfinite(beta) && rho == 0) ? 1.0 : damping;
        String method = Double.isInfinite(beta) && rho == 0 ? "iteration" : "damped";
        int it = 0;
        double[] n = embed(x, groups);
        Evaluation ev = evaluate(n, false);
        double[] fx = project(ev.rhs(), groups, size, G);
        double res = FixedPoint.residual(x, fx);
        int lastNewton = 0;
        while (res > tolerance && it < maxIterations) {
            if (newtonOk && (res < 1e-4 || it - lastNewton >= 300) && (it - lastNewton >= 20 || lastNewton == 0)) {
                lastNewton = it;
                int[] steps = new int[1];
                double[] xn = newton(x, groups, size, G, res, steps);
                if (xn != null) {
                    x = xn;
                    n = embed(x, groups);
                    ev = evaluate(n, false);
                    fx = project(ev.rhs(), groups, size, G);
                    res = FixedPoint.residual(x, fx);
                    it += steps[0];
                    lastNewton = it;
                    method = "damped+newton";
                    if (res > tolerance) {
                        // at least one damped step before the next Newton attempt
                        for (int g = 0; g < G; g++) x[g] = (1 - eta) * x[g] + eta * fx[g];
                        n = embed(x, groups);
                        ev = evaluate(n, false);
                        fx = project(ev.rhs(), groups, size, G);
                        res = FixedPoint.residual(x, fx);
                        it++;
                    }
                    continue;
                }
            }
            for (int g = 0; g < G; g++) x[g] = (1 - eta) * x[g] + eta * fx[g];
            n = embed(x, groups);
            ev = evaluate(n, false);
            fx = project(ev.rhs(), groups, size, G);
            res = FixedPoint.residual(x, fx);
            it++;
        }
        n = embed(x, groups);
        Evaluation fin = evaluate(n, true);
        double fullRes = FixedPoint.residual(n, fin.rhs());
        boolean reduced = G < K;
        boolean converged = fullRes <= tolerance || (reduced && res <= tolerance);
        MultitaskingSolution sol = build(n, fin, converged, it, reduced ? res : fullRes, method);
        if (!converged && !allowUnconverged) {
            throw new NotConvergedException("multitasking self-consistency (K=" + K + ", d=" + d + ", beta=" + beta
                    + ", rho=" + rho + ")", new dev.hebbian.numerics.FixedPoint.Result(n, sol.residual(), it, false,
                    tolerance, method));
        }
        return sol;
    }

    /** Newton on the reduced gradient with backtracking on the residual; null if it does not help. */
    private double[] newton(double[] x0, int[] groups, int[] size, int G, double res0, int[] steps) {
        double[] x = x0.clone();
        double res = res0;
        boolean improved = false;
        for (int step = 0; step < 50 && res > tolerance; step++) {
            steps[0]++;
            double[] n = embed(x, groups);
            Evaluation ev = evaluate(n, true);
            double[][] A = ev.hessian();
            double[][] Ar = new double[G][G];
            double[] g = new double[G];
            for (int mu = 0; mu < K; mu++) {
                if (groups[mu] < 0) continue;
                g[groups[mu]] += (1 + rho) * (n[mu] - ev.rhs()[mu]);
                for (int nu = 0; nu < K; nu++) if (groups[nu] >= 0) Ar[groups[mu]][groups[nu]] += A[mu][nu];
            }
            double[] dx;
            try {
                if (!finite(Ar)) return improved ? x : null;
                // Newton only where f is locally convex in the subspace: it must not walk onto a saddle
                // (docs/multitasking.md#eq-multitasking-6); elsewhere the damped iteration goes on.
                double[] ev0 = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(symmetrised(Ar), false)).getEigenvalues();
                for (double e : ev0) if (!(e > 0)) return improved ? x : null;
                dx = dev.hebbian.numerics.Newton.solve(Ar, g);
            } catch (RuntimeException singular) {
                return improved ? x : null;
            }
            if (dx == null) return improved ? x : null;
            for (int i = 0; i < G; i++) dx[i] = -dx[i];
            double t = 1;
            boolean ok = false;
            for (int ls = 0; ls < 30; ls++, t *= 0.5) {
                double[] xt = new double[G];
                for (int i = 0; i < G; i++) xt[i] = x[i] + t * dx[i];
                double[] ft = project(rhs(embed(xt, groups)), groups, size, G);
                double rt = FixedPoint.residual(xt, ft);
                if (rt < res) {
                    x = xt;
                    res = rt;
                    ok = true;
                    break;
                }
            }
            if (!ok) break;
            improved = true;
        }
        return improved ? x : null;
    }

    /**
     * (A + A^T)/2: the Hessian is symmetric in exact arithmetic, but the quadratures of its entries
     * (exact binomial law) leave round-off asymmetries that Hipparchus' symmetric eigensolver rejects.
     */
    private static double[][] symmetrised(double[][] a) {
        int n = a.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) s[i][j] = 0.5 * (a[i][j] + a[j][i]);
        return s;
    }

    private static boolean finite(double[][] a) {
        for (double[] r : a) for (double v : r) if (!Double.isFinite(v)) return false;
        return true;
    }

    private double[] embed(double[] x, int[] groups) {
        double[] n = new double[K];
        for (int mu = 0; mu < K; mu++) n[mu] = groups[mu] < 0 ? 0 : x[groups[mu]];
        return n;
    }

    private static double[] project(double[] v, int[] groups, int[] size, int G) {
        double[] x = new double[G];
        for (int mu = 0; mu < v.length; mu++) if (groups[mu] >= 0) x[groups[mu]] += v[mu] / size[groups[mu]];
        return x;
    }

    /** Stability, eigenvalues and the state's name at a solution n (docs/multitasking.md#eq-multitasking-6). */
    MultitaskingSolution build(double[] n, Evaluation ev, boolean converged, int iterations, double residual, String method) {
        double[] eig = new double[0];
        Stability st;
        if (ev.hessian() != null) {
            if (!finite(ev.hessian())) {
                eig = new double[] {Double.NEGATIVE_INFINITY};
                st = Stability.UNSTABLE;
            } else {
                eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(symmetrised(ev.hessian()), false)).getEigenvalues();
                java.util.Arrays.sort(eig);
                st = eig[0] > 1e-9 ? Stability.STABLE : eig[0] < -1e-9 ? Stability.UNSTABLE : Stability.MARGINAL;
            }
        } else if (Double.isInfinite(beta) && rho == 0) {
            st = ev.signMargin() > tie ? Stability.STABLE : Stability.MARGINAL;
        } else {
            st = Stability.UNDETERMINED;
        }
        MultitaskingState state = MultitaskingState.classify(ev.m(), 1e-6);
        if (state == MultitaskingState.HIERARCHICAL && K == 3 && Double.isInfinite(beta) && rho == 0) {
            double[] xState = StoredNetwork.alternativeX(d);
            double[] a = new MultitaskingSolution(K, d, beta, rho, "", ev.m(), n, 0, 0, 0, eig, 0, st, state, true, 0, 0, "")
                    .sortedMagnitudes();
            double dev = 0;
            for (int i = 0; i < 3; i++) dev = Math.max(dev, Math.abs(a[i] - xState[i]));
            if (dev < 1e-9) state = MultitaskingState.ALTERNATIVE;
        }
        double e = 0;
        for (double v : n) e -= 0.5 * (1 + rho) * v * v;
        return new MultitaskingSolution(K, d, beta, rho, lawName(), ev.m(), n, ev.q(), ev.freeEnergy(), e, eig, ev.signMargin(), st,
                state, converged, iterations, residual, method);
    }

    String lawName() {
        return law instanceof ChiLaw.Binomial b ? "binomial(M=" + b.M() + ",r=" + b.r() + ")" : "gaussian";
    }
}
