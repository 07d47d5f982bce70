package nl.veerkracht.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A closed vocabulary of the file format: an enum whose constants are written in plan files as
 * {@link #code()} ({@code term: short}, {@code status: running}).
 */
public interface Vocabulary {

    /** The word as it is written in a plan file. */
    String code();

    /** The constant of {@code type} written as {@code code}, if there is one (case-sensitive). */
    static <E extends Enum<E> & Vocabulary> Optional<E> fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Every word of {@code type}, in the order the format lists them. */
    static <E extends Enum<E> & Vocabulary> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::code).toList();
    }
}
