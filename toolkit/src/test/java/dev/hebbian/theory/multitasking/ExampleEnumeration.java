package dev.hebbian.theory.multitasking;

/**
 * Independent oracle for tests: the low-storage equations written at the level of the individual
 * examples (arXiv:2308.04106; docs/multitasking.md, docs/conventions.md#eq-conventions-6, docs/multitasking.md#eq-multitasking-1, #eq-multitasking-2), averaging over every
 * archetype column xi (3^K values) and every configuration of the example bits chi^{mu,a} (2^(KM)
 * values) by brute force. Only for tiny K and M.
 *
 * <p>Unsupervised: K*M overlaps n_{mu,a} = (1/r) E[eta^{mu,a} tanh(beta h)],
 * h = (1/(r (1+rho) M)) sum_{nu,b} n_{nu,b} eta^{nu,b}. Supervised: n_mu = E[xi^mu chi-hat^mu tanh(beta h)]/(1+rho),
 * h = sum_nu n_nu xi^nu chi-hat^nu with chi-hat = sum_b chi^b/(rM).
 */
final class ExampleEnumeration {
    final int K, M;
    final double d, r, beta, rho;

    ExampleEnumeration(int K, int M, double d, double r, double beta) {
        this.K = K;
        this.M = M;
        this.d = d;
        this.r = r;
        this.beta = beta;
        this.rho = (1 - r * r) / (M * r * r);
    }

    interface Visitor {
        void visit(int[] xi, int[][] chi, double p);
    }

    void forEach(Visitor v) {
        int cols = (int) Math.pow(3, K);
        int bits = K * M;
        int[] xi = new int[K];
        int[][] chi = new int[K][M];
        for (int c = 0; c < cols; c++) {
            int code = c;
            double pc = 1;
            for (int mu = 0; mu < K; mu++) {
                xi[mu] = code % 3 - 1;
                code /= 3;
                pc *= xi[mu] == 0 ? d : (1 - d) / 2;
            }
            for (int b = 0; b < (1 << bits); b++) {
                double p = pc;
                for (int mu = 0; mu < K; mu++) {
                    for (int a = 0; a < M; a++) {
                        chi[mu][a] = ((b >> (mu * M + a)) & 1) == 1 ? 1 : -1;
                        p *= (1 + r * chi[mu][a]) / 2;
                    }
                }
                v.visit(xi, chi, p);
            }
        }
    }

    private double act(double h) {
        return Double.isInfinite(beta) ? (Math.abs(h) < 1e-12 ? 0 : Math.signum(h)) : Math.tanh(beta * h);
    }

    /** Unsupervised right-hand side: new n_{mu,a} (index mu*M + a), and m_mu appended at the end. */
    double[] unsupervised(double[] nExamples) {
        double[] out = new double[K * M + K];
        forEach((xi, chi, p) -> {
            double h = 0;
            for (int nu = 0; nu < K; nu++) {
                for (int b = 0; b < M; b++) h += nExamples[nu * M + b] * xi[nu] * chi[nu][b];
            }
            double t = act(h / (r * (1 + rho) * M));
            for (int mu = 0; mu < K; mu++) {
                for (int a = 0; a < M; a++) out[mu * M + a] += p * xi[mu] * chi[mu][a] * t / r;
                out[K * M + mu] += p * xi[mu] * t;
            }
        });
        return out;
    }

    /** Supervised right-hand side: new n_mu, then m_mu. */
    double[] supervised(double[] n) {
        double[] out = new double[2 * K];
        forEach((xi, chi, p) -> {
            double[] hat = new double[K];
            double h = 0;
            for (int nu = 0; nu < K; nu++) {
                for (int b = 0; b < M; b++) hat[nu] += chi[nu][b];
                hat[nu] /= r * M;
                h += n[nu] * xi[nu] * hat[nu];
            }
            double t = act(h);
            for (int mu = 0; mu < K; mu++) {
                out[mu] += p * xi[mu] * hat[mu] * t / (1 + rho);
                out[K + mu] += p * xi[mu] * t;
            }
        });
        return out;
    }

    /** Solve the unsupervised equations by damped iteration from the seed; returns n_{mu,a} then m_mu. */
    double[] solveUnsupervised(double[] seed) {
        double[] x = seed.clone();
        double[] out = unsupervised(x);
        for (int it = 0; it < 5000; it++) {
            double res = 0;
            for (int i = 0; i < x.length; i++) {
                res = Math.max(res, Math.abs(out[i] - x[i]));
                x[i] = 0.5 * x[i] + 0.5 * out[i];
            }
            out = unsupervised(x);
            if (res < 1e-14) break;
        }
        double[] all = new double[K * M + K];
        System.arraycopy(x, 0, all, 0, K * M);
        System.arraycopy(out, K * M, all, K * M, K);
        return all;
    }
}
