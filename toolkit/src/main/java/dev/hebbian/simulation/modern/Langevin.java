package dev.hebbian.simulation.modern;

import java.util.SplittableRandom;

import dev.hebbian.Check;
import dev.hebbian.theory.modern.ModernHopfield;
import dev.hebbian.theory.modern.Patterns;

/**
 * Finite-temperature simulation of the continuous modern Hopfield network (docs/modern-hopfield.md#eq-mh-15):
 * samples of xi from p(xi) proportional to exp(-beta' E(xi)) with E of #eq-mh-1, by Metropolis-adjusted Langevin
 * dynamics (MALA). The gradient of the energy is xi - f(xi), the state less its attention update, so a proposal is
 * <pre>
 *   xi' = xi - h (xi - f(xi)) + sqrt(2 h / beta') eta,   eta ~ N(0, I),
 * </pre>
 * accepted with the Metropolis-Hastings probability of the Langevin proposal: the chain has exactly the Gibbs
 * measure as its stationary law at every step h (h only sets how fast it mixes). At h = 1 and beta' to infinity the
 * proposal is the attention update itself. beta is the network's (softmax) inverse temperature, beta' the sampling
 * one: at beta' = beta the measure is a Gaussian mixture in closed form ({@link dev.hebbian.theory.modern.Gibbs}).
 *
 * <p>{@code chains} independent chains, chain c seeded with {@code seed + 1_000_003 c}, all from the same start; the
 * first {@code burnIn} steps of each are discarded. The estimates are means over the chains, their standard errors
 * the spread of the chains' own estimates over sqrt(chains). Same seed, same numbers.
 */
public final class Langevin {
    private Langevin() {}

    /**
     * @param mean         the mean state E[xi] (d values)
     * @param meanStdErr   its standard error per coordinate
     * @param secondMoment (1/d) E|xi|^2
     * @param secondMomentStdErr its standard error
     * @param variance     (1/d) tr Cov(xi), from each chain's own mean, averaged over chains
     * @param varianceStdErr its standard error
     * @param energy       E[E(xi)] and
     * @param energyStdErr its standard error
     * @param acceptance   fraction of accepted proposals
     */
    public record Result(double betaPrime, double step, int chains, int steps, int burnIn, double[] mean, double[] meanStdErr,
                         double secondMoment, double secondMomentStdErr, double variance, double varianceStdErr,
                         double energy, double energyStdErr, double acceptance) {
        public Result {
            mean = mean.clone();
            meanStdErr = meanStdErr.clone();
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        @Override
        public double[] meanStdErr() {
            return meanStdErr.clone();
        }
    }

    /**
     * Sample exp(-beta' E) of {@code net} from {@code start}.
     *
     * @param betaPrime sampling inverse temperature, &gt; 0 and finite
     * @param step      Langevin step h, in (0, 10]
     * @param steps     steps per chain after burn-in, &gt;= 1
     * @param burnIn    discarded steps per chain, &gt;= 0
     * @param chains    independent chains, 2 to 10000
     * @throws Check.InvalidParameterException naming the parameter, its value and the valid range
     */
    public static Result sample(ModernHopfield net, double betaPrime, double[] start, double step, int steps, int burnIn, int chains, long seed) {
        if (net == null) throw new Check.InvalidParameterException("net", "null", "a ModernHopfield network");
        if (!(betaPrime > 0) || Double.isInfinite(betaPrime)) throw new Check.InvalidParameterException("beta'", betaPrime, "> 0 and finite");
        if (!(step > 0 && step <= 10)) throw new Check.InvalidParameterException("step", step, "(0, 10]");
        Check.atLeast("steps", steps, 1);
        Check.atLeast("burnIn", burnIn, 0);
        Check.inRange("chains", chains, 2, 10_000);
        double e0 = net.energy(start);  // validates the start (length d, finite entries)
        int d = net.d();
        double[][] chainMean = new double[chains][d];
        double[] chainSecond = new double[chains], chainVar = new double[chains], chainEnergy = new double[chains];
        long accepted = 0;
        double noise = Math.sqrt(2 * step / betaPrime);
        for (int c = 0; c < chains; c++) {
            SplittableRandom rng = new SplittableRandom(seed + 1_000_003L * c);
            double[] xi = start.clone();
            double e = e0;
            double[] drift = drift(net, xi, step);
            double[] sum = new double[d];
            double sum2 = 0, sumE = 0;
            for (int t = 0; t < burnIn + steps; t++) {
                double[] eta = Patterns.gaussian(d, rng);
                double[] prop = new double[d];
                for (int i = 0; i < d; i++) prop[i] = drift[i] + noise * eta[i];
                double eProp = net.energy(prop);
                double[] driftProp = drift(net, prop, step);
                // log q(xi | prop) - log q(prop | xi), q(b | a) = exp(-beta' |b - drift(a)|^2 / (4h))
                double back = 0, fwd = 0;
                for (int i = 0; i < d; i++) {
                    double u = xi[i] - driftProp[i], v = prop[i] - drift[i];
                    back += u * u;
                    fwd += v * v;
                }
                double logA = -betaPrime * (eProp - e) - betaPrime * (back - fwd) / (4 * step);
                if (logA >= 0 || rng.nextDouble() < Math.exp(logA)) {
                    xi = prop;
                    e = eProp;
                    drift = driftProp;
                    if (t >= burnIn) accepted++;
                }
                if (t >= burnIn) {
                    double r2 = 0;
                    for (int i = 0; i < d; i++) {
                        sum[i] += xi[i];
                        r2 += xi[i] * xi[i];
                    }
                    sum2 += r2;
                    sumE += e;
                }
            }
            double m2 = 0;
            for (int i = 0; i < d; i++) {
                chainMean[c][i] = sum[i] / steps;
                m2 += chainMean[c][i] * chainMean[c][i];
            }
            chainSecond[c] = sum2 / steps / d;
            chainVar[c] = chainSecond[c] - m2 / d;
            chainEnergy[c] = sumE / steps;
        }
        double[] mean = new double[d], meanErr = new double[d];
        for (int i = 0; i < d; i++) {
            double[] col = new double[chains];
            for (int c = 0; c < chains; c++) col[c] = chainMean[c][i];
            double[] ms = meanAndErr(col);
            mean[i] = ms[0];
            meanErr[i] = ms[1];
        }
        double[] s = meanAndErr(chainSecond), v = meanAndErr(chainVar), en = meanAndErr(chainEnergy);
        return new Result(betaPrime, step, chains, steps, burnIn, mean, meanErr, s[0], s[1], v[0], v[1], en[0], en[1],
                accepted / ((double) chains * steps));
    }

    /** xi - h grad E(xi) = (1 - h) xi + h f(xi). */
    private static double[] drift(ModernHopfield net, double[] xi, double h) {
        double[] f = net.update(xi);
        double[] out = new double[xi.length];
        for (int i = 0; i < xi.length; i++) out[i] = (1 - h) * xi[i] + h * f[i];
        return out;
    }

    private static double[] meanAndErr(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return new double[] {m, Math.sqrt(s / (v.length - 1) / v.length)};
    }
}
