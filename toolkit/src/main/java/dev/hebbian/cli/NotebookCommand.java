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

        @Option(names = "--cell-timeout", defaultValue = "3600", paramLabel = "SECONDS",
                description = "Stop a cell (and the JVM running it) after this many seconds, 1 to " + MAX_TIMEOUT + " (default: ${DEFAULT-VALUE}).")
        long cellTimeout;

        @Option(names = "--max-output", defaultValue = "" + NotebookRunner.DEFAULT_MAX_OUTPUT, paramLabel = "BYTES",
                description = "Keep at most this many bytes of a cell's stdout (and of its stderr); the rest is replaced by an "
                        + "'output truncated' line (default: ${DEFAULT-VALUE}).")
        long maxOutput;

        @Override
        public Integer call() {
            return runAll(notebooks, quick, out, cellTimeout, maxOutput);
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
                description = "Stop a cell (and the student's JVM) after this many seconds, 1 to " + MAX_TIMEOUT + " (default: ${DEFAULT-VALUE}).")
        long cellTimeout;

        @Option(names = "--key", paramLabel = "DIR|FILE",
                description = {"The teacher's answer key: a folder of solution notebooks (same file names) or a key file (JSON)",
                        "written by --write-key. With a key, a check passes only if the student's value meets the key's",
                        "expected value and tolerance; a check of the key missing from the submission is a failure."})
        Path key;

        @Option(names = "--write-key", paramLabel = "FILE", description = "Run the solution notebooks in DIR and write their checks as a key file; no grading.")
        Path writeKey;

        @Option(names = "--quick", description = "Quick mode for the notebooks.")
        boolean quick;

        @Override
        public Integer call() {
            checkTimeout(cellTimeout);
            if (!java.nio.file.Files.isDirectory(dir)) throw new IllegalArgumentException("DIR = " + dir + " is not a folder of notebooks");
            NotebookRunner runner = NotebookRunner.create().quick(quick).cellTimeout(java.time.Duration.ofSeconds(cellTimeout));
            if (writeKey != null) {
                dev.hebbian.io.AtomicFiles.checkWritable("--write-key", writeKey);
                Path executed = writeKey.toAbsolutePath().getParent().resolve(writeKey.getFileName() + "-executed");
                var k = dev.hebbian.classroom.AnswerKey.fromSolutions(runner, dir, executed, System.err);
                k.write(writeKey);
                System.err.println("key: " + writeKey.toAbsolutePath() + " (" + k.size() + " checks)");
                return 0;
            }
            dev.hebbian.io.AtomicFiles.checkWritable("--out", out);
            Path executed = out.toAbsolutePath().getParent().resolve(out.getFileName().toString().replaceFirst("\\.csv$", "") + "-executed");
            dev.hebbian.classroom.AnswerKey answerKey = null;
            if (key != null) {
                if (java.nio.file.Files.isDirectory(key)) {
                    answerKey = dev.hebbian.classroom.AnswerKey.fromSolutions(runner, key, executed.resolveSibling(executed.getFileName() + "-key"), System.err);
                } else if (java.nio.file.Files.isRegularFile(key)) {
                    answerKey = dev.hebbian.classroom.AnswerKey.read(key);
                } else {
                    throw new IllegalArgumentException("--key = " + key + " is neither a folder of solution notebooks nor a key file");
                }
            }
            if (answerKey == null)
                System.err.println("note: no --key: each notebook's own checks are trusted, and a notebook can forge them; "
                        + "pass --key SOLUTIONS (the teacher's notebooks) to grade against the teacher's expected values");
            var grader = new dev.hebbian.classroom.Grader(runner, System.err).key(answerKey);
            grader.grade(dir, executed, out);
            System.err.println("grades: " + out.toAbsolutePath() + " (executed notebooks in " + executed + ")");
            return 0;
        }
    }

    /** The largest accepted --cell-timeout, in seconds (about 115 days). */
    static final long MAX_TIMEOUT = 10_000_000;

    static void checkTimeout(long seconds) {
        if (seconds < 1 || seconds > MAX_TIMEOUT)
            throw new dev.hebbian.Check.InvalidParameterException("--cell-timeout", seconds, "in [1, " + MAX_TIMEOUT + "] seconds");
    }

    /** Run notebooks one by one with progress; 0 if all passed, 1 at the first failure. */
    static int runAll(List<Path> notebooks, boolean quick, Path out, long cellTimeout, long maxOutput) {
        return runAll(notebooks, quick, out, cellTimeout, maxOutput, r -> r);
    }

    /** As above, with the runner adjusted by {@code configure} (e.g. the cluster of {@code reproduce --master}). */
    static int runAll(List<Path> notebooks, boolean quick, Path out, long cellTimeout, long maxOutput,
                      java.util.function.UnaryOperator<NotebookRunner> configure) {
        checkTimeout(cellTimeout);
        dev.hebbian.Check.atLeast("--max-output", maxOutput, 1);
        for (Path nb : notebooks)
            if (!nb.toFile().isFile()) throw new IllegalArgumentException("PATH = " + nb + " is not a notebook file");
        dev.hebbian.io.AtomicFiles.checkWritableFolder("--out", out);
        NotebookRunner runner = configure.apply(NotebookRunner.create().quick(quick).cellTimeout(java.time.Duration.ofSeconds(cellTimeout))
                .maxOutput(maxOutput));
        int k = 0;
        for (Path nb : notebooks) {
            k++;
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
