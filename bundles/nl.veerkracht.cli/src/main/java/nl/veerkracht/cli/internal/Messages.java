package nl.veerkracht.cli.internal;

import nl.veerkracht.model.validation.Language;

import java.text.MessageFormat;
import java.util.Date;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the command line in one language. Dutch is the base bundle; other languages
 * never fall back to the machine's default locale, so the output does not depend on it.
 */
public final class Messages {

    private static final String BUNDLE = "nl.veerkracht.cli.internal.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public Language language() {
        return language;
    }

    /** The resource bundle behind these messages, for picocli's option descriptions. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for {@code key}, with {@code args} filled in. Every text is a {@link MessageFormat}
     * pattern, also without arguments, so a quote is always written twice.
     *
     * <p>An argument is a value (a title, a path, a name, what a service said), often from a file, a commit or a
     * remote: numbers and dates are formatted by the pattern, anything else is filled in as one line with its
     * control characters escaped ({@link TerminalText#safe}), so that a value never breaks the line it stands in,
     * however the text is printed.
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for '" + key + "' in " + language, e);
        }
        return new MessageFormat(pattern, language.locale()).format(shown(args));
    }

    private static Object[] shown(Object[] args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] != null && !(shown[i] instanceof Number) && !(shown[i] instanceof Date)) {
                shown[i] = TerminalText.safe(shown[i].toString());
            }
        }
        return shown;
    }

    /** Whether there is a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
