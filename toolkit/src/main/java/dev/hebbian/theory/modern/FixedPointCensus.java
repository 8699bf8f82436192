package dev.hebbian.theory.modern;

import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * The kinds of fixed points the update reaches from random starts (docs/modern-hopfield.md#eq-mh-6):
 * for a network and a number of starts, the fraction ending at a single pattern, at a metastable
 * subset average and at the global average, the mean effective number of patterns averaged
 * n_eff = 1/sum p^2, and the number of starts that did not converge within the iteration limit (they
 * are counted by the kind of their last state and reported, never hidden).
 *
 * <p>Starts: uniform on the sphere of radius {@code startRadius} (the mean pattern norm if not given),
 * so at large beta the update picks the pattern of largest overlap with the start.
 */
public record FixedPointCensus(double beta, int starts, double singleFraction, double metastableFraction,
                               double globalFraction, double meanEffectivePatterns, int unconverged,
                               double meanIterations) {

    /** Iterate from {@code starts} random states (seeded) and count the kinds of the end points. */
    public static FixedPointCensus measure(ModernHopfield net, int starts, double tolerance, int maxIterations, long seed) {
        Check.atLeast("starts", starts, 1);
        SplittableRandom rng = new SplittableRandom(seed);
        double radius = 0;
        for (int mu = 0; mu < net.K(); mu++) {
            double[] p = net.pattern(mu);
            radius += Math.sqrt(ModernHopfield.dot(p, p)) / net.K();
        }
        int single = 0, meta = 0, global = 0, bad = 0;
        double nEff = 0, iters = 0;
        for (int s = 0; s < starts; s++) {
            double[] v = Patterns.sphere(net.d(), rng);
            double scale = radius / Math.sqrt(net.d());
            for (int i = 0; i < v.length; i++) v[i] *= scale;
            ModernHopfield.Iteration it = net.iterate(v, tolerance, maxIterations, true);
            if (!it.converged()) bad++;
            switch (it.kind()) {
                case SINGLE_PATTERN -> single++;
                case METASTABLE -> meta++;
                case GLOBAL_AVERAGE -> global++;
            }
            nEff += it.effectivePatterns() / starts;
            iters += it.iterations() / (double) starts;
        }
        return new FixedPointCensus(net.beta(), starts, single / (double) starts, meta / (double) starts,
                global / (double) starts, nEff, bad, iters);
    }
}
