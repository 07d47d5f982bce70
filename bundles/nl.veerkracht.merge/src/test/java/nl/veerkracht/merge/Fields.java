package nl.veerkracht.merge;

import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;

/** Reads a field of a document by its path, the way a user names it, independently of the merge's code. */
final class Fields {

    private static final List<String> KEY_FIELDS = List.of("id", "code", "period", "role");

    private Fields() {
    }

    static Optional<Node> valueAt(PlanSnapshot snapshot, String path, String field) {
        return snapshot.document(path).flatMap(document -> valueAt(document, FieldPath.parse(field)));
    }

    static Optional<Node> valueAt(Node document, FieldPath field) {
        Optional<Node> current = Optional.of(document);
        for (FieldPath.Segment segment : field.segments()) {
            current = current.flatMap(node -> step(node, segment));
        }
        return current;
    }

    private static Optional<Node> step(Node node, FieldPath.Segment segment) {
        if (segment instanceof FieldPath.Key key) {
            return node instanceof MapNode map ? map.get(key.name()) : Optional.empty();
        }
        if (!(node instanceof ListNode list)) {
            return Optional.empty();
        }
        for (String keyField : KEY_FIELDS) {
            for (Node item : list.items()) {
                if (item instanceof MapNode map && map.get(keyField).orElse(null) instanceof ScalarNode key
                        && key.text().equals(segment.name())) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }
}
