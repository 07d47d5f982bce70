package nl.veerkracht.model.document;

/**
 * Where a node was read: line and column, both counted from 1. {@link #UNKNOWN} for nodes that were
 * made in memory (by a merge, a command) rather than read.
 */
public record SourcePosition(int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    public SourcePosition {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column count from 1, not " + line + ":" + column);
        }
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "?";
    }
}
