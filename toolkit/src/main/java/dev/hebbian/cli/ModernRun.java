package dev.hebbian.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.hebbian.Check;
import dev.hebbian.simulation.modern.ExponentialLoad;
import dev.hebbian.theory.modern.ExponentialThresholds;
import dev.hebbian.theory.modern.Patterns;

/**
 * {@code simulate --model modern}: one-update retrieval of the continuous modern Hopfield network at
 * exponential load (docs/modern-hopfield.md#eq-mh-13), beside the thresholds alpha_1 and alpha_c of
 * docs/modern-hopfield.md#eq-mh-10 and #eq-mh-12.
 */
final class ModernRun {
    private ModernRun() {}

    /** Pattern ensembles as the CLI spells them. */
    enum Ensemble {
        gaussian, spherical
    }

    static Map<String, Object> run(int N, Integer K, Double alpha, double T, double rho, Ensemble ensemble, int samples, long seed) {
        Check.atLeast("N", N, 2);
        if (!(T > 0) || Double.isInfinite(T)) throw new Check.InvalidParameterException("T", T, "> 0 and finite for --model modern (lambda = 1/T)");
        if (!(rho > 0 && rho <= 1)) throw new Check.InvalidParameterException("rho", rho, "in (0, 1]");
        Check.atLeast("samples", samples, 1);
        double a;
        if (K != null) {
            Check.atLeast("K", K, 1);
            a = Math.log(K) / N;
        } else {
            a = Check.nonNegative("alpha", alpha);
            if (a * N > Math.log(5e7)) throw new Check.InvalidParameterException("alpha", a, "<= log(5e7)/N = " + Math.log(5e7) / N + " (K = exp(alpha N) patterns)");
        }
        Patterns.Ensemble e = ensemble == Ensemble.gaussian ? Patterns.Ensemble.GAUSSIAN : Patterns.Ensemble.SPHERICAL;
        double lambda = 1 / T;
        ExponentialLoad.Result r = ExponentialLoad.typical(e, N, a, lambda, rho, samples, seed);
        ExponentialThresholds.Threshold a1 = ExponentialThresholds.alpha1(e, lambda, rho), ac = ExponentialThresholds.alphaC(e, lambda);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", "modern");
        out.put("ensemble", ensemble.name());
        out.put("margin", r.margin());
        out.put("marginStdErr", r.marginStdErr());
        out.put("retrieved", r.retrieved());
        out.put("retrievedStdErr", r.retrievedStdErr());
        out.put("targetWeight", r.meanWeight());
        out.put("marginTheory", lambda * rho - ExponentialThresholds.freeEntropy(e, a, lambda, 1));
        out.put("alpha1", a1.alpha());
        out.put("alphaC", ac.alpha());
        out.put("K", r.K());
        out.put("alpha", a);
        out.put("N", N);
        out.put("T", T);
        out.put("lambda", lambda);
        out.put("rho", rho);
        out.put("samples", samples);
        out.put("seed", seed);
        return out;
    }
}
