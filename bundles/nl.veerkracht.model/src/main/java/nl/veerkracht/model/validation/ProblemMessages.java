package nl.veerkracht.model.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The catalogue of problem messages: {@code problems.properties} (Dutch, the base) and
 * {@code problems_en.properties} in this package. A message is a {@link MessageFormat} pattern, so a
 * quote in it is written twice. The catalogue never falls back to the JVM's locale.
 */
public final class ProblemMessages {

    private static final String BUNDLE = "nl.veerkracht.model.validation.problems";
    private static final String ALTERNATIVES_OR = "alternatives.or";

    private ProblemMessages() {
    }

    /** The message of {@code problem} in {@code language}. */
    public static String message(Problem problem, Language language) {
        ResourceBundle bundle = bundle(language);
        String pattern;
        try {
            pattern = bundle.getString(problem.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + problem.key() + "' in " + language, e);
        }
        Object[] arguments = problem.arguments().stream()
                .map(argument -> argument instanceof List<?> alternatives
                        ? alternatives(alternatives, bundle.getString(ALTERNATIVES_OR))
                        : argument)
                .toArray();
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** {@code path:line:column: message}, or {@code path: message} when the position is unknown. */
    public static String render(Problem problem, Language language) {
        String where = problem.position().isKnown()
                ? problem.path() + ":" + problem.position().line() + ":" + problem.position().column()
                : problem.path();
        return where + ": " + message(problem, language);
    }

    /** Every key the catalogue has in {@code language}. */
    public static Set<String> keys(Language language) {
        return bundle(language).keySet();
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), ProblemMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String alternatives(List<?> words, String or) {
        if (words.size() == 1) {
            return words.get(0).toString();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                text.append(i == words.size() - 1 ? " " + or + " " : ", ");
            }
            text.append(words.get(i));
        }
        return text.toString();
    }
}
