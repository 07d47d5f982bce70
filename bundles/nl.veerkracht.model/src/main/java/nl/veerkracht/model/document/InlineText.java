package nl.veerkracht.model.document;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value of a plan file on one short line, for people reading a change: a scalar by its text, a list in
 * brackets, a map in braces ({@code 15000}, {@code short}, {@code [a, b]}, {@code {id: x, target: 120}}), and an
 * empty value as the caller's word for nothing. What {@code diff}, the desktop client and the council report
 * show beside a field.
 */
public final class InlineText {

    private InlineText() {
    }

    /** {@code node} on one line; a null scalar as {@code nothing}. */
    public static String of(Node node, String nothing) {
        if (node instanceof ScalarNode scalar) {
            return scalar.type() == ScalarNode.Type.NULL ? nothing : scalar.text();
        }
        if (node instanceof ListNode list) {
            return list.items().stream().map(item -> of(item, nothing)).collect(Collectors.joining(", ", "[", "]"));
        }
        return ((MapNode) node).entries().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + of(entry.getValue(), nothing))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** What a person calls the entity {@code document} holds: its {@code title}, else its {@code name}; empty for none. */
    public static Optional<String> title(Node document) {
        if (document instanceof MapNode map) {
            for (String key : List.of("title", "name")) {
                if (map.get(key).orElse(null) instanceof ScalarNode scalar && !scalar.text().isBlank()) {
                    return Optional.of(scalar.text());
                }
            }
        }
        return Optional.empty();
    }
}
