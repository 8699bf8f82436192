package dev.hebbian.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.hebbian.Check;
import dev.hebbian.DenseHebbian;
import dev.hebbian.simulation.exponential.BinaryPatterns;
import dev.hebbian.simulation.exponential.CrosstalkSampler;
import dev.hebbian.simulation.exponential.Enumeration;
import dev.hebbian.simulation.exponential.EnumerationResult;
import dev.hebbian.simulation.exponential.HeatBathSampler;
import dev.hebbian.simulation.exponential.MonteCarloResult;
import dev.hebbian.theory.exponential.ExponentialCapacity;
import dev.hebbian.theory.exponential.Thresholds;

/**
 * {@code solve --model exponential} and {@code simulate --model exponential}: the binary exponential dense
 * associative memory (docs/exponential-memory.md), T = 1/beta the temperature of the log-sum-exp energy,
 * rho the fraction of corrupted spins of the start.
 */
final class ExponentialCli {
    private ExponentialCli() {}

    /** Beta from T >= 0 (T = 0: beta = infinity), with the error naming T. */
    static double beta(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) throw new Check.InvalidParameterException("T", t, ">= 0 and finite (T = 0: beta = infinity)");
        return t == 0 ? Double.POSITIVE_INFINITY : 1 / t;
    }

    /** The thresholds at (T, rho) and the predictions at alpha (docs/exponential-memory.md#eq-exp-4 to #eq-exp-9). */
    static Map<String, Object> solve(double alpha, double t, double rho) {
        Check.positive("alpha", alpha);
        double beta = beta(t);
        ExponentialCapacity c = DenseHebbian.exponential().alpha(alpha).beta(beta).rho(rho).capacity();
        Thresholds th = c.thresholds();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("model", "exponential");
        f.put("alpha", alpha);
        f.put("T", t);
        f.put("beta", beta);
        f.put("rho", rho);
        f.put("alpha1", th.alphaOneStep());
        f.put("alphaAllPatterns", th.alphaAllPatterns());
        f.put("alphaDemircigil", th.alphaDemircigil());
        f.put("alphaSoftmax", th.alphaSoftmax());
        f.put("alphaEquilibrium", th.alphaEquilibrium());
        f.put("alpha1Numerical", th.alphaOneStepNumerical());
        f.put("crosstalkExponent", c.crosstalkExponent());
        f.put("remFreeEnergy", c.remFreeEnergy());
        f.put("oneStepMargin", c.oneStepMargin());
        f.put("typicalRetrieved", c.typicalRetrieved());
        f.put("allRetrieved", c.allRetrieved());
        f.put("softmaxRetrieved", c.softmaxRetrieved());
        f.put("equilibriumRetrieved", c.equilibriumRetrieved());
        f.put("converged", th.converged());
        f.put("residual", th.residual());
        return f;
    }

    /**
     * Exact enumeration at (N, alpha, T, rho) and, at T &gt; 0, the exact posterior weight and heat-bath Monte
     * Carlo (chains per pattern set: 8), with the thresholds beside.
     */
    static Map<String, Object> simulate(int n, double alpha, double t, double rho, int sweeps, int samples, long seed, int threads) {
        double beta = beta(t);
        Check.inRange("N", n, 1, BinaryPatterns.MAX_N);
        Check.positive("alpha", alpha);
        Check.inHalfOpen("rho", rho, 0, 0.5);
        EnumerationResult e = Enumeration.run(n, alpha, beta, rho, samples, seed, threads);
        Thresholds th = Thresholds.at(beta, rho);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("model", "exponential");
        f.put("N", n);
        f.put("K", e.k());
        f.put("alpha", alpha);
        f.put("alphaEffective", e.alphaEffective());
        f.put("T", t);
        f.put("beta", beta);
        f.put("rho", rho);
        f.put("fixedPoint", e.fixedPoint());
        f.put("fixedPointStdErr", e.fixedPointStdErr());
        f.put("strictMinimum", e.strictMinimum());
        f.put("oneStep", e.oneStep());
        f.put("oneStepStdErr", e.oneStepStdErr());
        f.put("oneStepBitError", e.oneStepBitError());
        f.put("oneStepBitErrorStdErr", e.oneStepBitErrorStdErr());
        f.put("dynamics", e.dynamics());
        f.put("dynamicsStdErr", e.dynamicsStdErr());
        f.put("finalOverlap", e.finalOverlap());
        if (!Double.isInfinite(beta)) {
            CrosstalkSampler.Result law = CrosstalkSampler.run(n, alpha, beta, rho, 20000, seed);
            f.put("bitErrorLaw", law.bitError());
            f.put("bitErrorLawStdErr", law.bitErrorStdErr());
            double[] w = Enumeration.posteriorWeight(n, alpha, beta, 20, 20, samples, seed, threads);
            f.put("posteriorWeight", w[0]);
            f.put("posteriorWeightStdErr", w[1]);
            MonteCarloResult mc = HeatBathSampler.run(n, alpha, beta, rho, sweeps, 8, samples, seed, threads);
            f.put("m", mc.m());
            f.put("mStdErr", mc.mStdErr());
            f.put("mRetrieval", mc.mRetrieval());
            f.put("sweeps", sweeps);
        }
        f.put("alpha1", th.alphaOneStep());
        f.put("alphaAllPatterns", th.alphaAllPatterns());
        f.put("alphaEquilibrium", th.alphaEquilibrium());
        f.put("samples", samples);
        f.put("seed", seed);
        return f;
    }
}
