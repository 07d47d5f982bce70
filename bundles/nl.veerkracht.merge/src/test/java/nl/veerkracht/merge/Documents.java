package nl.veerkracht.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;

/** Plan documents written in tests the way they read in YAML: {@code map("term", "short", "budget", map(...))}. */
final class Documents {

    private Documents() {
    }

    /** A map from alternating keys and values. */
    static MapNode map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], node(keysAndValues[i + 1]));
        }
        return MapNode.of(entries);
    }

    static ListNode list(Object... items) {
        List<Node> nodes = new ArrayList<>();
        for (Object item : items) {
            nodes.add(node(item));
        }
        return ListNode.of(nodes);
    }

    /** A literal block: the lines, each ended by a line feed. */
    static ScalarNode text(String... lines) {
        return ScalarNode.string(String.join("\n", lines) + "\n");
    }

    /** A node for a plain Java value: a string, a whole number, a boolean, null, or a node itself. */
    static Node node(Object value) {
        if (value == null) {
            return ScalarNode.nullValue();
        }
        if (value instanceof Node node) {
            return node;
        }
        if (value instanceof String text) {
            return ScalarNode.string(text);
        }
        if (value instanceof Integer || value instanceof Long) {
            return ScalarNode.integer(((Number) value).longValue());
        }
        if (value instanceof Boolean bool) {
            return ScalarNode.bool(bool);
        }
        throw new IllegalArgumentException("no node for " + value.getClass());
    }

    /** A snapshot from alternating paths and documents. */
    static PlanSnapshot snapshot(Object... pathsAndDocuments) {
        Map<String, Node> documents = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndDocuments.length; i += 2) {
            documents.put((String) pathsAndDocuments[i], node(pathsAndDocuments[i + 1]));
        }
        return PlanSnapshot.of(documents);
    }

    /** The snapshot with the document at {@code path} edited: {@code edit(s, p, d -> d.with("term", ...))}. */
    static PlanSnapshot edit(PlanSnapshot snapshot, String path, UnaryOperator<MapNode> change) {
        return snapshot.with(path, change.apply((MapNode) snapshot.document(path).orElseThrow()));
    }
}
