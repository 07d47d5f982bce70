package nl.veerkracht.index;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The index cannot do what was asked, for a reason the user can act on: the database cannot be
 * reached, its configuration is wrong, another program holds it. The message is a key of this bundle's
 * texts with its arguments, so it is said in the user's language.
 */
public class IndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "nl.veerkracht.index.messages";

    private final String key;
    private final transient Object[] args;

    public IndexException(String key, Object... args) {
        this(null, key, args);
    }

    public IndexException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** The message in the given language (Dutch unless English is asked for). */
    public String describe(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, IndexException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    @Override
    public String getMessage() {
        return describe(Locale.ENGLISH);
    }
}
