package dev.hebbian.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.hebbian.notebook.Classpath;
import dev.hebbian.notebook.KernelSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kernel install}: a Jupyter kernelspec that starts a Java kernel with the toolkit on its classpath. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Jupyter kernels with the toolkit on their classpath.",
        subcommands = {KernelCommand.Install.class})
public final class KernelCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (install)");
    }

    @Command(name = "install", mixinStandardHelpOptions = true, sortOptions = false,
            description = {
                    "Write a Jupyter kernelspec that starts a Java kernel with this toolkit's jar and libraries on",
                    "its classpath, passed through the kernel's own environment variable. Notebooks then need no",
                    "kernel magics. The three supported kernels:",
                    "  rapaio  rapaio-jupyter-kernel 3.0.1 (Maven Central; the build copies its jar to",
                    "          toolkit/target/kernel/, used when --kernel-jar is not given). Classpath: RJK_CLASSPATH.",
                    "  ijava   IJava 1.3.0 (GitHub release ijava-1.3.0.zip, jar ijava-1.3.0.jar). Classpath:",
                    "          IJAVA_CLASSPATH. Give --kernel-jar PATH/ijava-1.3.0.jar, or install IJava first",
                    "          (its installer writes a 'java' kernelspec) and the kernelspec is derived from it.",
                    "  jjava   JJava, IJava's maintained fork (jjava.jar from its release zip). Classpath:",
                    "          JJAVA_CLASSPATH. --kernel-jar, or derived from an installed 'java' kernelspec.",
                    "The kernelspec is named 'dense-hebbian' unless --name says otherwise: the project's",
                    "notebooks ask for that name, so they open with whichever kernel was installed last under it."})
    static final class Install implements Callable<Integer> {
        @Option(names = "--kernel", defaultValue = "rapaio", paramLabel = "KERNEL",
                description = "Kernel: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        KernelSpec.Kernel kernel;

        @Option(names = "--kernel-jar", paramLabel = "PATH", description = "The kernel's jar (copied into the kernelspec).")
        Path kernelJar;

        @ArgGroup(exclusive = true)
        Where where;

        static final class Where {
            @Option(names = "--prefix", paramLabel = "DIR",
                    description = "Install into DIR/share/jupyter/kernels (e.g. a conda env, or a private JUPYTER_PATH=DIR/share/jupyter).")
            Path prefix;

            @Option(names = "--user", description = "Install into the user's Jupyter folder (the default).")
            boolean user;
        }

        @Option(names = "--name", defaultValue = KernelSpec.DEFAULT_NAME, paramLabel = "NAME",
                description = "Kernelspec name (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--env", paramLabel = "KEY=VALUE",
                description = "Extra environment variable for the kernel, repeatable (e.g. HEBBIAN_QUICK=1).")
        List<String> env = new ArrayList<>();

        @Option(names = "--jvm-option", paramLabel = "OPTION",
                description = "Option for the kernel's JVM when the toolkit writes the argv, repeatable (e.g. -Xmx8g).")
        List<String> jvmOptions = new ArrayList<>();

        @Override
        public Integer call() {
            Map<String, String> vars = new LinkedHashMap<>();
            for (String kv : env) {
                int eq = kv.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("--env = '" + kv + "' is not valid: must be KEY=VALUE");
                vars.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            Path dir = where != null && where.prefix != null ? KernelSpec.kernelsDirForPrefix(where.prefix)
                    : KernelSpec.userKernelsDir();
            Path written = KernelSpec.install(kernel, kernelJar, dir, name, Classpath.current(), vars, jvmOptions);
            System.out.println("installed kernelspec '" + name + "' (" + kernel + ") in " + written);
            return 0;
        }
    }
}
