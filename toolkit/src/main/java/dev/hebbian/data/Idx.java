package dev.hebbian.data;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reader and writer of the IDX format of MNIST and Fashion-MNIST (docs/learning.md#real-data): a
 * 4-byte magic number (two zero bytes, a type code, the number of dimensions), the dimensions as
 * big-endian 32-bit integers, then the data, big-endian. Files may be gzip-compressed (detected from
 * their first bytes). Every inconsistency (bad magic, unknown type, truncated header or data,
 * trailing bytes, corrupt gzip stream) raises an {@link IdxFormatException} naming the file.
 */
public final class Idx {
    private Idx() {}

    /** Type code of unsigned bytes (the one MNIST uses). */
    public static final int UNSIGNED_BYTE = 0x08;

    /** An IDX array: type code, dimensions and raw big-endian data. */
    public record Array(int type, int[] dims, byte[] data) {
        public Array {
            dims = dims.clone();
            long n = elementSize(type);
            for (int d : dims) n *= d;
            if (n != data.length) {
                throw new IllegalArgumentException("data has " + data.length + " bytes, dims " + Arrays.toString(dims)
                        + " need " + n);
            }
        }

        @Override
        public int[] dims() {
            return dims.clone();
        }

        /** Number of items (the first dimension). */
        public int count() {
            return dims[0];
        }

        /** Entry k (flat index) of an unsigned-byte array, 0..255. */
        public int unsignedByte(long k) {
            return data[(int) k] & 0xFF;
        }
    }

    /** Bytes per element of a type code; an exception for an unknown code. */
    static int elementSize(int type) {
        return switch (type) {
            case 0x08, 0x09 -> 1;
            case 0x0B -> 2;
            case 0x0C, 0x0D -> 4;
            case 0x0E -> 8;
            default -> throw new IllegalArgumentException(String.format("unknown IDX type code 0x%02X", type));
        };
    }

    /** The largest IDX data this reader holds in memory (one Java array): about 2 GB. */
    public static final long MAX_DATA_BYTES = Integer.MAX_VALUE - 64;

    /**
     * Read an IDX file (gzip or plain). The header is read first; the declared size (a product of
     * dimensions, computed without overflow) is checked against {@link #MAX_DATA_BYTES} and, for a
     * plain file, against the file's length, before anything large is allocated. A gzip stream is
     * read only up to the declared length (one byte more tells that it is too long).
     */
    public static Array read(Path file) throws IOException {
        return read(file, MAX_DATA_BYTES);
    }

    /**
     * {@link #read(Path)} with a smaller limit on the data bytes (at most {@link #MAX_DATA_BYTES}): a file
     * or gzip stream that declares or holds more is refused, naming the file and both sizes, before the
     * data is allocated.
     */
    public static Array read(Path file, long maxDataBytes) throws IOException {
        if (maxDataBytes < 1 || maxDataBytes > MAX_DATA_BYTES)
            throw new dev.hebbian.Check.InvalidParameterException("maxDataBytes", maxDataBytes, "in [1, " + MAX_DATA_BYTES + "]");
        long fileSize = Files.size(file);
        boolean gzip;
        try (InputStream probe = Files.newInputStream(file)) {
            int b0 = probe.read(), b1 = probe.read();
            gzip = b0 == 0x1F && b1 == 0x8B;
        }
        if (!gzip && fileSize > maxDataBytes + 4 + 4 * 255)
            throw new IdxFormatException(file + ": " + fileSize + " bytes is larger than the " + maxDataBytes
                    + " bytes of data this reader holds in memory");
        try (InputStream in = gzip ? new GZIPInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)), 65536)
                : new java.io.BufferedInputStream(Files.newInputStream(file), 65536)) {
            String name = gzip ? file + " (gzip)" : file.toString();
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 0 || magic[1] != 0 || (magic[3] & 0xFF) == 0)
                return parse(magic, name); // the header checks give the message
            int ndims = magic[3] & 0xFF;
            byte[] dimBytes = in.readNBytes(4 * ndims);
            byte[] head = new byte[4 + dimBytes.length];
            System.arraycopy(magic, 0, head, 0, 4);
            System.arraycopy(dimBytes, 0, head, 4, dimBytes.length);
            if (dimBytes.length < 4 * ndims) return parse(head, name);
            long expected = declaredBytes(head, name, maxDataBytes);
            if (!gzip) {
                long have = fileSize - head.length;
                if (have != expected) return parse(head, name, have, maxDataBytes);
            }
            byte[] data = in.readNBytes((int) expected);
            if (data.length < expected)
                throw new IdxFormatException(name + ": truncated data: dimensions " + Arrays.toString(dims(head)) + " need " + expected
                        + " bytes after the header, only " + data.length + " present" + (gzip ? " in the gzip stream" : ""));
            if (in.read() >= 0)
                throw new IdxFormatException(name + ": more bytes than the dimensions " + Arrays.toString(dims(head)) + " declare ("
                        + expected + " bytes of data)" + (gzip ? " in the gzip stream (" + fileSize + " bytes compressed); reading stopped there" : "")
                        + ": corrupt file or wrong dimensions");
            return new Array(head[2] & 0xFF, dims(head), data);
        } catch (EOFException e) {
            throw new IdxFormatException(file + ": truncated gzip stream (the download is incomplete?)", e);
        } catch (ZipException e) {
            throw new IdxFormatException(file + ": corrupt gzip stream: " + e.getMessage(), e);
        }
    }

    private static int[] dims(byte[] head) {
        ByteBuffer bb = ByteBuffer.wrap(head);
        int[] d = new int[(head.length - 4) / 4];
        for (int k = 0; k < d.length; k++) d[k] = bb.getInt(4 + 4 * k);
        return d;
    }

    /** The data bytes declared by a complete header, checked for overflow and against {@link #MAX_DATA_BYTES}. */
    private static long declaredBytes(byte[] head, String name, long maxDataBytes) throws IdxFormatException {
        int type = head[2] & 0xFF;
        long expected;
        try {
            expected = elementSize(type);
        } catch (IllegalArgumentException e) {
            throw new IdxFormatException(String.format("%s: bad magic number 0x%08X: %s", name, ByteBuffer.wrap(head, 0, 4).getInt(), e.getMessage()));
        }
        int ndims = head[3] & 0xFF;
        ByteBuffer bb = ByteBuffer.wrap(head);
        long[] dl = new long[ndims];
        boolean overflow = false;
        for (int k = 0; k < ndims; k++) {
            long d = bb.getInt(4 + 4 * k) & 0xFFFFFFFFL;
            dl[k] = d;
            if (d > Integer.MAX_VALUE) throw new IdxFormatException(name + ": dimension " + k + " = " + d + " is too large");
            try {
                expected = Math.multiplyExact(expected, d);
            } catch (ArithmeticException e) {
                overflow = true;
            }
        }
        if (overflow || expected > maxDataBytes)
            throw new IdxFormatException(name + ": dimensions " + Arrays.toString(dl) + " declare "
                    + (overflow ? "more than 9.2e18" : Long.toString(expected)) + " bytes of data, more than the " + maxDataBytes
                    + " bytes this reader holds in memory");
        return expected;
    }

    private static Array parse(byte[] head, String name, long have, long maxDataBytes) throws IdxFormatException {
        long expected = declaredBytes(head, name, maxDataBytes);
        if (have < expected)
            throw new IdxFormatException(name + ": truncated data: dimensions " + Arrays.toString(dims(head)) + " need " + expected
                    + " bytes after the header, only " + have + " present");
        throw new IdxFormatException(name + ": " + (have - expected) + " unexpected bytes after the data declared by dimensions "
                + Arrays.toString(dims(head)) + " (corrupt file or wrong dimensions)");
    }

    /** Parse IDX bytes (uncompressed); {@code name} is used in error messages. */
    public static Array parse(byte[] bytes, String name) throws IdxFormatException {
        if (bytes.length < 4) {
            throw new IdxFormatException(name + ": " + bytes.length + " bytes is too short for an IDX header (4-byte magic number)");
        }
        int magic = ByteBuffer.wrap(bytes, 0, 4).getInt();
        if (bytes[0] != 0 || bytes[1] != 0) {
            throw new IdxFormatException(String.format("%s: bad magic number 0x%08X: an IDX file starts with two zero bytes "
                    + "(0x00000803 for images, 0x00000801 for labels)", name, magic));
        }
        int type = bytes[2] & 0xFF;
        int size;
        try {
            size = elementSize(type);
        } catch (IllegalArgumentException e) {
            throw new IdxFormatException(String.format("%s: bad magic number 0x%08X: %s", name, magic, e.getMessage()));
        }
        if (size <= 0) throw new IdxFormatException(name + ": bad type");
        int ndims = bytes[3] & 0xFF;
        if (ndims == 0) throw new IdxFormatException(name + ": the magic number declares 0 dimensions");
        int header = 4 + 4 * ndims;
        if (bytes.length < header) {
            throw new IdxFormatException(name + ": truncated header: " + ndims + " dimensions need " + header
                    + " bytes, the file has " + bytes.length);
        }
        int[] dims = dims(Arrays.copyOf(bytes, header));
        long expected = declaredBytes(Arrays.copyOf(bytes, header), name, MAX_DATA_BYTES);
        long have = bytes.length - header;
        if (have < expected) {
            throw new IdxFormatException(name + ": truncated data: dimensions " + Arrays.toString(dims) + " need " + expected
                    + " bytes after the header, only " + have + " present");
        }
        if (have > expected) {
            throw new IdxFormatException(name + ": " + (have - expected) + " unexpected bytes after the data declared by dimensions "
                    + Arrays.toString(dims) + " (corrupt file or wrong dimensions)");
        }
        return new Array(type, dims, Arrays.copyOfRange(bytes, header, bytes.length));
    }

    /** The IDX bytes (uncompressed) of an array. */
    public static byte[] toBytes(Array a) {
        ByteBuffer bb = ByteBuffer.allocate(4 + 4 * a.dims().length + a.data().length);
        bb.put((byte) 0).put((byte) 0).put((byte) a.type()).put((byte) a.dims().length);
        for (int d : a.dims()) bb.putInt(d);
        bb.put(a.data());
        return bb.array();
    }

    /** Write an array as an IDX file, gzip-compressed if {@code gzip}. */
    public static void write(Path file, Array a, boolean gzip) throws IOException {
        byte[] bytes = toBytes(a);
        if (!gzip) {
            Files.write(file, bytes);
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buf)) {
            out.write(bytes);
        }
        Files.write(file, buf.toByteArray());
    }

    /** An unsigned-byte array of items x rows x cols images. */
    public static Array images(int count, int rows, int cols, byte[] pixels) {
        return new Array(UNSIGNED_BYTE, new int[] {count, rows, cols}, pixels);
    }

    /** An unsigned-byte array of labels. */
    public static Array labels(byte[] labels) {
        return new Array(UNSIGNED_BYTE, new int[] {labels.length}, labels);
    }
}
