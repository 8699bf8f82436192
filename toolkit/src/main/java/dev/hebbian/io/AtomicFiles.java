package dev.hebbian.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files are written whole or not at all: the content goes to a temporary file in the same folder,
 * which is then moved over the target in one step. A failure leaves the target untouched and no
 * temporary file behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that writes to a stream and may fail. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Write {@code target} atomically with the given writer; parent folders are created. */
    public static Path write(Path target, Writer writer) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try { // temp files are private (0600); the result is an ordinary file (0644)
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: default permissions already
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return abs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + abs + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the target itself was not touched
                }
            }
        }
    }

    /** Write a UTF-8 string atomically. */
    public static Path writeString(Path target, String content) {
        return write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Check, before any work is done, that {@code target} can be written: its folder exists or can be
     * created, a file can be created in it, and the target is not a folder. {@code option} names the
     * parameter in the message (e.g. {@code --out}).
     *
     * @throws IllegalArgumentException naming the option, the path and the reason
     */
    public static Path checkWritable(String option, Path target) {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs))
            throw new IllegalArgumentException(option + " = " + target + " is a folder; give a file name");
        checkFolder(option, target, abs.getParent());
        return abs;
    }

    /** Like {@link #checkWritable} for an output folder: it exists or can be created, and files can be created in it. */
    public static Path checkWritableFolder(String option, Path folder) {
        Path abs = folder.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs))
            throw new IllegalArgumentException(option + " = " + folder + " is a file, not a folder");
        checkFolder(option, folder, abs);
        return abs;
    }

    /** The nearest existing ancestor of {@code dir} (or dir itself) must be a writable folder; nothing is created. */
    private static void checkFolder(String option, Path given, Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) p = p.getParent();
        if (p == null || !Files.isDirectory(p))
            throw new IllegalArgumentException(option + " = " + given + " cannot be written: " + (p == null ? "no existing folder above it"
                    : p + " is a file, not a folder"));
        if (!Files.isWritable(p))
            throw new IllegalArgumentException(option + " = " + given + " cannot be written: the folder " + p + " is not writable");
    }
}
