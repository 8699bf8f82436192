package dev.hebbian.cli;

import java.util.concurrent.Callable;

import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Capacity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capacity --model storage --P 4 --ansatz rs|1rsb}: the T = 0 maximal capacity (spec section 8.3). */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = "Maximal storage capacity at T = 0 (the fold of the retrieval branch): alphaC and mC.")
public final class CapacityCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = "storage", description = "storage (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--P", defaultValue = "4", description = "Interaction order P, even >= 2.")
    int p;

    @Option(names = "--ansatz", defaultValue = "rs", description = "rs | 1rsb.")
    String ansatz;

    @Mixin
    FormatOption fmt;

    @Override
    public Integer call() {
        Capacity c = ReplicaModels.get(model).capacity(p, Ansatz.parse(ansatz));
        Output.print(c.fields(), fmt.format, System.out);
        return 0;
    }
}
