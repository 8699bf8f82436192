package dev.hebbian;

import dev.hebbian.theory.learning.Noise;

import dev.hebbian.theory.multitasking.ChiLaw;
import dev.hebbian.theory.multitasking.PhaseBoundaries;
import dev.hebbian.theory.multitasking.SelfConsistency;
import dev.hebbian.theory.multitasking.MultitaskingSolution;
import dev.hebbian.theory.multitasking.MultitaskingState;

/**
 * Entry point for the multitasking (diluted-pattern) Hebbian network learning from examples, in low
 * storage (arXiv:2308.04106; docs/multitasking.md; conventions of docs/conventions.md: beta multiplies the
 * fields, couplings normalised by 1/R with R = r^2 (1 + rho), so that T_c = 1 - d):
 * <pre>{@code
 * MultitaskingSolution s = Multitasking.supervised().k(3).dilution(0.3).rho(0.2).beta(10).solve();
 * MultitaskingSolution t = Multitasking.unsupervised().k(2).dilution(0.6).r(0.5).examples(15).exactNoise().zeroTemperature().solve();
 * }</pre>
 * Supervised and unsupervised protocols obey the same low-storage equations (docs/multitasking.md#eq-multitasking-2; shown
 * by the test suite, not assumed); the protocol is recorded for the reader. The dataset is given by
 * rho alone (Gaussian law of the class average), or by r and M (rho = (1 - r^2)/(M r^2)); with
 * {@link Builder#exactNoise()} the class average follows the exact binomial law, which needs M.
 */
public final class Multitasking {
    private Multitasking() {}

    /** Teacher groups examples by class and the network stores the class means (docs/multitasking.md#eq-multitasking-1 (S)). */
    public enum Protocol { SUPERVISED, UNSUPERVISED }

    /** Law of the class average: Gaussian CLT (large M) or the exact binomial law of M examples (docs/multitasking.md, docs/conventions.md#eq-conventions-6). */

    /**
     * Normalisation of the couplings (docs/multitasking.md#eq-multitasking-1, "normalisation hazard"); it only rescales the
     * temperature axis: the equations are solved at beta_eff = beta * factor. R (default, 1/R, T_c = 1 - d);
     * R_TIMES_ONE_MINUS_D (also divided by 1 - d: factor 1/(1-d), T_c = 1); TEACHING_CODE (the co-author's
     * J/(1+rho): factor 1/(1+rho), T_c = (1-d)/(1+rho)); R_SQUARED (1/r^2 instead of 1/R: factor 1+rho).
     */
    public enum Normalisation { R, R_TIMES_ONE_MINUS_D, TEACHING_CODE, R_SQUARED }

    public static Builder supervised() {
        return new Builder(Protocol.SUPERVISED);
    }

    public static Builder unsupervised() {
        return new Builder(Protocol.UNSUPERVISED);
    }

    /** Fluent immutable builder of one low-storage problem: every setter returns a new builder. */
    public static final class Builder {
        private final Protocol protocol;
        private int K = 2;
        private double d = 0;
        private Double rho;
        private Double r;
        private Integer M;
        private double beta = Double.POSITIVE_INFINITY;
        private Noise noise; // null: Noise.defaultFor(M known)
        private MultitaskingState init = MultitaskingState.HIERARCHICAL;
        private double[] seed;
        private double tolerance = 1e-12;
        private boolean allowUnconverged;
        private Normalisation normalisation = Normalisation.R;

        private Builder(Protocol protocol) {
            this.protocol = protocol;
        }

        private Builder copy() {
            Builder c = new Builder(protocol);
            c.K = K;
            c.d = d;
            c.rho = rho;
            c.r = r;
            c.M = M;
            c.beta = beta;
            c.noise = noise;
            c.init = init;
            c.seed = seed;
            c.tolerance = tolerance;
            c.allowUnconverged = allowUnconverged;
            c.normalisation = normalisation;
            return c;
        }

        /** Number of archetypes K (1 to 8: exact enumeration of 3^K columns). */
        public Builder k(int K) {
            Builder c = copy();
            c.K = Check.inRange("K", K, 1, 8);
            return c;
        }

        /** Dilution d in [0, 1): probability that an archetype entry is blank. */
        public Builder dilution(double d) {
            Builder c = copy();
            c.d = Check.inHalfOpen("d", d, 0, 1);
            return c;
        }

        /** Dataset entropy rho &gt;= 0 (alternative to r and M). */
        public Builder rho(double rho) {
            Builder c = copy();
            c.rho = Check.nonNegative("rho", rho);
            return c;
        }

        /** Example quality r in (0, 1]. */
        public Builder r(double r) {
            Builder c = copy();
            Check.inClosed("r", r, 0, 1);
            if (r == 0) throw new Check.InvalidParameterException("r", r, "in (0.0, 1.0]");
            c.r = r;
            return c;
        }

        /** Number M &gt;= 1 of examples per archetype. */
        public Builder examples(int M) {
            Builder c = copy();
            c.M = Check.atLeast("M", M, 1);
            return c;
        }

        /** Inverse temperature beta in [0, infinity]. Default: infinity (T = 0). */
        public Builder beta(double beta) {
            Builder c = copy();
            c.beta = Check.nonNegativeOrInfinite("beta", beta);
            return c;
        }

