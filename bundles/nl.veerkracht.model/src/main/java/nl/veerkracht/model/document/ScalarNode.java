package nl.veerkracht.model.document;

import java.util.Objects;

/**
 * A single value: its text exactly as the user means it, and its type as the YAML 1.2 core schema
 * resolves it ({@code 15000} is an integer, {@code "56"} a string, {@code 2026-04-01} a string that
 * the model reads as a date).
 */
public final class ScalarNode implements Node {

    /** The type of a scalar. */
    public enum Type {
        STRING, INTEGER, DECIMAL, BOOLEAN, NULL
    }

    private static final ScalarNode NULL = new ScalarNode(Type.NULL, "", SourcePosition.UNKNOWN);

    private final Type type;
    private final String text;
    private final SourcePosition position;

    private ScalarNode(Type type, String text, SourcePosition position) {
        this.type = Objects.requireNonNull(type);
        this.text = Objects.requireNonNull(text);
        this.position = Objects.requireNonNull(position);
    }

    public static ScalarNode of(Type type, String text, SourcePosition position) {
        return new ScalarNode(type, type == Type.NULL ? "" : text, position);
    }

    public static ScalarNode string(String text) {
        return new ScalarNode(Type.STRING, text, SourcePosition.UNKNOWN);
    }

    public static ScalarNode integer(long value) {
        return new ScalarNode(Type.INTEGER, Long.toString(value), SourcePosition.UNKNOWN);
    }

    public static ScalarNode bool(boolean value) {
        return new ScalarNode(Type.BOOLEAN, Boolean.toString(value), SourcePosition.UNKNOWN);
    }

    public static ScalarNode nullValue() {
        return NULL;
    }

    public Type type() {
        return type;
    }

    /** The value as text: for a string its characters, for a number its digits, "" for null. */
    public String text() {
        return text;
    }

    /** Whether this is text of more than one line (written as a literal block). */
    public boolean isMultiline() {
        return type == Type.STRING && text.indexOf('\n') >= 0;
    }

    @Override
    public SourcePosition position() {
        return position;
    }

    @Override
    public ScalarNode withoutPositions() {
        return position.isKnown() ? new ScalarNode(type, text, SourcePosition.UNKNOWN) : this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScalarNode scalar && type == scalar.type && text.equals(scalar.text);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return switch (type) {
            case STRING -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
            case NULL -> "null";
            default -> text;
        };
    }
}
