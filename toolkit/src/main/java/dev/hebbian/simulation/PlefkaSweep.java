package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * One random-order sweep with the first-order Plefka (frozen-overlap) field (docs/monte-carlo.md#eq-mc-3, docs/monte-carlo.md):
 * h_i = (P/2) sum_mu w_mu u^mu_i m_mu^(P-1), the overlaps m_mu frozen at the start of the sweep. An
 * approximation of the exact sweep.
 */
final class PlefkaSweep {
    private final Chain chain;
    private final ChainState s;
    private final ClassicSweep classic;
    private final double[] frozen;

    PlefkaSweep(Chain chain, ChainState s, ClassicSweep classic) {
        this.chain = chain;
        this.s = s;
        this.classic = classic;
        this.frozen = new double[s.K];
    }

    int run(double beta, SplittableRandom rng) {
        final Couplings c = s.c;
        final int N = s.N, K = s.K, P = c.P();
        for (int mu = 0; mu < K; mu++) frozen[mu] = 0.5 * P * c.weight[mu] * HeatBath.ipow(s.p1()[mu] / N, P - 1);
        classic.shuffle(rng);
        final int[] order = classic.order;
        int flipped = 0;
        for (int k = 0; k < N; k++) {
            int i = order[k];
            double h = frozenField(i);
            double p = HeatBath.upProbability(h, beta);
            int spin = rng.nextDouble() < p ? 1 : -1;
            if (spin != s.sigma[i]) {
                chain.flip(i);
                flipped++;
            }
        }
        return flipped;
    }

    /** sum_mu u^mu_i frozen_mu, four accumulators. */
    private double frozenField(int i) {
        final Couplings c = s.c;
        final int K = s.K;
        final int base = i * K;
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0;
        int mu = 0;
        if (c.ub != null) {
            final byte[] ub = c.ub;
            for (; mu + 3 < K; mu += 4) {
                h0 += ub[base + mu] * frozen[mu];
                h1 += ub[base + mu + 1] * frozen[mu + 1];
                h2 += ub[base + mu + 2] * frozen[mu + 2];
                h3 += ub[base + mu + 3] * frozen[mu + 3];
            }
            for (; mu < K; mu++) h0 += ub[base + mu] * frozen[mu];
        } else {
            final double[] u = c.u;
            for (; mu + 3 < K; mu += 4) {
                h0 += u[base + mu] * frozen[mu];
                h1 += u[base + mu + 1] * frozen[mu + 1];
                h2 += u[base + mu + 2] * frozen[mu + 2];
                h3 += u[base + mu + 3] * frozen[mu + 3];
            }
            for (; mu < K; mu++) h0 += u[base + mu] * frozen[mu];
        }
        return (h0 + h1) + (h2 + h3);
    }
}
