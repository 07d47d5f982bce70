package nl.veerkracht.model.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.Vocabulary;

/**
 * A single value: its kind, for a {@link ScalarKind#CHOICE} the words allowed, and what it refers to,
 * if anything.
 */
public record ScalarShape(ScalarKind kind, List<String> choices, Optional<Reference> reference) implements Shape {

    public ScalarShape {
        Objects.requireNonNull(kind);
        choices = List.copyOf(choices);
        Objects.requireNonNull(reference);
        if ((kind == ScalarKind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("a choice, and only a choice, lists its words");
        }
    }

    public static ScalarShape of(ScalarKind kind) {
        return new ScalarShape(kind, List.of(), Optional.empty());
    }

    public static ScalarShape reference(ScalarKind kind, Reference reference) {
        return new ScalarShape(kind, List.of(), Optional.of(reference));
    }

    public static <E extends Enum<E> & Vocabulary> ScalarShape choice(Class<E> vocabulary) {
        return new ScalarShape(ScalarKind.CHOICE, Vocabulary.codes(vocabulary), Optional.empty());
    }

    /** Whether the value is text (see {@link ScalarKind#isText()}). */
    public boolean isText() {
        return kind.isText();
    }

    /** Whether the value is multi-line text. */
    public boolean isMultiline() {
        return kind == ScalarKind.MULTILINE_TEXT;
    }
}
