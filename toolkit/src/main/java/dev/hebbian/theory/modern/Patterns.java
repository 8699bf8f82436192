package dev.hebbian.theory.modern;

import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * Random pattern sets of docs/modern-hopfield.md#eq-mh-7 (K rows of dimension d), seeded:
 * Gaussian (entries independent N(0, 1), so |x|^2 = d on average) and spherical (uniform on the
 * sphere of radius sqrt(d)), and random states on that sphere.
 */
public final class Patterns {
    private Patterns() {}

    /** The two ensembles of Lucibello and Mezard (arXiv:2304.14964). */
    public enum Ensemble {
        /** Entries independent standard Gaussians. */
        GAUSSIAN,
        /** Uniform on the sphere |x|^2 = d. */
        SPHERICAL
    }

    /** K patterns of the ensemble in dimension d. */
    public static double[][] random(Ensemble ensemble, int K, int d, SplittableRandom rng) {
        Check.atLeast("K", K, 1);
        Check.atLeast("d", d, 1);
        double[][] x = new double[K][d];
        for (int mu = 0; mu < K; mu++) x[mu] = ensemble == Ensemble.GAUSSIAN ? gaussian(d, rng) : sphere(d, rng);
        return x;
    }

    /** A vector of d independent standard Gaussians (Box-Muller, both deviates of each pair used). */
    public static double[] gaussian(int d, SplittableRandom rng) {
        double[] v = new double[d];
        for (int i = 0; i < d; i += 2) {
            double u1 = rng.nextDouble(), u2 = rng.nextDouble();
            if (u1 < 1e-300) u1 = 1e-300;
            double r = Math.sqrt(-2 * Math.log(u1)), t = 2 * Math.PI * u2;
            v[i] = r * Math.cos(t);
            if (i + 1 < d) v[i + 1] = r * Math.sin(t);
        }
        return v;
    }

    /** A uniform point on the sphere of radius sqrt(d). */
    public static double[] sphere(int d, SplittableRandom rng) {
        double[] v = gaussian(d, rng);
        double n = Math.sqrt(ModernHopfield.dot(v, v) / d);
        for (int i = 0; i < d; i++) v[i] /= n;
        return v;
    }

    /**
     * A point on the sphere of radius sqrt(d) at overlap rho with the unit direction of {@code target}
     * (xi.target / (|xi| |target|) = rho), the rest of it in a uniformly random orthogonal direction:
     * the start of the basin measurements (docs/modern-hopfield.md#eq-mh-10).
     */
    public static double[] atOverlap(double[] target, double rho, SplittableRandom rng) {
        Check.inClosed("rho", rho, -1, 1);
        int d = target.length;
        double tn = Math.sqrt(ModernHopfield.dot(target, target));
        if (!(tn > 0)) throw new Check.InvalidParameterException("|target|", tn, "> 0");
        double[] u = new double[d];
        for (int i = 0; i < d; i++) u[i] = target[i] / tn;
        double[] g = gaussian(d, rng);
        double proj = ModernHopfield.dot(g, u);
        for (int i = 0; i < d; i++) g[i] -= proj * u[i];
        double gn = Math.sqrt(ModernHopfield.dot(g, g));
        double[] v = new double[d];
        double s = Math.sqrt(Math.max(0, 1 - rho * rho));
        for (int i = 0; i < d; i++) v[i] = Math.sqrt(d) * (rho * u[i] + s * g[i] / gn);
        return v;
    }
}
