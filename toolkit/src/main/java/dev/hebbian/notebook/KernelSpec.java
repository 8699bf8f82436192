package dev.hebbian.notebook;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a Jupyter kernelspec that starts a Java kernel (rapaio, IJava or JJava) with the toolkit on
 * its classpath, through the kernel's own environment variable ({@code RJK_CLASSPATH},
 * {@code IJAVA_CLASSPATH}, {@code JJAVA_CLASSPATH}). No kernel magics are needed in notebooks.
 */
public final class KernelSpec {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The Java kernels the toolkit supports. */
    public enum Kernel {
        /** rapaio splits RJK_CLASSPATH on ';' on every platform (read from its JavaEngine.Builder). */
        rapaio("RJK_CLASSPATH", "rapaio-jupyter-kernel", ";"),
        /** IJava splits IJAVA_CLASSPATH on the platform's path separator. */
        ijava("IJAVA_CLASSPATH", "ijava", File.pathSeparator),
        /** JJava keeps IJava's rule for JJAVA_CLASSPATH. */
        jjava("JJAVA_CLASSPATH", "jjava", File.pathSeparator);

        final String classpathVariable;
        final String jarPrefix;
        final String separator;

        Kernel(String classpathVariable, String jarPrefix, String separator) {
            this.classpathVariable = classpathVariable;
            this.jarPrefix = jarPrefix;
            this.separator = separator;
        }

        public String classpathVariable() {
            return classpathVariable;
        }
    }

    /** The default kernelspec name: notebooks of this project ask for it. */
    public static final String DEFAULT_NAME = "dense-hebbian";

    private KernelSpec() {}

    /** The kernels folder for a prefix ({@code PREFIX/share/jupyter/kernels}). */
    public static Path kernelsDirForPrefix(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    /** The user's kernels folder ({@code $XDG_DATA_HOME/jupyter/kernels} or ~/.local/share/jupyter/kernels). */
    public static Path userKernelsDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("jupyter").resolve("kernels");
    }

    /**
     * Install the kernelspec {@code name} in {@code kernelsDir}.
     *
     * @param kernelJar the kernel's jar; null: for rapaio the jar the build copied beside the toolkit,
     *                  for IJava/JJava the argv of an already installed {@code java} kernelspec
     * @param env       extra environment variables for the kernel (e.g. HEBBIAN_QUICK=1)
     * @return the folder written
     */
    public static Path install(Kernel kernel, Path kernelJar, Path kernelsDir, String name, List<String> classpath,
                               Map<String, String> env, List<String> jvmOptions) {
        return install(kernel, kernelJar, kernelsDir, name, classpath, env, jvmOptions, searchPath());
    }

