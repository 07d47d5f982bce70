package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CBS code of a province, {@code PV} and two digits ({@code PV30}, Noord-Brabant): the one place
 * that says what such a code looks like, for the format, the store's repository names and the province.
 */
public record ProvinceCode(String code) {

    /** What a province code looks like, as a regular expression, for patterns that contain one. */
    public static final String PATTERN = "PV[0-9]{2}";

    private static final Pattern CODE = Pattern.compile(PATTERN);

    /**
     * @throws IllegalArgumentException when {@code code} is not a province code
     */
    public ProvinceCode {
        Objects.requireNonNull(code);
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a province code (PV and two digits): " + code);
        }
    }

    /** Whether {@code text} is a province code, exactly ({@code PV30}, not {@code pv30}). */
    public static boolean isValid(String text) {
        return CODE.matcher(text).matches();
    }

    /** The code {@code text} is, if it is one. */
    public static Optional<ProvinceCode> parse(String text) {
        return isValid(text) ? Optional.of(new ProvinceCode(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
