package dev.hebbian.theory.multitasking;

import java.util.ArrayList;
import java.util.List;

import dev.hebbian.Check;

/**
 * Law of the class average chi-hat = (1/(rM)) sum_a chi^a of arXiv:2308.04106;
 * docs/multitasking.md, docs/conventions.md#eq-conventions-6: E chi-hat = 1, Var chi-hat = rho. Either the large-M Gaussian 1 + sqrt(rho) Z (the
 * CLT law, {@link Gaussian}) or the exact scaled binomial (2B - M)/(rM), B ~ Bin(M, (1+r)/2)
 * ({@link Binomial}).
 */
public sealed interface ChiLaw permits ChiLaw.Gaussian, ChiLaw.Binomial {

    /** The dataset entropy rho = Var chi-hat. */
    double rho();

    /** The Gaussian (CLT) law chi-hat = 1 + sqrt(rho) Z (docs/multitasking.md, docs/conventions.md#eq-conventions-6). */
    static Gaussian gaussian(double rho) {
        return new Gaussian(rho);
    }

    /** The exact binomial law of M examples of quality r (docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4, "exact finite-M variant"). */
    static Binomial binomial(int M, double r) {
        return new Binomial(M, r);
    }

    /** rho = (1 - r^2)/(M r^2) (docs/multitasking.md, docs/conventions.md#eq-conventions-6). */
    static double rho(double r, int M) {
        Check.inClosed("r", r, 0, 1);
        Check.atLeast("M", M, 1);
        if (r == 0) throw new Check.InvalidParameterException("r", r, "in (0.0, 1.0]");
        return (1 - r * r) / (M * r * r);
    }

    /** r = 1/sqrt(1 + rho M), the quality that gives dataset entropy rho with M examples. */
    static double rFor(double rho, int M) {
        Check.nonNegative("rho", rho);
        Check.atLeast("M", M, 1);
        return 1 / Math.sqrt(1 + rho * M);
    }

    /** chi-hat = 1 + sqrt(rho) Z, Z standard normal. */
    record Gaussian(double rho) implements ChiLaw {
        public Gaussian {
            Check.nonNegative("rho", rho);
        }
    }

    /**
     * chi-hat = (2B - M)/(rM) with B ~ Bin(M, (1+r)/2). {@link #values()} and {@link #probabilities()}
     * list its atoms; atoms of probability below 1e-17 are dropped (their total mass is below 1e-15).
     */
    record Binomial(int M, double r) implements ChiLaw {
        public Binomial {
            Check.atLeast("M", M, 1);
            Check.inClosed("r", r, 0, 1);
            if (r == 0) throw new Check.InvalidParameterException("r", r, "in (0.0, 1.0]");
        }

        @Override
        public double rho() {
            return ChiLaw.rho(r, M);
        }

        /** The atoms of chi-hat kept (in increasing order). */
        public double[] values() {
            return atoms()[0];
        }

        /** Their probabilities (summing to 1 up to the dropped mass). */
        public double[] probabilities() {
            return atoms()[1];
        }

        double[][] atoms() {
            double p = (1 + r) / 2;
            List<double[]> kept = new ArrayList<>();
            double logP = p > 0 ? Math.log(p) : Double.NEGATIVE_INFINITY;
            double logQ = p < 1 ? Math.log1p(-p) : Double.NEGATIVE_INFINITY;
            for (int b = 0; b <= M; b++) {
                double lw = logChoose(M, b) + (b == 0 ? 0 : b * logP) + (b == M ? 0 : (M - b) * logQ);
                double w = Math.exp(lw);
                if (w >= 1e-17) kept.add(new double[] {(2.0 * b - M) / (r * M), w});
            }
            double[][] out = new double[2][kept.size()];
            for (int i = 0; i < kept.size(); i++) {
                out[0][i] = kept.get(i)[0];
                out[1][i] = kept.get(i)[1];
            }
            return out;
        }

        private static double logChoose(int n, int k) {
            return org.hipparchus.special.Gamma.logGamma(n + 1.0) - org.hipparchus.special.Gamma.logGamma(k + 1.0)
                    - org.hipparchus.special.Gamma.logGamma(n - k + 1.0);
        }
    }
}
