package nl.veerkracht.region.internal;

import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;

/** The value at a field path inside a document: {@code budget.amount}, {@code members[GM0777].key}. */
final class FieldValues {

    /** The fields that key the elements of a keyed list, in the order the merge tries them. */
    private static final List<String> KEYS = List.of("id", "code", "period", "role");

    private FieldValues() {
    }

    static Optional<Node> at(Optional<Node> document, FieldPath field) {
        Optional<Node> value = document;
        for (FieldPath.Segment segment : field.segments()) {
            if (value.isEmpty()) {
                return value;
            }
            Node node = value.get();
            if (segment instanceof FieldPath.Key key) {
                value = node instanceof MapNode map ? map.get(key.name()) : Optional.empty();
            } else {
                value = node instanceof ListNode list ? element(list, segment.name()) : Optional.empty();
            }
        }
        return value;
    }

    private static Optional<Node> element(ListNode list, String name) {
        for (String key : KEYS) {
            for (Node item : list.items()) {
                if (item instanceof MapNode map && map.get(key).orElse(null) instanceof ScalarNode scalar
                        && scalar.text().equals(name)) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    /** A text field of a document, such as an entity's {@code title}. */
    static Optional<String> text(Optional<Node> document, String field) {
        return at(document, FieldPath.of(field)).filter(ScalarNode.class::isInstance)
                .map(value -> ((ScalarNode) value).text());
    }

    /** The texts of a list field, such as an action's {@code participants}. */
    static List<String> texts(Optional<Node> document, String field) {
        return at(document, FieldPath.of(field)).filter(ListNode.class::isInstance)
                .map(value -> ((ListNode) value).items().stream().filter(ScalarNode.class::isInstance)
                        .map(item -> ((ScalarNode) item).text()).toList())
                .orElse(List.of());
    }
}
