package nl.veerkracht.model.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The place of a field inside an entity, as users see and type it: {@code term},
 * {@code budget.amount}, {@code runbook[loket-opschalen].within_days},
 * {@code contributions.GM0758}. A segment in brackets picks the element of a keyed list (by its
 * {@code id}, {@code code}, ...). The empty path is the entity as a whole.
 */
public final class FieldPath implements Comparable<FieldPath> {

    /** One step of a path: a key of a map, or the element of a keyed list. */
    public sealed interface Segment permits Key, Element {
        String name();
    }

    /** A key of a map: {@code budget}. */
    public record Key(String name) implements Segment {
        public Key {
            if (name.isEmpty() || name.indexOf('.') >= 0 || name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
                throw new IllegalArgumentException("not a field name: '" + name + "'");
            }
        }
    }

    /** The element of a keyed list whose key is {@code name}: {@code [loket-opschalen]}. */
    public record Element(String name) implements Segment {
        public Element {
            if (name.isEmpty() || name.indexOf(']') >= 0) {
                throw new IllegalArgumentException("not an element key: '" + name + "'");
            }
        }
    }

    private static final FieldPath ROOT = new FieldPath(List.of());

    private final List<Segment> segments;

    private FieldPath(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** The entity as a whole. */
    public static FieldPath root() {
        return ROOT;
    }

    public static FieldPath of(String... keys) {
        FieldPath path = ROOT;
        for (String key : keys) {
            path = path.key(key);
        }
        return path;
    }

    public FieldPath key(String name) {
        return append(new Key(name));
    }

    public FieldPath element(String name) {
        return append(new Element(name));
    }

    private FieldPath append(Segment segment) {
        List<Segment> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new FieldPath(longer);
    }

    public List<Segment> segments() {
        return segments;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** Whether {@code other} is this path or lies inside it. */
    public boolean contains(FieldPath other) {
        return other.segments.size() >= segments.size() && other.segments.subList(0, segments.size()).equals(segments);
    }

    /**
     * Reads a path as {@link #toString()} writes it.
     *
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static FieldPath parse(String text) {
        FieldPath path = ROOT;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("'[' without ']' in '" + text + "'");
                }
                path = path.element(text.substring(i + 1, close));
                i = close + 1;
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                    if (i == text.length()) {
                        throw new IllegalArgumentException("'" + text + "' ends with '.'");
                    }
                }
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                path = path.key(text.substring(i, end));
                i = end;
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                    if (i == text.length()) {
                        throw new IllegalArgumentException("'" + text + "' ends with '.'");
                    }
                }
            }
        }
        return path;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Element element) {
                text.append('[').append(element.name()).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(segment.name());
            }
        }
        return text.toString();
    }

    @Override
    public int compareTo(FieldPath other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath path && segments.equals(path.segments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(segments);
    }
}
