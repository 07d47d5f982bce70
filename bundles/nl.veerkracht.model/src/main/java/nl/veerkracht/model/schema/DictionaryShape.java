package nl.veerkracht.model.schema;

import java.util.Objects;

/**
 * A map whose keys are values themselves rather than field names: {@code contributions} maps member
 * codes to amounts. The writer sorts its keys.
 */
public record DictionaryShape(ScalarShape key, Shape value) implements Shape {

    public DictionaryShape {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
    }
}
