package dev.hebbian.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option shared by every command that prints results (a picocli mixin). */
public final class FormatOption {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    public Format format = Format.text;
}