    /** As above, deriving IJava/JJava specs from the kernels folders in {@code searchPath}. */
    static Path install(Kernel kernel, Path kernelJar, Path kernelsDir, String name, List<String> classpath,
                        Map<String, String> env, List<String> jvmOptions, List<Path> searchPath) {
        if (name == null || !name.matches("[A-Za-z0-9._-]+"))
            throw new IllegalArgumentException("--name = '" + name + "' is not valid: must be letters, digits, '.', '_' or '-'");
        Path target = kernelsDir.resolve(name).toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> argv = new ArrayList<>();
        Path jarToCopy = null;
        if (kernelJar == null && kernel == Kernel.rapaio) kernelJar = bundledRapaioJar();
        if (kernelJar != null) {
            if (!Files.isRegularFile(kernelJar))
                throw new IllegalArgumentException("--kernel-jar = " + kernelJar + " is not a file: must be the " + kernel + " kernel's jar");
            jarToCopy = kernelJar;
            argv.add(java);
            argv.addAll(jvmOptions);
            argv.addAll(dev.hebbian.compute.Cluster.JVM_OPTIONS); // what Spark needs on Java 17 (docs/cluster.md)
            argv.add("-jar");
            argv.add(target.resolve(kernelJar.getFileName()).toString());
            argv.add("{connection_file}");
        } else {
            Path existing = findInstalledJavaKernel(kernel, searchPath).orElseThrow(() -> new IllegalArgumentException(
                    "--kernel-jar is required for --kernel " + kernel + ": no installed 'java' kernelspec of "
                            + kernel + " was found in " + searchPath));
            JsonNode spec = readJson(existing.resolve("kernel.json"));
            for (JsonNode a : spec.get("argv"))
                argv.add(a.asText().replace("{resource_dir}", existing.toAbsolutePath().toString()));
        }
        ObjectNode spec = JSON.createObjectNode();
        ArrayNode av = spec.putArray("argv");
        argv.forEach(av::add);
        String version = jarToCopy == null ? "" : " " + jarToCopy.getFileName().toString().replaceAll("^.*?-(\\d[^-]*?)\\.jar$", "$1");
        spec.put("display_name", "Java (dense Hebbian toolkit, " + kernel + version.replace(".jar", "") + ")");
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        ObjectNode e = spec.putObject("env");
        Map<String, String> all = new LinkedHashMap<>();
        all.put(kernel.classpathVariable, String.join(kernel.separator, classpath));
        if (kernel == Kernel.rapaio) {
            all.put("RJK_COMPILER_OPTIONS", "");
            all.put("RJK_INIT_SCRIPT", "");
            all.put("RJK_TIMEOUT_MILLIS", "-1");
        }
        all.putAll(env);
        all.forEach(e::put);
        spec.putObject("metadata").put("dense-hebbian-kernel", kernel.name());

        Path tmp = null;
        try {
            Files.createDirectories(kernelsDir);
            tmp = Files.createTempDirectory(kernelsDir, "." + name + ".");
            if (jarToCopy != null) Files.copy(jarToCopy, tmp.resolve(jarToCopy.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            JSON.writeValue(tmp.resolve("kernel.json").toFile(), spec);
            if (Files.exists(target)) deleteTree(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return target;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the kernelspec " + target + ": " + ex.getMessage(), ex);
        } finally {
            if (tmp != null) {
                try {
                    deleteTree(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /** The rapaio kernel jar that the build copies to {@code kernel/} beside the toolkit jar. */
    public static Path bundledRapaioJar() {
        Path loc = Classpath.toolkitLocation();
        Path dir = (Files.isDirectory(loc) ? loc.getParent() : loc.getParent()).resolve("kernel");
        try (Stream<Path> s = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            return s.filter(p -> p.getFileName().toString().startsWith("rapaio-jupyter-kernel") && p.toString().endsWith(".jar"))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalArgumentException("--kernel-jar is required: no rapaio kernel jar in "
                            + dir + " (build the toolkit with 'mvn package', which copies it there)"));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Installed kernelspecs that start the given kernel, the one named 'java' first. */
    static Optional<Path> findInstalledJavaKernel(Kernel kernel) {
        return findInstalledJavaKernel(kernel, searchPath());
    }

    /** As {@link #findInstalledJavaKernel(Kernel)}, in the given kernels folders. */
    static Optional<Path> findInstalledJavaKernel(Kernel kernel, List<Path> searchPath) {
        for (Path kernels : searchPath) {
            if (!Files.isDirectory(kernels)) continue;
            try (Stream<Path> s = Files.list(kernels)) {
                List<Path> dirs = s.filter(d -> Files.isRegularFile(d.resolve("kernel.json")))
                        .sorted(Comparator.comparing((Path d) -> !d.getFileName().toString().equals("java"))).toList();
                for (Path d : dirs) {
                    JsonNode spec = readJson(d.resolve("kernel.json"));
                    if (spec.path("metadata").has("dense-hebbian-kernel")) continue;
                    String argv = spec.path("argv").toString().toLowerCase(Locale.ROOT);
                    if (argv.contains(kernel.jarPrefix)) return Optional.of(d);
                }
            } catch (IOException | UncheckedIOException ex) {
                // unreadable folder: try the next one
            }
        }
        return Optional.empty();
    }

    /** Where Jupyter looks for kernelspecs (JUPYTER_PATH, the user's folder, system folders). */
    static List<Path> searchPath() {
        List<Path> out = new ArrayList<>();
        String jp = System.getenv("JUPYTER_PATH");
        if (jp != null) for (String p : jp.split(File.pathSeparator)) if (!p.isBlank()) out.add(Path.of(p, "kernels"));
        out.add(userKernelsDir());
        out.add(Path.of("/usr/local/share/jupyter/kernels"));
        out.add(Path.of("/usr/share/jupyter/kernels"));
        return out;
    }

    private static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
