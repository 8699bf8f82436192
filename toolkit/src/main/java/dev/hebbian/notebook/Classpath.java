package dev.hebbian.notebook;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The toolkit's runtime classpath as a list of absolute paths: the JVM's class path with every
 * jar's manifest {@code Class-Path} expanded (so {@code java -jar toolkit.jar} yields the jar and its
 * {@code lib/} folder). Notebook runners and kernelspecs get exactly this list.
 */
public final class Classpath {
    private Classpath() {}

    /** The expanded class path of this JVM. */
    public static List<String> current() {
        Set<String> out = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isBlank()) add(Path.of(e).toAbsolutePath().normalize(), out);
        }
        return new ArrayList<>(out);
    }

    /** The jar (or classes folder) this class was loaded from. */
    public static Path toolkitLocation() {
        try {
            return Path.of(Classpath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the toolkit's jar: " + e.getMessage(), e);
        }
    }

    private static void add(Path p, Set<String> out) {
        if (!out.add(p.toString())) return;
        if (!p.toString().endsWith(".jar") || !Files.isRegularFile(p)) return;
        try (JarFile jar = new JarFile(p.toFile())) {
            Manifest m = jar.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (cp == null) return;
            for (String entry : cp.trim().split("\\s+")) {
                if (entry.isEmpty()) continue;
                Path q = entry.startsWith("file:") ? Path.of(URI.create(entry)) : p.getParent().resolve(entry);
                if (Files.exists(q)) add(q.toAbsolutePath().normalize(), out);
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable jar: keep the entry itself
        }
    }
}
