package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CBS code of a municipality, {@code GM} and four digits ({@code GM0758}, Breda): the one place
 * that says what such a code looks like, for the format, the store's repository names and the region.
 */
public record MunicipalityCode(String code) {

    /** What a municipality code looks like, as a regular expression, for patterns that contain one. */
    public static final String PATTERN = "GM[0-9]{4}";

    private static final Pattern CODE = Pattern.compile(PATTERN);

    /**
     * @throws IllegalArgumentException when {@code code} is not a municipality code
     */
    public MunicipalityCode {
        Objects.requireNonNull(code);
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a municipality code (GM and four digits): " + code);
        }
    }

    /** Whether {@code text} is a municipality code, exactly ({@code GM0758}, not {@code gm0758}). */
    public static boolean isValid(String text) {
        return CODE.matcher(text).matches();
    }

    /** The code {@code text} is, if it is one. */
    public static Optional<MunicipalityCode> parse(String text) {
        return isValid(text) ? Optional.of(new MunicipalityCode(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
