package nl.veerkracht.model.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A list. A {@link ListKind#KEYED} list holds maps that are told apart by the field {@link #key()}
 * (runbook steps by {@code id}, members by {@code code}, roles by {@code role}); a
 * {@link ListKind#SET} holds single values that may not repeat.
 */
public record ListShape(ListKind kind, Shape element, Optional<String> key) implements Shape {

    public ListShape {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(element);
        Objects.requireNonNull(key);
        if ((kind == ListKind.KEYED) != key.isPresent()) {
            throw new IllegalArgumentException("a keyed list, and only a keyed list, names its key field");
        }
        if (kind == ListKind.KEYED && !(element instanceof MapShape map && map.field(key.get()).isPresent())) {
            throw new IllegalArgumentException("the items of a keyed list are maps with the key field " + key.get());
        }
        if (kind == ListKind.SET && !(element instanceof ScalarShape)) {
            throw new IllegalArgumentException("a set holds single values");
        }
    }

    public static ListShape ordered(Shape element) {
        return new ListShape(ListKind.ORDERED, element, Optional.empty());
    }

    public static ListShape set(ScalarShape element) {
        return new ListShape(ListKind.SET, element, Optional.empty());
    }

    public static ListShape keyed(String key, MapShape element) {
        return new ListShape(ListKind.KEYED, element, Optional.of(key));
    }
}
