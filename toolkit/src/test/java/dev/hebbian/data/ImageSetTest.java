package dev.hebbian.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Binarisation, class archetypes (majority vote, ties +1), example sampling and empirical quality. */
class ImageSetTest {
    @Test
    void archetypeIsTheMajorityVoteWithTiesPlus() {
        // 2x2 images: class 0 has three images, class 1 two (a tie at every pixel where they disagree)
        byte[] px = {
                (byte) 200, 10, (byte) 200, 10,
                (byte) 200, (byte) 200, 10, 10,
                10, 10, (byte) 200, 10,
                (byte) 255, 0, (byte) 128, 127,
                0, (byte) 255, 127, (byte) 128};
        byte[] lb = {0, 0, 0, 1, 1};
        ImageSet s = ImageSet.of(2, 2, px, lb);
        assertThat(s.binarised(3)).containsExactly(1, -1, 1, -1); // 128 > 127.5, 127 is not
        assertThat(s.archetype(0)).containsExactly(1, -1, 1, -1);
        assertThat(s.archetype(1)).containsExactly(1, 1, 1, 1); // every pixel ties: +1
        assertThat(s.binarisedAtMean(0)).containsExactly(1, -1, 1, -1);
    }

    @Test
    void examplesAreDistinctImagesOfTheClass() {
        int n = 40;
        byte[] px = new byte[n * 4];
        byte[] lb = new byte[n];
        for (int k = 0; k < n; k++) {
            lb[k] = (byte) (k % 2);
            px[4 * k] = (byte) (k * 6); // a distinct first pixel encodes the image index
            px[4 * k + 1] = (byte) (lb[k] == 0 ? 255 : 0);
        }
        ImageSet s = ImageSet.of(2, 2, px, lb);
        byte[][] ex = s.examples(1, 20, new SplittableRandom(1));
        assertThat(ex).hasNumberOfRows(20);
        for (byte[] e : ex) assertThat(e[1]).isEqualTo((byte) -1);
        assertThatThrownBy(() -> s.examples(1, 21, new SplittableRandom(1))).hasMessageContaining("M = 21");
        Dataset ds = s.dataset(new int[] {0, 1}, 5, new SplittableRandom(2));
        assertThat(ds.K()).isEqualTo(2);
        assertThat(ds.M()).isEqualTo(5);
        assertThat(ds.r()).isBetween(-1.0, 1.0);
    }

    @Test
    void syntheticDatasetHasTheRequestedStatistics() {
        Dataset ds = Dataset.synthetic(3, 20_000, 8, 0.6, 0.3, 5);
        assertThat(ds.rho()).isCloseTo((1 - 0.36) / (8 * 0.36), within(1e-12));
        assertThat(ds.R()).isCloseTo(0.36 + 0.64 / 8, within(1e-12));
        long blanks = 0, agree = 0, nonBlank = 0;
        for (int mu = 0; mu < 3; mu++) {
            byte[] xi = ds.archetype(mu);
            for (int i = 0; i < xi.length; i++) if (xi[i] == 0) blanks++;
            for (int a = 0; a < 8; a++) {
                byte[] e = ds.example(mu, a);
                for (int i = 0; i < xi.length; i++) {
                    if (xi[i] == 0) assertThat(e[i]).isZero(); // blanks are inherited
                    else {
                        nonBlank++;
                        agree += e[i] * xi[i];
                    }
                }
            }
        }
        assertThat(blanks / 60_000.0).isCloseTo(0.3, within(0.01));
        assertThat((double) agree / nonBlank).isCloseTo(0.6, within(0.01)); // E[chi] = r
        // same seed, same data
        assertThat(Dataset.synthetic(3, 100, 2, 0.6, 0.3, 5).example(2, 1)).isEqualTo(Dataset.synthetic(3, 100, 2, 0.6, 0.3, 5).example(2, 1));
        assertThatThrownBy(() -> Dataset.synthetic(3, 100, 2, 1.5, 0, 1)).hasMessage("r = 1.5 is out of range: must be in [0.0, 1.0]");
        assertThatThrownBy(() -> Dataset.synthetic(3, 100, 0, 0.5, 0, 1)).hasMessageStartingWith("M = 0");
        assertThatThrownBy(() -> Dataset.synthetic(3, 100, 2, 0.5, 1, 1)).hasMessageStartingWith("d = 1.0");
    }
}
