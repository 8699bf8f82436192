package dev.hebbian.theory.multitasking;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.special.Erf;

import dev.hebbian.Check;

/**
 * Critical dilutions of the multitasking network (arXiv:2308.04106; docs/multitasking.md#eq-multitasking-7, #eq-multitasking-8,
 * 4.3 and 10 note 6): the ergodic line d_E = 1 - T (beta(1-d) = 1), d_2 (pattern 2 condenses on the
 * pure state), d_3 (K = 3: pattern 3 condenses on (n1, n2, 0)), d_12 (K = 3: the top two signals
 * merge, A11 - A12 = 0 on (x, x, y)), d_P (lambda_- = 0 on the fully symmetric state, upper root),
 * the Landau line d*(rho) and the K = 2, T = 0 closed form d_P(rho). Each numeric boundary is a zero
 * of a Hessian eigenvalue on the relevant branch, bracketed on a grid of 63 dilutions in (0, d_E) (denser next to d_E)
 * and refined by Brent to 1e-10. NaN means "no such boundary below d_E".
 */
public final class PhaseBoundaries {
    private static final int GRID = 60;
    private final int K;
    private final double beta;
    private final ChiLaw law;

    private PhaseBoundaries(int K, double beta, ChiLaw law) {
        this.K = K;
        this.beta = beta;
        this.law = law;
    }

    /** Boundaries for K archetypes at inverse temperature beta (infinity allowed when rho &gt; 0) and law. */
    public static PhaseBoundaries of(int K, double beta, ChiLaw law) {
        Check.inRange("K", K, 1, PatternColumns.MAX_K);
        Check.nonNegativeOrInfinite("beta", beta);
        if (Double.isInfinite(beta) && (law.rho() == 0 || law instanceof ChiLaw.Binomial)) {
            throw new Check.InvalidParameterException("beta", beta,
                    "finite when rho = 0 or with the binomial law (no Hessian at T = 0; see StoredNetwork)");
        }
        return new PhaseBoundaries(K, beta, law);
    }

    /** Gaussian law with dataset entropy rho. */
    public static PhaseBoundaries of(int K, double beta, double rho) {
        return of(K, beta, ChiLaw.gaussian(rho));
    }

    /** The ergodic dilution d_E = 1 - T: retrieval needs beta (1 - d) &gt; 1 (docs/multitasking.md#eq-multitasking-7, #eq-multitasking-8), for every rho and K. */
    public static double ergodicDilution(double T) {
        Check.nonNegative("T", T);
        return Math.max(0, 1 - T);
    }

    /** True iff the ergodic state is the only one: beta (1 - d) &lt;= 1 (docs/multitasking.md#eq-multitasking-7, #eq-multitasking-8). */
    public static boolean isErgodic(double beta, double d) {
        Check.nonNegativeOrInfinite("beta", beta);
        Check.inHalfOpen("d", d, 0, 1);
        return beta * (1 - d) <= 1;
    }

    /** d*(rho) = 1 - (1 + 6 rho + 3 rho^2)/(3 (1 + rho)^2) (docs/multitasking.md#eq-multitasking-7, #eq-multitasking-8): parallel above, pure below near T_c. */
    public static double landauDilution(double rho) {
        Check.nonNegative("rho", rho);
        return 1 - (1 + 6 * rho + 3 * rho * rho) / (3 * (1 + rho) * (1 + rho));
    }

    /** K = 2, T = 0: d_P(rho) = B/(A + B) (docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13); 1 at rho = 0. */
    public static double parallelDilutionK2ZeroT(double rho) {
        Check.nonNegative("rho", rho);
        if (rho == 0) return 1.0;
        double A = Erf.erf(1 / Math.sqrt(2 * rho)) + Math.sqrt(2 * rho / Math.PI) * Math.exp(-1 / (2 * rho));
        double B = 1 / Math.sqrt(Math.PI * rho) - 0.5 * Erf.erf(1 / Math.sqrt(rho));
        return B / (A + B);
    }

    /** The largest dilution with an ordered state, d_E = 1 - T (exclusive). */
    public double ergodicDilution() {
        return Double.isInfinite(beta) ? 1.0 : Math.max(0, 1 - 1 / beta);
    }

