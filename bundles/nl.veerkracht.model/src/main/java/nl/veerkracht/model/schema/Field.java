package nl.veerkracht.model.schema;

import java.util.Objects;

/**
 * A field of a map: its name as written in the file, its shape, and whether it is required.
 * A field whose value is {@code null} or empty counts as absent.
 */
public record Field(String name, Shape shape, boolean required) {

    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(shape);
    }

    public static Field required(String name, Shape shape) {
        return new Field(name, shape, true);
    }

    public static Field optional(String name, Shape shape) {
        return new Field(name, shape, false);
    }
}
