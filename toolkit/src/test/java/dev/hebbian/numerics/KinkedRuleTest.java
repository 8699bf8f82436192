package dev.hebbian.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The kink-adapted rule (docs/numerics.md#quadrature) is built from tabulated unit panels and a merge of the
 * panel edges instead of a sort: it must be the same rule, node by node and weight by weight, as the
 * straightforward construction below (sort the union of the unit edges and the kink levels, Gauss-Legendre on
 * every panel), for both the rule and its refined twin, at kinks anywhere in and outside [-10, 10], at
 * integer positions and at every width down to the 1e-6 floor.
 */
class KinkedRuleTest {

    @Test
    void sameRuleAsTheDirectConstruction() {
        Random rnd = new Random(12345);
        int cases = 0;
        for (int i = 0; i < 3000; i++) {
            double c = switch (i % 6) {
                case 0 -> Math.rint(rnd.nextGaussian() * 5); // on a unit edge
                case 1 -> (rnd.nextDouble() - 0.5) * 26; // also outside [-10, 10]
                case 2 -> 9.9 + rnd.nextDouble() * 0.2 * (rnd.nextBoolean() ? 1 : -1) * (rnd.nextBoolean() ? 1 : -1);
                case 3 -> Math.rint(rnd.nextGaussian() * 3) + 0.5;
                default -> rnd.nextGaussian() * 3;
            };
            double w = Math.pow(10, -7 + 7.5 * rnd.nextDouble());
            for (boolean refined : new boolean[] {false, true}) {
                Gauss fast = Gauss.kinked(c, w, refined);
                double[][] ref = direct(c, w, refined);
                assertEquals(ref[0].length, fast.size(), "size at c=" + c + " w=" + w);
                for (int k = 0; k < fast.size(); k++) {
                    assertEquals(ref[0][k], fast.node(k), 0.0, "node " + k + " at c=" + c + " w=" + w);
                    assertEquals(ref[1][k], fast.weight(k), 0.0, "weight " + k + " at c=" + c + " w=" + w);
                    assertEquals(ref[2][k], fast.logWeight(k), 0.0, "log-weight " + k + " at c=" + c + " w=" + w);
                }
                cases++;
            }
        }
        assertEquals(6000, cases);
        // non-finite centre: the unit panels only
        assertEquals(direct(Double.NaN, 0.1, false)[0].length, Gauss.kinked(Double.NaN, 0.1).size());
    }

    /** The original construction: sort the union of the edges, de-duplicate, Gauss-Legendre on every panel. */
    private static double[][] direct(double center, double width, boolean refined) {
        int po = refined ? 20 : 10;
        if (refined) width /= 2;
        double[] e = new double[64];
        int ne = 0;
        for (int k = -10; k <= 10; k++) e[ne++] = k;
        if (Double.isFinite(center) && Math.abs(center) < 10) {
            e[ne++] = center;
            double w = Math.max(width, 1e-6);
            for (double d = w; d < 1 && ne < 62; d *= 2) {
                if (center - d > -10) e[ne++] = center - d;
                if (center + d < 10) e[ne++] = center + d;
            }
        }
        java.util.Arrays.sort(e, 0, ne);
        int u = 0;
        for (int i = 0; i < ne; i++) if (u == 0 || e[i] - e[u - 1] > 1e-12) e[u++] = e[i];
        double[] glx = new double[po], glw = new double[po], gllw = new double[po];
        legendre(po, glx, glw, gllw);
        int np = u - 1;
        double[] x = new double[np * po], w = new double[np * po], lw = new double[np * po];
        double logC = -0.5 * Math.log(2 * Math.PI);
        int k = 0;
        for (int p = 0; p < np; p++) {
            double a = e[p], b = e[p + 1], mid = 0.5 * (a + b), half = 0.5 * (b - a), logHalf = Math.log(half) + logC;
            for (int i = 0; i < po; i++) {
                x[k] = mid + half * glx[i];
                lw[k] = logHalf + gllw[i] - 0.5 * x[k] * x[k];
                w[k] = Math.exp(lw[k]);
                k++;
            }
        }
        return new double[][] {x, w, lw};
    }

    /** Gauss-Legendre on [-1, 1] by Newton's method (the same iteration as Gauss's table). */
    private static void legendre(int n, double[] x, double[] w, double[] lw) {
        for (int i = 0; i < n; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5)), pp = 0;
            for (int it = 0; it < 100; it++) {
                double p1 = 1, p2 = 0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2 * j + 1) * z * p2 - j * p3) / (j + 1);
                }
                pp = n * (z * p1 - p2) / (z * z - 1);
                double z1 = z;
                z = z1 - p1 / pp;
                if (Math.abs(z - z1) < 1e-16) break;
            }
            x[i] = z;
            w[i] = 2 / ((1 - z * z) * pp * pp);
            lw[i] = Math.log(w[i]);
        }

    }
}
