package nl.veerkracht.region;

import java.util.Objects;
import java.util.Optional;

/**
 * How the user settles one conflict: {@code --ours}, {@code --theirs} or {@code --value <value>}.
 *
 * @param kind which of the three
 * @param value for {@link Kind#VALUE}, the text as typed (read as YAML into a value of the field's type)
 */
public record ResolutionChoice(Kind kind, Optional<String> value) {

    /** The three ways to settle a conflict. */
    public enum Kind {
        OURS, THEIRS, VALUE
    }

    public ResolutionChoice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
        if ((kind == Kind.VALUE) != value.isPresent()) {
            throw new IllegalArgumentException("a value, and only a value, has text");
        }
    }

    public static ResolutionChoice ours() {
        return new ResolutionChoice(Kind.OURS, Optional.empty());
    }

    public static ResolutionChoice theirs() {
        return new ResolutionChoice(Kind.THEIRS, Optional.empty());
    }

    public static ResolutionChoice value(String text) {
        return new ResolutionChoice(Kind.VALUE, Optional.of(text));
    }
}
