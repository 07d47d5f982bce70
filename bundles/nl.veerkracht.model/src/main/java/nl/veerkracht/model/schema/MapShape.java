package nl.veerkracht.model.schema;

import java.util.List;
import java.util.Optional;

/**
 * A map with named fields. The order of {@link #fields()} is the canonical key order of the file
 * format: the writer puts keys in this order. Keys not listed are unknown (a typo, as validation says).
 */
public record MapShape(List<Field> fields) implements Shape {

    public MapShape {
        fields = List.copyOf(fields);
        if (fields.stream().map(Field::name).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("a field is listed twice: " + fields);
        }
    }

    public static MapShape of(Field... fields) {
        return new MapShape(List.of(fields));
    }

    /** The field called {@code name}, if the map has one. */
    public Optional<Field> field(String name) {
        // a plain loop: every key of every file read comes through here
        for (Field field : fields) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The names of the fields, in canonical order. */
    public List<String> keyOrder() {
        return fields.stream().map(Field::name).toList();
    }

    /** The names of the required fields, in canonical order. */
    public List<String> requiredFields() {
        return fields.stream().filter(Field::required).map(Field::name).toList();
    }
}
