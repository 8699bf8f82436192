package dev.hebbian.cli;

/** Output formats of the CLI commands: human-readable text, JSON (one object) or CSV. */
public enum Format {
    text, json, csv
}
