package nl.veerkracht.province;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import nl.veerkracht.store.StoreException;

/**
 * Following a province cannot be done, for a reason the user can act on; said in the user's
 * language from this bundle's texts. Like every {@link StoreException}, a command ends with it on
 * one line.
 */
public class ProvinceException extends StoreException {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "nl.veerkracht.province.messages";

    private final transient Object[] arguments;

    public ProvinceException(String key, Object... args) {
        super(key, args);
        this.arguments = args.clone();
    }

    @Override
    public String describe(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, ProvinceException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key()), locale).format(arguments);
    }
}
