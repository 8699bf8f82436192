package dev.hebbian.cli;

import java.util.concurrent.Callable;

import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Capacity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capacity --model storage --P 4 --ansatz rs|1rsb}: the T = 0 maximal capacity (docs/storage.md#capacities). */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = "Maximal storage capacity at T = 0 (the fold of the retrieval branch): alphaC and mC.")
public final class CapacityCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = "storage", description = "storage | supervised | unsupervised (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--P", defaultValue = "4", description = "Interaction order P, even >= 2.")
    int p;

    @Option(names = "--ansatz", defaultValue = "rs", description = "rs | 1rsb.")
    String ansatz;

    @Mixin
    LearningOptions data;

    @Mixin
    FormatOption fmt;

    @Override
    public Integer call() {
        if (LearningOptions.isLearning(model)) {
            if (!ansatz.equals("rs"))
                throw new dev.hebbian.Check.InvalidParameterException("ansatz", ansatz, "rs (model " + model + " has no 1RSB solver)");
            Output.print(LearningCli.capacity(model, p, data.r, data.M, data.rho, data.noise),
                    fmt.format, System.out);
            return 0;
        }
        Capacity c = ReplicaModels.get(model).capacity(p, Ansatz.parse(ansatz));
        Output.print(SolutionFields.of(c), fmt.format, System.out);
        return 0;
    }
}
