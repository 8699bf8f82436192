package dev.hebbian.cli;

import picocli.CommandLine.Option;

/** The dataset options of the learning models (docs/conventions.md#eq-conventions-6, docs/learning.md#eq-learning-1): r with M, or rho (with or without M). */
public final class LearningOptions {
    @Option(names = "--r", description = "supervised | unsupervised | multitasking: example quality r in [0, 1].")
    Double r;

    @Option(names = "--M", description = "supervised | unsupervised | multitasking: examples per archetype M >= 1.")
    Integer M;

    @Option(names = "--rho", description = "supervised | unsupervised | multitasking: dataset entropy rho = (1 - r^2)/(M r^2) >= 0 (instead of --r); exponential: fraction of corrupted spins of the start, in [0, 1/2) (default 0).")
    Double rho;

    @Option(names = "--noise", description = "supervised | unsupervised | multitasking: law of the class average, exact (binomial) | clt | ld (supervised, unsupervised); default exact when --M is given, clt from --rho alone.")
    String noise;

    static boolean isLearning(String model) {
        return model.equals("supervised") || model.equals("unsupervised");
    }
}