        /** Temperature T = 1/beta &gt;= 0. */
        public Builder temperature(double T) {
            Builder c = copy();
            Check.nonNegative("T", T);
            c.beta = T == 0 ? Double.POSITIVE_INFINITY : 1 / T;
            return c;
        }

        /** T = 0 (beta = infinity): the finite sums of docs/multitasking.md#eq-multitasking-5. */
        public Builder zeroTemperature() {
            return beta(Double.POSITIVE_INFINITY);
        }

        /**
         * The law of the class average (the default is {@link Noise#defaultFor}: exact when M is known, CLT from
         * rho alone); the large-deviation surrogate of the learning theory is not available here.
         */
        public Builder noise(Noise noise) {
            java.util.Objects.requireNonNull(noise, "noise");
            if (noise == Noise.LARGE_DEVIATION)
                throw new Check.InvalidParameterException("noise", "ld", "exact or clt for multitasking networks");
            Builder c = copy();
            c.noise = noise;
            return c;
        }

        /** The law of the class average in use: the one chosen, else {@link Noise#defaultFor}. */
        public Noise noise() {
            return noise != null ? noise : Noise.defaultFor(M != null);
        }

        /** Exact binomial law of the class average (needs M, and r or rho). */
        public Builder exactNoise() {
            return noise(Noise.EXACT);
        }

        /** Gaussian (CLT) law of the class average (the default when only rho is given). */
        public Builder cltNoise() {
            return noise(Noise.CLT);
        }

        /** The named state to start from: HIERARCHICAL (default), PARALLEL, PURE, ... */
        public Builder init(MultitaskingState state) {
            Builder c = copy();
            c.init = state;
            c.seed = null;
            return c;
        }

        /** An explicit seed n0 (length K). */
        public Builder seed(double... n0) {
            Builder c = copy();
            c.seed = n0.clone();
            return c;
        }

        public Builder tolerance(double tol) {
            Builder c = copy();
            c.tolerance = Check.positive("tolerance", tol);
            return c;
        }

        /** Return unconverged solutions (converged = false) instead of throwing. */
        public Builder allowUnconverged(boolean allow) {
            Builder c = copy();
            c.allowUnconverged = allow;
            return c;
        }

        public Builder normalisation(Normalisation n) {
            Builder c = copy();
            c.normalisation = n;
            return c;
        }

        public Protocol protocol() {
            return protocol;
        }

        /** The class-average law implied by rho, r, M and the noise choice. */
        public ChiLaw law() {
            if (noise() == Noise.EXACT) {
                if (M == null) throw new Check.InvalidParameterException("M", "unset", "given with the exact noise law");
                double rr;
                if (r != null) {
                    rr = r;
                    if (rho != null && Math.abs(ChiLaw.rho(r, M) - rho) > 1e-12 * Math.max(1, rho)) {
                        throw new Check.InvalidParameterException("rho", rho, "equal to (1 - r^2)/(M r^2) = "
                                + ChiLaw.rho(r, M) + " when r and M are also given");
                    }
                } else if (rho != null) {
                    rr = ChiLaw.rFor(rho, M);
                } else {
                    throw new Check.InvalidParameterException("r", "unset", "given (or rho) with the exact noise law");
                }
                return ChiLaw.binomial(M, rr);
            }
            if (rho != null) {
                if (r != null && M != null && Math.abs(ChiLaw.rho(r, M) - rho) > 1e-12 * Math.max(1, rho)) {
                    throw new Check.InvalidParameterException("rho", rho, "equal to (1 - r^2)/(M r^2) = "
                            + ChiLaw.rho(r, M) + " when r and M are also given");
                }
                return ChiLaw.gaussian(rho);
            }
            if (r != null && M != null) return ChiLaw.gaussian(ChiLaw.rho(r, M));
            if (r != null || M != null) {
                throw new Check.InvalidParameterException(r == null ? "r" : "M", "unset",
                        "given together with " + (r == null ? "M" : "r") + " (or give rho)");
            }
            return ChiLaw.gaussian(0);
        }

        /** The inverse temperature used in the equations (R normalisation), beta times the normalisation factor. */
        public double effectiveBeta() {
            double rr = law().rho();
            return switch (normalisation) {
                case R -> beta;
                case R_TIMES_ONE_MINUS_D -> beta / (1 - d);
                case TEACHING_CODE -> beta / (1 + rr);
                case R_SQUARED -> beta * (1 + rr);
            };
        }

        /** The self-consistency equations of this problem. */
        public SelfConsistency equations() {
            return SelfConsistency.of(K, d, effectiveBeta(), law()).tolerance(tolerance).allowUnconverged(allowUnconverged);
        }

        /** The critical dilutions at this K, temperature and law (docs/multitasking.md#eq-multitasking-12, #eq-multitasking-13). */
        public PhaseBoundaries boundaries() {
            return PhaseBoundaries.of(K, effectiveBeta(), law());
        }

        /**
         * Solve from the chosen seed (docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4, #eq-multitasking-6). The solution's beta is the effective one
         * ({@link #effectiveBeta()}), equal to the given beta under the default normalisation R.
         */
        public MultitaskingSolution solve() {
            SelfConsistency sc = equations();
            if (seed != null) {
                if (seed.length != K) throw new Check.InvalidParameterException("seed", seed.length + " entries",
                        "of length K = " + K);
                return sc.solve(seed);
            }
            return sc.solve(init);
        }
    }
}
