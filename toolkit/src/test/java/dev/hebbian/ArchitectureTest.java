package dev.hebbian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Layering: the theory (dev.hebbian.theory.**) is pure computation. No class under it may use the simulations,
 * the command line, file input/output, the notebook support or the file system. Checked twice: in the source
 * (imports, static imports and fully qualified names, with comments and string literals blanked out) and in the
 * compiled classes (the class names in their constant pools). The scanner itself is tested on made-up sources, so
 * a scanner that finds nothing cannot pass for a clean theory.
 */
class ArchitectureTest {
    /** Packages the theory must not use (source form). */
    static final List<String> FORBIDDEN = List.of("dev.hebbian.simulation", "dev.hebbian.cli", "dev.hebbian.io",
            "dev.hebbian.notebook", "java.nio.file");

    private static final Pattern REFERENCE;

    static {
        StringBuilder b = new StringBuilder("\\b(");
        for (int i = 0; i < FORBIDDEN.size(); i++) b.append(i == 0 ? "" : "|").append(FORBIDDEN.get(i).replace(".", "\\s*\\.\\s*"));
        REFERENCE = Pattern.compile(b.append(")\\b").toString());
    }

    /** The source with comments, string, text-block and char literals replaced by spaces (line breaks kept). */
    static String code(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0, n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') i = blank(src, out, i);
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                i = blank(src, out, blank(src, out, i));
                while (i < n && !(src.charAt(i) == '*' && i + 1 < n && src.charAt(i + 1) == '/')) i = blank(src, out, i);
                if (i < n) i = blank(src, out, blank(src, out, i));
            } else if (src.startsWith("\"\"\"", i)) {
                for (int k = 0; k < 3; k++) i = blank(src, out, i);
                while (i < n && !src.startsWith("\"\"\"", i)) i = src.charAt(i) == '\\' ? blank(src, out, blank(src, out, i)) : blank(src, out, i);
                for (int k = 0; k < 3 && i < n; k++) i = blank(src, out, i);
            } else if (c == '"' || c == '\'') {
                i = blank(src, out, i);
                while (i < n && src.charAt(i) != c && src.charAt(i) != '\n')
                    i = src.charAt(i) == '\\' && i + 1 < n ? blank(src, out, blank(src, out, i)) : blank(src, out, i);
                if (i < n) i = blank(src, out, i);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(String src, StringBuilder out, int i) {
        out.append(src.charAt(i) == '\n' ? '\n' : ' ');
        return i + 1;
    }

    /** "line N: reference" for every forbidden reference in the code of one source file. */
    static List<String> violations(String src) {
        String code = code(src);
        List<String> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            int line = 1;
            for (int k = 0; k < m.start(); k++) if (code.charAt(k) == '\n') line++;
            found.add("line " + line + ": " + m.group().replaceAll("\\s+", ""));
        }
        return found;
    }

    /** The forbidden packages a compiled class refers to (class names in the constant pool, internal form a/b/C). */
    static List<String> classViolations(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        List<String> found = new ArrayList<>();
        for (String f : FORBIDDEN) if (text.contains(f.replace('.', '/') + "/")) found.add(f);
        return found;
    }

    static Path theorySources() {
        for (Path p : List.of(Path.of("src/main/java/dev/hebbian/theory"), Path.of("toolkit/src/main/java/dev/hebbian/theory")))
            if (Files.isDirectory(p)) return p;
        throw new AssertionError("theory sources not found from " + Path.of("").toAbsolutePath() + " (run from the repository or the toolkit module)");
    }

    @Test
    void theorySourcesUseNoSimulationCliIoNotebookOrFileSystem() throws IOException {
        List<String> bad = new ArrayList<>();
        int files;
        try (Stream<Path> s = Files.walk(theorySources())) {
            List<Path> java = s.filter(p -> p.toString().endsWith(".java")).toList();
            files = java.size();
            for (Path p : java)
                for (String v : violations(Files.readString(p))) bad.add(theorySources().relativize(p) + " " + v);
        }
        assertThat(files).as("theory source files scanned").isGreaterThan(20);
        assertThat(bad).as("forbidden references in dev.hebbian.theory (move the code up a layer, e.g. to dev.hebbian)").isEmpty();
    }

    @Test
    void compiledTheoryClassesReferToNoSimulationCliIoNotebookOrFileSystem() throws IOException, URISyntaxException {
        Path root = Path.of(dev.hebbian.theory.exponential.ExponentialCapacity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path theory = root.resolve("dev/hebbian/theory");
        if (!Files.isDirectory(theory)) return;  // the classes are in a jar (integration tests): the source scan above holds
        List<String> bad = new ArrayList<>();
        int classes;
        try (Stream<Path> s = Files.walk(theory)) {
            List<Path> cls = s.filter(p -> p.toString().endsWith(".class")).toList();
            classes = cls.size();
            for (Path p : cls)
                for (String v : classViolations(Files.readAllBytes(p))) bad.add(root.relativize(p) + " -> " + v);
        }
        assertThat(classes).as("theory classes scanned").isGreaterThan(20);
        assertThat(bad).as("compiled theory classes referring to forbidden packages").isEmpty();
    }

    /** Class names are unique across packages (one name, one concept; no import can pick the wrong one). */
    @Test
    void everyMainClassHasAUniqueSimpleName() throws IOException {
        Path main = Files.isDirectory(Path.of("src/main/java")) ? Path.of("src/main/java") : Path.of("toolkit/src/main/java");
        java.util.Map<String, List<String>> byName = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(main)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"))
                    .forEach(f -> byName.computeIfAbsent(f.getFileName().toString(), k -> new ArrayList<>()).add(main.relativize(f).toString()));
        }
        assertThat(byName).as("Java files under " + main).hasSizeGreaterThan(100);
        assertThat(byName.values().stream().filter(l -> l.size() > 1).toList()).as("simple names used twice").isEmpty();
    }

    @Test
    void theScannerFindsEveryFormOfReferenceAndIgnoresCommentsAndStrings() {
        String src = """
                package dev.hebbian.theory.x;
                import dev.hebbian.simulation.exponential.Enumeration;
                import static dev.hebbian.cli.Format.print;
                import java.nio.file.Path;
                // import dev.hebbian.io.AtomicFiles;  (a comment)
                /** {@link dev.hebbian.notebook.Notebook} in javadoc */
                class X {
                    String s = "dev.hebbian.io.AtomicFiles in a string";
                    Object o = dev.hebbian.notebook.Mode.quick();
                    Object q = dev.hebbian . io . AtomicFiles.class;
                    Object fine = dev.hebbian.theory.exponential.ExponentialCapacity.class;
                    Object alsoFine = dev.hebbian.simulationLike.Thing.class;
                }
                """;
        assertThat(violations(src)).containsExactly("line 2: dev.hebbian.simulation", "line 3: dev.hebbian.cli", "line 4: java.nio.file",
                "line 9: dev.hebbian.notebook", "line 10: dev.hebbian.io");
        assertThat(violations("class Y { char c = '\"'; Object p = java.nio.file.Paths.get(\"x\"); }")).containsExactly("line 1: java.nio.file");
        assertThat(classViolations("....Ldev/hebbian/simulation/modern/ExponentialLoad;....".getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly("dev.hebbian.simulation");
        assertThat(classViolations("....dev/hebbian/theory/modern/Patterns....java/nio/charset/Charset".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }
}
