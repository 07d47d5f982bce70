package nl.veerkracht.junit;

import java.math.BigDecimal;
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
import nl.veerkracht.model.document.SourcePosition;

/**
 * Plan documents built in memory, as a reader would produce them, with Java that reads the way YAML
 * does: {@code map("term", "short", "budget", map("amount", 15000))}.
 *
 * <p>The model's own tests keep a copy of these builders ({@code nl.veerkracht.model.validation.Documents},
 * with Breda's plan as documents besides): this bundle depends on the model, so a test-scope dependency
 * of the model on this bundle would be a reactor cycle, which Maven refuses.
 */
public final class Documents {

    private Documents() {
    }

    /** A map from alternating keys and values; a value is anything {@link #node(Object)} takes. */
    public static MapNode map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], node(keysAndValues[i + 1]));
        }
        return MapNode.of(entries);
    }

    /** A list of the nodes of {@code items}. */
    public static ListNode list(Object... items) {
        List<Node> nodes = new ArrayList<>();
        for (Object item : items) {
            nodes.add(node(item));
        }
        return ListNode.of(nodes);
    }

    /** A literal block: the lines, each ended by a line feed. */
    public static ScalarNode text(String... lines) {
        return ScalarNode.string(String.join("\n", lines) + "\n");
    }

    /**
     * A node for a plain Java value: a string, a whole number, a {@link BigDecimal}, a boolean, null, or
     * a node itself.
     */
    public static Node node(Object value) {
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
        if (value instanceof BigDecimal decimal) {
            return ScalarNode.of(ScalarNode.Type.DECIMAL, decimal.toPlainString(), SourcePosition.UNKNOWN);
        }
        if (value instanceof Boolean bool) {
            return ScalarNode.bool(bool);
        }
        throw new IllegalArgumentException("no node for " + value.getClass());
    }

    /** A snapshot from alternating paths and documents. */
    public static PlanSnapshot snapshot(Object... pathsAndDocuments) {
        Map<String, Node> documents = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndDocuments.length; i += 2) {
            documents.put((String) pathsAndDocuments[i], node(pathsAndDocuments[i + 1]));
        }
        return PlanSnapshot.of(documents);
    }

    /** The snapshot with the document at {@code path} edited: {@code edit(s, p, d -> d.with("term", ...))}. */
    public static PlanSnapshot edit(PlanSnapshot snapshot, String path, UnaryOperator<MapNode> change) {
        return snapshot.with(path, change.apply((MapNode) snapshot.document(path).orElseThrow()));
    }
}
