package nl.veerkracht.province;

import nl.veerkracht.store.StoreException;

/**
 * Following a province cannot be done, for a reason the user can act on; said in the user's
 * language from this bundle's texts. Like every {@link StoreException}, a command ends with it on
 * one line.
 */
public class ProvinceException extends StoreException {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "nl.veerkracht.province.messages";

    public ProvinceException(String key, Object... args) {
        super(TEXTS, null, key, args);
    }
}
