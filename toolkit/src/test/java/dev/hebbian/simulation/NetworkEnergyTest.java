package dev.hebbian.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The O(K) overlap/Newton-identity energy and fields against brute-force tuple enumeration (N <= 10). */
class NetworkEnergyTest {
    static double[][] patterns(int K, int N, String kind, SplittableRandom rng) {
        double[][] u = new double[K][N];
        for (int mu = 0; mu < K; mu++) {
            for (int i = 0; i < N; i++) {
                u[mu][i] = switch (kind) {
                    case "binary" -> rng.nextBoolean() ? 1 : -1;
                    case "diluted" -> rng.nextInt(3) - 1;
                    default -> rng.nextDouble(-1.5, 1.5);
                };
            }
        }
        return u;
    }

    @ParameterizedTest
    @CsvSource({"2,10,binary", "4,8,binary", "6,7,binary", "2,9,diluted", "4,8,diluted", "6,7,diluted",
            "2,9,real", "4,8,real", "6,7,real"})
    void energyAndFieldsMatchEnumeration(int P, int N, String kind) {
        SplittableRandom rng = new SplittableRandom(P * 100 + N);
        int K = 3;
        double[][] u = patterns(K, N, kind, rng);
        double[] w = {1.0, 0.5, 2.0};
        for (Interaction inter : Interaction.values()) {
            Couplings c = Couplings.of(P, u, w, inter);
            for (int rep = 0; rep < 3; rep++) {
                byte[] s = new byte[N];
                for (int i = 0; i < N; i++) s[i] = (byte) (rng.nextBoolean() ? 1 : -1);
                boolean distinct = inter == Interaction.DISTINCT_TUPLES;
                double brute = BruteForce.energy(P, u, w, s, distinct);
                double scale = Math.max(1, Math.abs(brute));
                assertThat(c.energy(s)).as("energy %s %s", inter, kind).isCloseTo(brute, within(1e-10 * scale));
                Chain chain = new Chain(c, s);
                assertThat(chain.energy()).isCloseTo(brute, within(1e-10 * scale));
                for (int i = 0; i < N; i++) {
                    byte[] up = s.clone(), down = s.clone();
                    up[i] = 1;
                    down[i] = -1;
                    double h = -(BruteForce.energy(P, u, w, up, distinct) - BruteForce.energy(P, u, w, down, distinct)) / 2;
                    assertThat(chain.field(i)).as("field %d %s %s", i, inter, kind).isCloseTo(h, within(1e-10 * scale));
                }
                // after some updates the maintained power sums still give the enumerated energy
                chain.sweep(0.7, rng);
                double after = BruteForce.energy(P, u, w, chain.spins(), distinct);
                assertThat(chain.energy()).isCloseTo(after, within(1e-9 * scale));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"2", "4", "6"})
    void distinctEnergyIsMinusHalfNmToThePUpToOrderOne(int P) {
        // docs/conventions.md: N tilde m^P = N m^P + O(1): at sigma = xi, H = -(N/2)(1 + O(1/N)) for one pattern
        int N = 400;
        byte[][] xi = new byte[1][N];
        java.util.Arrays.fill(xi[0], (byte) 1);
        Couplings c = Couplings.storage(P, xi);
        double h = c.energy(xi[0]);
        // exact: -(P!/(2N^(P-1))) C(N, P)
        double binom = 1;
        for (int k = 0; k < P; k++) binom *= (double) (N - k) / (k + 1);
        double exact = -CanonicalLoad.factorial(P) / (2 * Math.pow(N, P - 1)) * binom;
        assertThat(h).isCloseTo(exact, within(1e-9 * N));
        assertThat(h / N).isCloseTo(-0.5, within(P * P / (double) N));
    }
}
