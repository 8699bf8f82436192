package dev.hebbian.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * Labelled grey-level images (MNIST, Fashion-MNIST) and the docs/learning.md#real-data pipeline:
 * binarisation to +-1, class archetypes as the majority vote of the binarised class images (ties +1),
 * and random examples of a class. Immutable.
 */
public final class ImageSet {
    private final int count;
    private final int rows;
    private final int cols;
    private final byte[] pixels;
    private final byte[] labels;

    private ImageSet(int count, int rows, int cols, byte[] pixels, byte[] labels) {
        this.count = count;
        this.rows = rows;
        this.cols = cols;
        this.pixels = pixels;
        this.labels = labels;
    }

    /** Read an image file (idx3, unsigned bytes) and its label file (idx1), gzip or not; checks they match. */
    public static ImageSet read(Path images, Path labels) throws IOException {
        Idx.Array im = Idx.read(images);
        Idx.Array lb = Idx.read(labels);
        if (im.type() != Idx.UNSIGNED_BYTE || im.dims().length != 3) {
            throw new IdxFormatException(images + ": expected unsigned-byte images with 3 dimensions (magic 0x00000803), got type "
                    + String.format("0x%02X", im.type()) + " with " + im.dims().length + " dimensions");
        }
        if (lb.type() != Idx.UNSIGNED_BYTE || lb.dims().length != 1) {
            throw new IdxFormatException(labels + ": expected unsigned-byte labels with 1 dimension (magic 0x00000801), got type "
                    + String.format("0x%02X", lb.type()) + " with " + lb.dims().length + " dimensions");
        }
        if (im.count() != lb.count()) {
            throw new IdxFormatException(images + " has " + im.count() + " images but " + labels + " has " + lb.count() + " labels");
        }
        return new ImageSet(im.count(), im.dims()[1], im.dims()[2], im.data(), lb.data());
    }

    /** Images from memory: count x rows x cols grey levels 0..255 and one label per image. */
    public static ImageSet of(int rows, int cols, byte[] pixels, byte[] labels) {
        Check.atLeast("rows", rows, 1);
        Check.atLeast("cols", cols, 1);
        if (pixels.length != (long) labels.length * rows * cols) {
            throw new IllegalArgumentException(pixels.length + " pixels do not make " + labels.length + " images of " + rows + "x" + cols);
        }
        return new ImageSet(labels.length, rows, cols, pixels.clone(), labels.clone());
    }

    public int count() {
        return count;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Pixels per image, the number of neurons N. */
    public int N() {
        return rows * cols;
    }

    /** Label of image k. */
    public int label(int k) {
        return labels[k] & 0xFF;
    }

    /** Grey level 0..255 of pixel i of image k. */
    public int pixel(int k, int i) {
        return pixels[k * N() + i] & 0xFF;
    }

    /** The distinct labels, sorted. */
    public int[] classes() {
        boolean[] seen = new boolean[256];
        for (byte b : labels) seen[b & 0xFF] = true;
        return java.util.stream.IntStream.range(0, 256).filter(l -> seen[l]).toArray();
    }

    /** Indices of the images with label {@code c}. */
    public int[] indicesOf(int c) {
        return java.util.stream.IntStream.range(0, count).filter(k -> label(k) == c).toArray();
    }

    /** Image k binarised: +1 where the grey level exceeds {@code threshold}, else -1 (default threshold 127.5). */
    public byte[] binarised(int k, double threshold) {
        byte[] s = new byte[N()];
        for (int i = 0; i < s.length; i++) s[i] = pixel(k, i) > threshold ? (byte) 1 : (byte) -1;
        return s;
    }

    /** Image k binarised at 127.5. */
    public byte[] binarised(int k) {
        return binarised(k, 127.5);
    }

    /** Image k binarised at its own mean grey level (mean-thresholding option of docs/learning.md#real-data). */
    public byte[] binarisedAtMean(int k) {
        double mean = 0;
        for (int i = 0; i < N(); i++) mean += pixel(k, i);
        return binarised(k, mean / N());
    }

    /** Class archetype: sign of the average binarised image of class c (majority vote, ties +1). */
    public byte[] archetype(int c) {
        int[] idx = indicesOf(c);
        if (idx.length == 0) throw new IllegalArgumentException("no image has label " + c);
        int[] sum = new int[N()];
        for (int k : idx) {
            byte[] b = binarised(k);
            for (int i = 0; i < sum.length; i++) sum[i] += b[i];
        }
        byte[] a = new byte[N()];
        for (int i = 0; i < a.length; i++) a[i] = sum[i] >= 0 ? (byte) 1 : (byte) -1;
        return a;
    }

    /** M distinct random images of class c, binarised (without replacement). */
    public byte[][] examples(int c, int M, SplittableRandom rng) {
        Check.atLeast("M", M, 1);
        int[] idx = indicesOf(c);
        if (M > idx.length) throw new Check.InvalidParameterException("M", M, "<= " + idx.length + " (images of class " + c + ")");
        int[] pick = idx.clone();
        for (int k = 0; k < M; k++) {
            int j = k + rng.nextInt(pick.length - k);
            int t = pick[k];
            pick[k] = pick[j];
            pick[j] = t;
        }
        byte[][] ex = new byte[M][];
        for (int k = 0; k < M; k++) ex[k] = binarised(pick[k]);
        return ex;
    }

    /**
     * A dataset for the networks: the archetypes of the given classes (from all their images) and M
     * random examples of each; r is the empirical quality (docs/learning.md#real-data).
     */
    public Dataset dataset(int[] classes, int M, SplittableRandom rng) {
        Check.atLeast("classes", classes.length, 1);
        byte[][] xi = new byte[classes.length][];
        byte[][][] eta = new byte[classes.length][][];
        for (int k = 0; k < classes.length; k++) {
            xi[k] = archetype(classes[k]);
            eta[k] = examples(classes[k], M, rng);
        }
        return Dataset.of(xi, eta);
    }

    @Override
    public String toString() {
        return "ImageSet[" + count + " images " + rows + "x" + cols + ", classes " + Arrays.toString(classes()) + "]";
    }
}
