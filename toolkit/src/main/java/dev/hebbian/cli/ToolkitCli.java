package dev.hebbian.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar toolkit.jar <command>}: the toolkit's command line. Every command has
 * {@code --help}; an unknown command or option prints the usage and exits 2; a bad parameter value
 * prints one line naming the parameter, its value and the valid range, and exits 2; any other
 * failure exits 1.
 *
 * <p>To add a command: write a picocli {@code @Command} class in this package and add it to the
 * {@code subcommands} list below (one class per command).
 */
@Command(name = "toolkit", mixinStandardHelpOptions = true, versionProvider = ToolkitCli.Version.class,
        description = "Statistical mechanics of dense Hebbian networks: replica theory, Monte Carlo, notebooks.",
        subcommands = {
                CommandLine.HelpCommand.class,
                SolveCommand.class,
                CapacityCommand.class,
                SweepCommand.class,
                SimulateCommand.class,
                NotebookCommand.class,
                KernelCommand.class,
                ReproduceCommand.class,
        })
public final class ToolkitCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ToolkitCli());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            ex.getCommandLine().usage(err);
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof CommandLine.ParameterException pe) {
                err.println(pe.getMessage());
                pe.getCommandLine().usage(err);
                err.flush();
                return 2;
            }
            if (ex instanceof IllegalArgumentException) {
                err.println("error: " + ex.getMessage());
                err.flush();
                return 2;
            }
            err.println("error: " + ex);
            if (System.getenv("HEBBIAN_DEBUG") != null) ex.printStackTrace(err);
            err.flush();
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ToolkitCli.class.getPackage().getImplementationVersion();
            return new String[] {"dense-hebbian toolkit " + (v == null ? "(development build)" : v)};
        }
    }
}
