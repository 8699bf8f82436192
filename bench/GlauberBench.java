import java.util.SplittableRandom;

import dev.hebbian.data.Dataset;
import dev.hebbian.simulation.CanonicalLoad;
import dev.hebbian.simulation.Chain;
import dev.hebbian.simulation.Couplings;

/**
 * Java side of bench/glauber.sh: pattern-updates per second (spin updates x K) of the exact
 * sequential heat-bath sweep, the Plefka sweep and the synchronous sweep in the retrieval state at
 * T = 0.1, and of the exact sequential sweep at T = 2 (paramagnet: about half the spins flip every
 * sweep, so no cached field survives: the worst case of the engine), for P = 2 and P = 4 at two
 * sizes each, with the flips per sweep, and the memory read bandwidth of this machine (one thread).
 * Prints one line per measurement: "JAVA key value [flips/sweep]".
 */
public class GlauberBench {
    static volatile double sink;

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.5;
        System.out.println("JAVA bandwidth_GBps " + bandwidth());
        int[][] configs = {{2, 2000, 100}, {2, 20000, 1000}, {4, 60, 0}, {4, 100, 0}};
        for (int[] cfg : configs) {
            int P = cfg[0], N = cfg[1];
            int K = cfg[2] > 0 ? cfg[2] : CanonicalLoad.patterns(P, 0.1, N);
            double T = P == 2 ? 0.1 : 0.1;
            SplittableRandom rng = new SplittableRandom(1);
            Dataset ds = Dataset.archetypesOnly(K, N, 0, rng);
            Couplings c = Couplings.storage(P, ds);
            String key = "P" + P + "_N" + N + "_K" + K;
            for (String mode : new String[] {"sequential", "plefka", "parallel", "hot"}) {
                Chain chain = new Chain(c, ds.archetype(0));
                double beta = mode.equals("hot") ? 1 / 2.0 : 1 / T;
                long f0 = chain.flips();
                double[] r = rate(chain, mode, beta, rng, seconds);
                System.out.println("JAVA " + key + "_" + mode + " " + r[0] * K + " " + (chain.flips() - f0) / r[1]
                        + " m=" + chain.overlap(ds.archetype(0)));
            }
        }
    }

    /** {spin updates per second, sweeps done (warm-up included)}. */
    static double[] rate(Chain chain, String mode, double beta, SplittableRandom rng, double seconds) {
        int N = chain.couplings().N();
        long t0 = System.nanoTime();
        long warm = 0;
        while (System.nanoTime() - t0 < 1.0e9) { // warm-up (JIT)
            sweep(chain, mode, beta, rng);
            warm++;
        }
        long sweeps = 0;
        t0 = System.nanoTime();
        long t;
        while ((t = System.nanoTime()) - t0 < seconds * 1e9) {
            sweep(chain, mode, beta, rng);
            sweeps++;
        }
        return new double[] {sweeps * (double) N / ((t - t0) / 1e9), warm + sweeps};
    }

    static void sweep(Chain chain, String mode, double beta, SplittableRandom rng) {
        switch (mode) {
            case "sequential", "hot" -> chain.sweep(beta, rng);
            case "plefka" -> chain.plefkaSweep(beta, rng);
            default -> chain.parallelSweep(beta, rng);
        }
    }

    /** Read bandwidth in GB/s: sum of a 512 MB array, best of 5. */
    static double bandwidth() {
        double[] a = new double[64 << 20];
        for (int i = 0; i < a.length; i++) a[i] = i & 7;
        double best = 0;
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime();
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int i = 0; i < a.length; i += 4) {
                s0 += a[i];
                s1 += a[i + 1];
                s2 += a[i + 2];
                s3 += a[i + 3];
            }
            double dt = (System.nanoTime() - t0) / 1e9;
            sink = s0 + s1 + s2 + s3;
            if (rep > 0) best = Math.max(best, a.length * 8.0 / dt / 1e9);
        }
        return best;
    }
}
