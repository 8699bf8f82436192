package dev.hebbian.simulation;

/**
 * The local field h_i = -(H(sigma_i = +1) - H(sigma_i = -1)) / 2 by the direct O(K) kernels (docs/conventions.md#eq-conventions-2,
 * docs/monte-carlo.md): Newton's identities on the power sums without spin i, with one small method
 * per case so that each is JIT-compiled with its own profile (no deoptimisation when P = 2 and P = 4
 * networks run in the same JVM).
 */
final class DirectField {
    static final int GENERAL = 0;
    static final int P2_TERNARY = 1;
    static final int P4_PLUS_MINUS = 2;
    static final int ALL_TUPLES = 3;

    private final Couplings c;
    private final ChainState s;
    private final int N;
    private final int K;
    private final int P;
    final int kind;
    final double pref;
    private final double[] pw;
    private final double[] ew;

    DirectField(Couplings c, ChainState s) {
        this.c = c;
        this.s = s;
        this.N = c.N();
        this.K = c.K();
        this.P = c.P();
        this.kind = kindOf(c);
        this.pref = c.interaction() == Interaction.DISTINCT_TUPLES ? c.distinctPrefactor() : 0.25 * N / Math.pow(N, P);
        this.pw = new double[P + 1];
        this.ew = new double[P + 1];
    }

    static int kindOf(Couplings c) {
        if (c.interaction() == Interaction.ALL_TUPLES) return ALL_TUPLES;
        if (c.ternary && c.unitWeights && c.P() == 2) return P2_TERNARY;
        if (c.ternary && c.unitWeights && c.dense && c.P() == 4) return P4_PLUS_MINUS;
        return GENERAL;
    }

    /** The field of spin i in the current state (no cache, no table). */
    double at(int i) {
        return switch (kind) {
            case P2_TERNARY -> fieldP2Ternary(i);
            case P4_PLUS_MINUS -> fieldP4PlusMinus(i);
            case ALL_TUPLES -> fieldAllTuples(i);
            default -> fieldGeneral(i);
        };
    }

    /** P = 2, entries in {-1, 0, 1}, unit weights: h = (1/N) (sum_mu u_i p1 - sigma_i sum_mu u_i^2), a dot product. */
    private double fieldP2Ternary(int i) {
        final byte[] ub = c.ub;
        final double[] p1 = s.p1();
        final int base = i * K;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        for (; mu + 3 < K; mu += 4) {
            h0 += ub[base + mu] * p1[mu];
            h1 += ub[base + mu + 1] * p1[mu + 1];
            h2 += ub[base + mu + 2] * p1[mu + 2];
            h3 += ub[base + mu + 3] * p1[mu + 3];
        }
        for (; mu < K; mu++) h0 += ub[base + mu] * p1[mu];
        return pref * (((h0 + h1) + (h2 + h3)) - s.sigma[i] * c.rowSquares[i]);
    }

    /** P = 4, +-1 entries, unit weights: n - u^2 = N - 1 for every mu, e_3 = s (s^2 - 3 (N - 1) + 2) / 6 (docs/conventions.md#eq-conventions-2). */
    private double fieldP4PlusMinus(int i) {
        final byte[] ub = c.ub;
        final double[] p1 = s.p1();
        final int base = i * K;
        final double si = s.sigma[i];
        final double cst = 3.0 * (N - 1) - 2;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        for (; mu + 3 < K; mu += 4) {
            double u0 = ub[base + mu], u1 = ub[base + mu + 1], u2 = ub[base + mu + 2], u3 = ub[base + mu + 3];
            double s0 = p1[mu] - u0 * si, s1 = p1[mu + 1] - u1 * si, s2 = p1[mu + 2] - u2 * si, s3 = p1[mu + 3] - u3 * si;
            h0 += u0 * s0 * (s0 * s0 - cst);
            h1 += u1 * s1 * (s1 * s1 - cst);
            h2 += u2 * s2 * (s2 * s2 - cst);
            h3 += u3 * s3 * (s3 * s3 - cst);
        }
        for (; mu < K; mu++) {
            double ui = ub[base + mu], s0 = p1[mu] - ui * si;
            h0 += ui * s0 * (s0 * s0 - cst);
        }
        return pref * ((h0 + h1) + (h2 + h3)) / 6;
    }

    /** All tuples: h = (N/4) sum_mu w_mu [(s + u)^P - (s - u)^P] / N^P with s = p1 - u_i sigma_i. */
    private double fieldAllTuples(int i) {
        final double[] u = c.u;
        final double[] w = c.weight;
        final double[] p1 = s.p1();
        final int base = i * K;
        final double si = s.sigma[i];
        double h = 0;
        for (int mu = 0; mu < K; mu++) {
            double ui = u[base + mu], x = p1[mu] - ui * si;
            h += w[mu] * (HeatBath.ipow(x + ui, P) - HeatBath.ipow(x - ui, P));
        }
        return pref * h;
    }

    /** Any P, real entries, weights: Newton's identities on the power sums without spin i. */
    private double fieldGeneral(int i) {
        final double[] u = c.u;
        final double[] w = c.weight;
        final double[][] odd = s.odd;
        final int base = i * K;
        final double si = s.sigma[i];
        double h = 0;
        for (int mu = 0; mu < K; mu++) {
            double ui = u[base + mu];
            if (ui == 0) continue;
            double x = ui * si, xk = x;
            for (int k = 1; k < P; k++) {
                if (k % 2 == 1) {
                    pw[k] = odd[c.ternary ? 0 : (k - 1) / 2][mu] - xk;
                } else {
                    pw[k] = c.evenSum[c.ternary ? 0 : k / 2 - 1][mu] - xk;
                }
                xk *= x;
            }
            h += w[mu] * ui * Couplings.elementary(P - 1, pw, ew);
        }
        return pref * h;
    }
}
