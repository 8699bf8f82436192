package dev.hebbian.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import dev.hebbian.Check;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Branch;
import dev.hebbian.theory.PointSolver;
import dev.hebbian.theory.Solution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code solve --model storage|sk|pspin --P 4 --alpha 0.1 --T 0.3 --ansatz rs|1rsb [--branch ...]}:
 * one point of the replica theory (arXiv:2111.12997; docs/storage.md#eq-storage-2, #eq-storage-3, #eq-storage-4, #eq-storage-7, #eq-storage-11; canonical
 * convention of docs/conventions.md). {@code --model exponential --alpha 0.3 --T 1 --rho 0.1}: the thresholds of the
 * binary exponential memory (docs/exponential-memory.md).
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Solve the RS or 1RSB equations at one point (T = 0 selects the zero-temperature equations).",
                "Without --branch, the physical state (sup over m, inf over glassy parameters) is printed.",
                "At T = 0 and 1RSB, theta is 0 and Theta = beta*theta is printed."})
public final class SolveCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = "storage",
            description = "storage | sk | pspin | supervised | unsupervised | multitasking | exponential (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--P", defaultValue = "4", description = "Interaction order P (storage: even >= 2; pspin: >= 2; not sk, not multitasking) (default: ${DEFAULT-VALUE}).")
    int p;

    @Option(names = "--alpha", defaultValue = "0.1", description = {"Load alpha >= 0. storage: default ${DEFAULT-VALUE};",
            "supervised | unsupervised: required, 0 selects the low-load theory, > 0 the high-load one; not sk, pspin, multitasking."})
    double alpha;

    @Option(names = "--T", defaultValue = "0.3", description = "Temperature T = 1/beta >= 0 (storage, sk, pspin: default ${DEFAULT-VALUE}; "
            + "supervised, unsupervised, multitasking: required).")
    double t;

    @Option(names = "--ansatz", defaultValue = "rs", description = "rs | 1rsb.")
    String ansatz;

    @Option(names = "--branch", description = "retrieval | sg | para: the stationary point from that branch's seed.")
    String branch;

    @Option(names = "--theta", description = "1RSB only, T > 0: solve at this fixed Parisi parameter in (0, 1] instead of optimising it.")
    Double theta;

    @Mixin
    LearningOptions data;

    @Option(names = "--K", defaultValue = "3", description = "multitasking: number of patterns K, 1 to 8 (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--d", defaultValue = "0", description = "multitasking: dilution d in [0, 1) (default: ${DEFAULT-VALUE}).")
    double d;

    @Option(names = "--init", description = "multitasking: seed state hierarchical | parallel | pure | partially_symmetric | alternative | ergodic.")
    String init;

    @Option(names = "--allow-unconverged", description = "Print an unconverged solution (converged = false) instead of failing.")
    boolean allowUnconverged;

    @Mixin
    FormatOption fmt;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private boolean given(String option) {
        return spec != null && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Refuse options that the model does not read, instead of ignoring them. */
    private void rejectInapplicable() {
        java.util.List<String> notFor = switch (model) {
            case "storage", "pspin" -> java.util.List.of("--r", "--M", "--rho", "--noise", "--K", "--d", "--init");
            case "sk" -> java.util.List.of("--alpha", "--P", "--r", "--M", "--rho", "--noise", "--K", "--d", "--init");
            case "supervised", "unsupervised" -> java.util.List.of("--K", "--d", "--init");
            case "multitasking" -> java.util.List.of("--alpha", "--P");
            case "exponential" -> java.util.List.of("--P", "--ansatz", "--branch", "--theta", "--r", "--M", "--noise", "--K", "--d", "--init");
            default -> java.util.List.of();
        };
        for (String o : notFor)
            if (given(o)) throw new IllegalArgumentException(o + " does not apply to --model " + model);
        if (LearningOptions.isLearning(model) || model.equals("multitasking")) {
            if (LearningOptions.isLearning(model) && !given("--alpha"))
                throw new IllegalArgumentException("--alpha is required for --model " + model
                        + ": 0 for the low-load theory, > 0 for the high-load one (canonical alpha)");
            if (!given("--T")) throw new IllegalArgumentException("--T is required for --model " + model + ": T >= 0");
        }
    }

    @Override
    public Integer call() {
        rejectInapplicable();
        if (model.equals("exponential")) { // docs/exponential-memory.md; T defaults to 1 (Demircigil's F = exp)
            Output.print(ExponentialCli.solve(alpha, given("--T") ? t : 1, data.rho == null ? 0 : data.rho), fmt.format, System.out);
            return 0;
        }
        if (LearningOptions.isLearning(model) || model.equals("multitasking")) return callLearning();
        Check.nonNegative("alpha", alpha);
        Check.temperature("T", t);
        Ansatz a = Ansatz.parse(ansatz);
        PointSolver s = ReplicaModels.get(model).solver(p, alpha, t, a);
        Solution sol;
        if (theta != null) {
            if (!(theta > 0 && theta <= 1)) throw new Check.InvalidParameterException("theta", theta, "in (0, 1]");
            if (!(s instanceof dev.hebbian.theory.ReplicaSolver rs))
                throw new Check.InvalidParameterException("theta", theta, "not given (this model has no fixed-theta solver)");
            sol = rs.solveAtTheta(branch == null ? Branch.SPIN_GLASS : Branch.parse(branch), theta);
        } else {
            try {
                sol = branch == null ? s.solve() : s.solve(Branch.parse(branch));
            } catch (dev.hebbian.numerics.NotConvergedException e) {
                if (!allowUnconverged)
                    throw new IllegalStateException(e.getMessage() + "; pass --allow-unconverged to print the last iterate anyway");
                Map<String, Object> f = new java.util.LinkedHashMap<>();
                f.put("model", model);
                if (!model.equals("sk")) f.put("P", p);
                if (model.equals("storage")) f.put("alpha", alpha);
                f.put("T", t);
                f.put("converged", false);
                f.put("lastIterate", e.last().x());
                f.put("iterations", e.last().iterations());
                f.put("residual", e.last().residual());
                f.put("message", e.getMessage());
                Output.print(f, fmt.format, System.out);
                return 0;
            }
        }
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("model", model);
        if (!model.equals("sk")) f.put("P", p);
        if (model.equals("storage")) f.put("alpha", alpha);
        f.putAll(SolutionFields.of(sol));
        Output.print(convergedOrAllowed(f, allowUnconverged), fmt.format, System.out);
        return 0;
    }

    /** supervised | unsupervised (RS, arXiv:2212.00606; docs/learning.md) and multitasking (low storage). */
    private int callLearning() {
        if (!ansatz.equals("rs"))
            throw new Check.InvalidParameterException("ansatz", ansatz, "rs (model " + model + " has no 1RSB solver)");
        if (branch != null || theta != null)
            throw new IllegalArgumentException("--branch and --theta apply to storage, sk and pspin only, not to model " + model);
        Map<String, Object> f;
        if (model.equals("multitasking")) {
            Check.temperature("T", t);
            f = MultitaskingCli.solve(k, d, data.rho == null ? Double.NaN : data.rho, t,
                    data.noise, data.r, data.M, init);
        } else {
            f = LearningCli.solve(model, p, alpha, t, data.r, data.M, data.rho, data.noise);
        }
        Output.print(convergedOrAllowed(f, allowUnconverged), fmt.format, System.out);
        return 0;
    }

    /**
     * The fields of a solution to print: as they are when it converged or when {@code --allow-unconverged}
     * was given (then with converged = false); otherwise an error (exit code 1) that names the option.
     */
    static Map<String, Object> convergedOrAllowed(Map<String, Object> f, boolean allowUnconverged) {
        if (Boolean.FALSE.equals(f.get("converged")) && !allowUnconverged)
            throw new IllegalStateException(f.get("model") + " solve did not converge (residual " + f.get("residual")
                    + "); pass --allow-unconverged to print it anyway");
        return f;
    }
}
