package dev.hebbian.simulation.modern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.hebbian.simulation.modern.ImageRecall.Corruption;

/** Image retrieval on random +-1 "images" whose answers are known: mild damage is repaired by every network, total damage by none. */
class ImageRecallTest {
    static byte[][] random(int K, int N, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        byte[][] x = new byte[K][N];
        for (byte[] r : x) for (int i = 0; i < N; i++) r[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
        return x;
    }

    @Test
    void mildDamageIsRepairedAndPureNoiseIsNot() {
        byte[][] x = random(8, 100, 1);
        for (Corruption c : Corruption.values()) {
            ImageRecall.Query[] q = ImageRecall.queries(x, 10, c, c == Corruption.FLIP ? 0.1 : 0.3, 30, 2);
            ImageRecall.Outcome m = ImageRecall.modern(x, 0.5, q, c, 0.1, 3);
            assertThat(m.accuracy()).isEqualTo(1.0);
            assertThat(m.overlap()).isEqualTo(1.0);
            assertThat(m.outputs()).hasNumberOfRows(3);
            ImageRecall.Outcome ex = ImageRecall.exponential(x, 1, q, c, 0.1, 0);
            assertThat(ex.accuracy()).as("exponential, %s", c).isEqualTo(1.0);
            assertThat(ex.overlap()).isEqualTo(1.0);
            for (int P : new int[] {2, 4}) {
                ImageRecall.Outcome d = ImageRecall.dense(P, x, q, c, 0.1, 0, 3);
                assertThat(d.accuracy()).as("P = %d, %s", P, c).isEqualTo(1.0);
                assertThat(d.overlap()).isGreaterThan(0.95);
            }
        }
        // flip probability 1/2: the query carries no information, accuracy at chance 1/K
        ImageRecall.Query[] noise = ImageRecall.queries(x, 10, Corruption.FLIP, 0.5, 200, 4);
        assertThat(ImageRecall.modern(x, 0.5, noise, Corruption.FLIP, 0.5, 0).accuracy()).isBetween(0.04, 0.25);
        // a fully masked query: the modern network sees xi = 0 and returns the average of the patterns
        ImageRecall.Query[] blank = ImageRecall.queries(x, 10, Corruption.MASK, 1.0, 5, 4);
        assertThat(blank[0].continuous()).containsOnly(0.0);
    }

    @Test
    void exponentialDynamicsIsTheMaximumOverlapRuleAtLargeBeta() {
        // two patterns and a state closer to the second: the T = 0 dynamics of -lse goes to the pattern of larger overlap
        byte[][] x = {{1, 1, 1, 1, 1, 1}, {1, 1, 1, -1, -1, -1}};
        ImageRecall.Query q = new ImageRecall.Query(1, new byte[] {1, 1, -1, -1, -1, 1}, new double[6]);
        ImageRecall.Outcome o = ImageRecall.exponential(x, 5, new ImageRecall.Query[] {q}, Corruption.FLIP, 0, 1);
        assertThat(o.outputs()[0]).containsExactly(x[1]);
        assertThat(o.accuracy()).isEqualTo(1.0);
        assertThatThrownBy(() -> ImageRecall.exponential(x, 0, new ImageRecall.Query[] {q}, Corruption.FLIP, 0, 1)).hasMessageContaining("beta = 0.0");
    }

    @Test
    void badInput() {
        byte[][] x = random(2, 10, 1);
        assertThatThrownBy(() -> ImageRecall.queries(x, 3, Corruption.FLIP, 0.1, 1, 1)).hasMessageContaining("rows = 3").hasMessageContaining("N = 10");
        assertThatThrownBy(() -> ImageRecall.queries(x, 2, Corruption.FLIP, 1.5, 1, 1)).hasMessageContaining("level = 1.5");
    }
}
