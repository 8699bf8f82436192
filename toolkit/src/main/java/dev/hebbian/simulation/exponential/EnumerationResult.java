package dev.hebbian.simulation.exponential;

import java.util.List;

/**
 * The exact-enumeration result at one (N, alpha, beta, rho): fractions of patterns, averaged over the
 * pattern sets (samples), with standard errors over samples (0 for one sample). alphaEffective = ln(K)/N
 * is the load of the rounded K.
 *
 * @param fixedPoint fraction of patterns that are fixed points of the zero-temperature dynamics
 * @param strictMinimum fraction that are strict local minima (every single flip raises the energy)
 * @param oneStep fraction retrieved exactly by one synchronous step from round(rho N) flipped spins
 * @param oneStepBitError fraction of spins wrong after that step (the single-spin law of
 *        {@link CrosstalkSampler} and docs/exponential-memory.md#eq-exp-2)
 * @param dynamics fraction retrieved exactly by sequential zero-temperature dynamics from the same start
 * @param finalOverlap mean overlap xi^mu . sigma / N of the end of the dynamics with the pattern
 */
public record EnumerationResult(int n, int k, double alpha, double alphaEffective, double beta, double rho, long seed,
        int samples, double fixedPoint, double fixedPointStdErr, double strictMinimum, double strictMinimumStdErr,
        double oneStep, double oneStepStdErr, double oneStepBitError, double oneStepBitErrorStdErr, double dynamics, double dynamicsStdErr, double finalOverlap,
        double finalOverlapStdErr) {

    static EnumerationResult of(int n, int k, double alpha, double beta, double rho, long seed, List<Enumeration.Sample> s) {
        double[] fp = s.stream().mapToDouble(Enumeration.Sample::fixedPoint).toArray();
        double[] sm = s.stream().mapToDouble(Enumeration.Sample::strictMinimum).toArray();
        double[] os = s.stream().mapToDouble(Enumeration.Sample::oneStep).toArray();
        double[] be = s.stream().mapToDouble(Enumeration.Sample::oneStepBitError).toArray();
        double[] dy = s.stream().mapToDouble(Enumeration.Sample::dynamics).toArray();
        double[] ov = s.stream().mapToDouble(Enumeration.Sample::finalOverlap).toArray();
        return new EnumerationResult(n, k, alpha, Math.log(k) / n, beta, rho, seed, s.size(), mean(fp), stdErr(fp),
                mean(sm), stdErr(sm), mean(os), stdErr(os), mean(be), stdErr(be), mean(dy), stdErr(dy), mean(ov), stdErr(ov));
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    static double stdErr(double[] x) {
        if (x.length < 2) return 0;
        double m = mean(x), s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return Math.sqrt(s / (x.length - 1) / x.length);
    }
}
