package nl.veerkracht.region;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.StoreException;

/**
 * Something asked of a regional plan cannot be done, for a reason the user can act on. Like every
 * {@link StoreException} it is said in the user's language; its texts are this bundle's. An argument
 * that is a {@link Problem} is said as {@code file:line:column: message} in that language, a {@link Rule}
 * in words.
 */
public class RegionException extends StoreException {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "nl.veerkracht.region.messages";

    private final transient Object[] arguments;

    public RegionException(String key, Object... args) {
        this(null, key, args);
    }

    public RegionException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
        this.arguments = args.clone();
    }

    @Override
    public String describe(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, RegionException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Language language = Language.fromCode(locale.getLanguage()).orElse(Language.NL);
        Object[] said = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            said[i] = arguments[i] instanceof Problem problem ? problem.render(language)
                    : arguments[i] instanceof Rule rule ? rule.describe(locale) : arguments[i];
        }
        return new MessageFormat(texts.getString(key()), locale).format(said);
    }
}
