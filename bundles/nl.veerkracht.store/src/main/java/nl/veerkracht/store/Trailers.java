package nl.veerkracht.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trailer by which every Veerkracht commit records the municipality (or province) that made
 * it: {@code Veerkracht-Municipality: GM0758}, in the last paragraph of the message, as Git's
 * {@code interpret-trailers} reads it.
 */
public final class Trailers {

    public static final String MUNICIPALITY = "Veerkracht-Municipality";

    private static final Pattern MUNICIPALITY_LINE = Pattern.compile(
            "(?m)^" + Pattern.quote(MUNICIPALITY) + ":\\s*(\\S+)\\s*$");

    private Trailers() {
    }

    /** {@code message}, ended by the municipality trailer in a paragraph of its own. */
    public static String withMunicipality(String message, String code) {
        String body = message.strip();
        return body + "\n\n" + MUNICIPALITY + ": " + code + "\n";
    }

    /** The municipality a commit message names in its trailer, if any. */
    public static Optional<String> municipality(String message) {
        String[] paragraphs = message.strip().split("\n\\s*\n");
        Matcher matcher = MUNICIPALITY_LINE.matcher(paragraphs[paragraphs.length - 1]);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
