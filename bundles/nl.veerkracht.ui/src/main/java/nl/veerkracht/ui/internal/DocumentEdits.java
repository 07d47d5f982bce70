package nl.veerkracht.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;

/** Pure helpers for the form: a field's value in a document, a document with one field changed, where fields are. */
final class DocumentEdits {

    private DocumentEdits() {
    }

    /** The node at a path of map keys, if there is one. */
    static Optional<Node> get(Node document, FieldPath path) {
        Node node = document;
        for (FieldPath.Segment segment : path.segments()) {
            if (!(segment instanceof FieldPath.Key key) || !(node instanceof MapNode map)) {
                return Optional.empty();
            }
            Optional<Node> next = map.get(key.name());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /** The document with the field at {@code path} set to {@code value}, or removed when it is empty; maps on the way are made. */
    static MapNode set(MapNode document, FieldPath path, Optional<Node> value) {
        List<FieldPath.Segment> segments = path.segments();
        return set(document, segments, 0, value);
    }

    private static MapNode set(MapNode map, List<FieldPath.Segment> segments, int index, Optional<Node> value) {
        String key = ((FieldPath.Key) segments.get(index)).name();
        if (index == segments.size() - 1) {
            return value.map(node -> map.with(key, node)).orElseGet(() -> map.without(key));
        }
        MapNode inner = map.get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast).orElse(MapNode.empty());
        MapNode changed = set(inner, segments, index + 1, value);
        return changed.entries().isEmpty() ? map.without(key) : map.with(key, changed);
    }

    /** The field a field is part of: {@code budget} for {@code budget.amount}; the root for a top-level field. */
    static FieldPath parent(FieldPath path) {
        List<FieldPath.Segment> segments = path.segments();
        FieldPath parent = FieldPath.root();
        for (int i = 0; i < segments.size() - 1; i++) {
            parent = segments.get(i) instanceof FieldPath.Key key ? parent.key(key.name())
                    : parent.element(((FieldPath.Element) segments.get(i)).name());
        }
        return parent;
    }

    /** A list of texts one item a line (free texts may hold commas); anything else as {@link #text}. */
    static String lines(Optional<Node> node) {
        if (node.isPresent() && node.get() instanceof ListNode list
                && list.items().stream().allMatch(ScalarNode.class::isInstance)) {
            return list.items().stream().map(item -> ((ScalarNode) item).text()).collect(Collectors.joining("\n"));
        }
        return text(node);
    }

    /** How a value is shown in a text field: a scalar as its text, a list of scalars joined by commas. */
    static String text(Optional<Node> node) {
        if (node.isEmpty()) {
            return "";
        }
        if (node.get() instanceof ScalarNode scalar) {
            return scalar.type() == ScalarNode.Type.NULL ? "" : scalar.text();
        }
        if (node.get() instanceof ListNode list && list.items().stream().allMatch(ScalarNode.class::isInstance)) {
            return list.items().stream().map(item -> ((ScalarNode) item).text()).collect(Collectors.joining(", "));
        }
        if (node.get() instanceof ListNode list) {
            // a list of records: one line each, "key: value; key: value"
            return list.items().stream().map(DocumentEdits::line).collect(Collectors.joining("\n"));
        }
        return line(node.get());
    }

    private static String line(Node node) {
        if (node instanceof MapNode map) {
            return map.entries().entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + line(entry.getValue()))
                    .collect(Collectors.joining("; "));
        }
        if (node instanceof ListNode list) {
            return list.items().stream().map(DocumentEdits::line).collect(Collectors.joining(", "));
        }
        return node instanceof ScalarNode scalar ? scalar.text() : String.valueOf(node);
    }

    /**
     * Which field each line of a file starts (the line of its key, and of its value when that is on a line
     * of its own): to show a problem of {@code validate}, which names a line, at its field.
     */
    static Map<Integer, FieldPath> fieldsByLine(Node document) {
        Map<Integer, FieldPath> lines = new HashMap<>();
        collect(document, FieldPath.root(), lines);
        return lines;
    }

    private static void collect(Node node, FieldPath path, Map<Integer, FieldPath> lines) {
        if (node instanceof MapNode map) {
            for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
                FieldPath field = path.key(entry.getKey());
                SourcePosition key = map.keyPosition(entry.getKey());
                if (key.isKnown()) {
                    lines.put(key.line(), field);
                }
                SourcePosition value = entry.getValue().position();
                if (value.isKnown()) {
                    lines.putIfAbsent(value.line(), field);
                }
                collect(entry.getValue(), field, lines);
            }
        }
    }
}
