package nl.veerkracht.ui.internal;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import nl.veerkracht.model.validation.Language;

/**
 * The client's texts in one language, from {@code texts.properties} (Dutch, the default) and
 * {@code texts_en.properties}. Never taken from the JVM's default locale: {@code --lang} or the
 * menu decides, as for the command line.
 */
public final class Texts {

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Texts of(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.veerkracht.ui.internal.texts",
                language == Language.EN ? language.locale() : java.util.Locale.ROOT, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(language, bundle);
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key}, with {@code arguments} filled in ({@link MessageFormat}). */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // every text is a MessageFormat pattern, with arguments or without (a quote is written twice in each)
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
