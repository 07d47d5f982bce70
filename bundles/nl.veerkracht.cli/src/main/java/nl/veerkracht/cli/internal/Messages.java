package nl.veerkracht.cli.internal;

import nl.veerkracht.model.validation.Language;

import java.text.MessageFormat;
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
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for '" + key + "' in " + language, e);
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Whether there is a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