    /** d_2: A_22 = 0 on the pure state (docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13); 0 at T = 0. Needs K &gt;= 2. */
    public double d2() {
        requireK(2, "d_2");
        if (Double.isInfinite(beta)) return 0.0;
        return lowerRoot(d -> {
            double n1 = SelfConsistency.of(1, d, beta, law).solve(1 - d).n(0);
            return SelfConsistency.of(2, d, beta, law).hessian(new double[] {n1, 0})[1][1];
        });
    }

    /** d_3 (K = 3): A_33 = 0 on the state (n1, n2, 0) (docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13); 0 at T = 0 (pattern 3 condenses for any d &gt; 0). */
    public double d3() {
        requireK(3, "d_3");
        if (Double.isInfinite(beta)) return 0.0;
        return lowerRoot(d -> {
            double[] n = SelfConsistency.of(2, d, beta, law).solve(MultitaskingState.HIERARCHICAL).n();
            return SelfConsistency.of(3, d, beta, law).hessian(new double[] {n[0], n[1], 0})[2][2];
        });
    }

    /** d_12 (K = 3, or any K &gt;= 3 with the top two merged): A11 - A12 = 0 on (x, x, y, ...) (docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13), upper root. */
    public double d12() {
        requireK(3, "d_12");
        int[] groups = new int[K];
        for (int mu = 0; mu < K; mu++) groups[mu] = Math.max(0, mu - 1);
        return upperRoot(d -> {
            SelfConsistency sc = SelfConsistency.of(K, d, beta, law).maxIterations(100_000);
            MultitaskingSolution s = sc.solveInSubspace(MultitaskingState.PARTIALLY_SYMMETRIC.seed(K, d), groups);
            double[][] A = sc.hessian(s.n());
            return A[0][0] - A[0][1];
        });
    }

    /** d_P: lambda_- = A11 - A12 = 0 on the fully symmetric state (docs/multitasking.md#eq-multitasking-6, #eq-multitasking-12, #eq-multitasking-13), upper root. */
    public double dP() {
        requireK(2, "d_P");
        return upperRoot(this::lambdaMinusSymmetric);
    }

    /** lambda_- = A11 - A12 on the fully symmetric state at dilution d (NaN if it is the ergodic state). */
    public double lambdaMinusSymmetric(double d) {
        SelfConsistency sc = SelfConsistency.of(K, d, beta, law).maxIterations(100_000);
        double[] seed = new double[K];
        java.util.Arrays.fill(seed, 1 - d);
        MultitaskingSolution s = sc.solveInSubspace(seed, new int[K]);
        if (Math.abs(s.n(0)) < 1e-9) return Double.NaN;
        double[][] A = sc.hessian(s.n());
        return A[0][0] - A[0][1];
    }

    private void requireK(int min, String what) {
        if (K < min) throw new Check.InvalidParameterException("K", K, ">= " + min + " for " + what);
    }

    private double[] grid() {
        double top = ergodicDilution();
        double[] g = new double[GRID + 3];
        for (int i = 0; i < GRID; i++) g[i] = top * (i + 0.5) / GRID;
        // points close to d_E, where d_2 and d_P end at the Landau point d* (docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13)
        g[GRID] = top * (1 - 2e-3);
        g[GRID + 1] = top * (1 - 3e-4);
        g[GRID + 2] = top * (1 - 5e-5);
        return g;
    }

    /** Smallest d where g changes sign from + to - (stable below, unstable above). */
    private double lowerRoot(DoubleUnaryOperator g) {
        double[] ds = grid();
        double prev = Double.NaN;
        for (int i = 0; i < ds.length; i++) {
            double v = g.applyAsDouble(ds[i]);
            if (i > 0 && prev > 0 && v <= 0) return refine(g, ds[i - 1], ds[i]);
            prev = v;
        }
        return Double.NaN;
    }

    /** Largest d where g changes sign from - to + (unstable below, stable above). */
    private double upperRoot(DoubleUnaryOperator g) {
        double[] ds = grid();
        double next = Double.NaN;
        for (int i = ds.length - 1; i >= 0; i--) {
            double v = g.applyAsDouble(ds[i]);
            if (i < ds.length - 1 && v < 0 && next >= 0) return refine(g, ds[i], ds[i + 1]);
            next = v;
        }
        return Double.NaN;
    }

    private static double refine(DoubleUnaryOperator g, double lo, double hi) {
        return new BrentSolver(1e-12, 1e-11, 1e-300).solve(200, g::applyAsDouble, lo, hi);
    }
}
