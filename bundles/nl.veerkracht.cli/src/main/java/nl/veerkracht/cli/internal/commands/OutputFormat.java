package nl.veerkracht.cli.internal.commands;

/** {@code --format text|json}: for people, or for machines. */
public enum OutputFormat {
    text, json
}
