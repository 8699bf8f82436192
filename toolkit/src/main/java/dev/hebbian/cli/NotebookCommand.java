package dev.hebbian.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.hebbian.notebook.NotebookFailure;
import dev.hebbian.notebook.NotebookRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notebook run}: execute notebooks headless with the embedded JShell runner. */
@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = "Run Java notebooks headless (no Python or Jupyter needed).",
        subcommands = {NotebookCommand.Run.class, NotebookCommand.Grade.class})
public final class NotebookCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (run)");
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Execute each notebook's code cells in order in one JShell with the toolkit's classpath,",
                    "write the executed notebook to OUT/<name>.ipynb and the figures and tables it saves to OUT/<name>/.",
                    "The first failing cell stops the run: its notebook, cell index and error are printed; exit code 1."})
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Notebooks (.ipynb) to run.")
        List<Path> notebooks;

        @Option(names = "--quick", description = "Quick mode: smaller N, fewer samples, coarser grids (for tests).")
        boolean quick;

        @Option(names = "--out", defaultValue = "build/notebooks", paramLabel = "DIR",
                description = "Output folder (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() {
            return runAll(notebooks, quick, out);
        }
    }

    @Command(name = "grade", mixinStandardHelpOptions = true,
            description = {"Grade a folder of submitted notebooks headless: run each one (a time limit per cell) and",
                    "write a CSV with one row per check made with dev.hebbian.classroom.Answer, and a row '(run)'",
                    "per notebook saying whether it ran to the end. A notebook that does not compile or throws",
                    "is recorded as such; the batch always goes on. Executed copies go beside the CSV."})
    static final class Grade implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder of notebooks (.ipynb, top level).")
        Path dir;

        @Option(names = "--out", defaultValue = "grades.csv", paramLabel = "FILE", description = "CSV file (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--cell-timeout", defaultValue = "300", paramLabel = "SECONDS",
                description = "Stop a cell after this many seconds (default: ${DEFAULT-VALUE}).")
        long cellTimeout;

        @Option(names = "--quick", description = "Quick mode for the notebooks.")
        boolean quick;

        @Override
        public Integer call() {
            dev.hebbian.Check.atLeast("--cell-timeout", cellTimeout, 1);
            Path executed = out.toAbsolutePath().getParent().resolve(out.getFileName().toString().replaceFirst("\\.csv$", "") + "-executed");
            var grader = new dev.hebbian.classroom.Grader(NotebookRunner.create().quick(quick)
                    .cellTimeout(java.time.Duration.ofSeconds(cellTimeout)), System.err);
            var table = grader.grade(dir, executed);
            Path csv = dev.hebbian.classroom.Grader.writeCsv(table, out);
            System.err.println("grades: " + csv + " (executed notebooks in " + executed + ")");
            return 0;
        }
    }

    /** Run notebooks one by one with progress; 0 if all passed, 1 at the first failure. */
    static int runAll(List<Path> notebooks, boolean quick, Path out) {
        NotebookRunner runner = NotebookRunner.create().quick(quick);
        int k = 0;
        for (Path nb : notebooks) {
            k++;
            if (!nb.toFile().isFile()) throw new IllegalArgumentException("PATH = " + nb + " is not a notebook file");
            String stem = nb.getFileName().toString().replaceFirst("\\.ipynb$", "");
            System.err.printf("[%d/%d] %s (%s mode) ...%n", k, notebooks.size(), nb, quick ? "quick" : "full");
            try {
                NotebookRunner.Report r = runner.outDir(out.resolve(stem)).run(nb, out.resolve(stem + ".ipynb"));
                System.err.printf("[%d/%d] %s ok: %d code cells, %d images, %.1f s -> %s%n", k, notebooks.size(),
                        stem, r.codeCells(), r.images(), r.elapsed().toMillis() / 1000.0, r.executed());
            } catch (NotebookFailure f) {
                System.err.println("error: " + f.getMessage());
                System.err.println("the executed notebook up to the failing cell is in " + out.resolve(stem + ".ipynb"));
                return 1;
            }
        }
        return 0;
    }
}
