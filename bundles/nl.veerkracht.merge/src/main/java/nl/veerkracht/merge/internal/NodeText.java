package nl.veerkracht.merge.internal;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;

/**
 * A node on one line, for diffs in tests and logs: a one-line string as it is ({@code short}), other
 * scalars by their text, multi-line or empty text quoted with escapes, lists in brackets, maps in
 * braces; {@code (none)} for an absent value.
 */
public final class NodeText {

    private NodeText() {
    }

    public static String render(Optional<Node> node) {
        return node.map(NodeText::render).orElse("(none)");
    }

    public static String render(Node node) {
        if (node instanceof ScalarNode scalar) {
            boolean plain = scalar.type() != ScalarNode.Type.STRING
                    || !scalar.text().isEmpty() && !scalar.isMultiline();
            return plain && scalar.type() != ScalarNode.Type.NULL ? scalar.text() : scalar.toString();
        }
        if (node instanceof ListNode list) {
            return list.items().stream().map(NodeText::render).collect(Collectors.joining(", ", "[", "]"));
        }
        return ((MapNode) node).entries().entrySet().stream()
                .map((Map.Entry<String, Node> entry) -> entry.getKey() + ": " + render(entry.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
