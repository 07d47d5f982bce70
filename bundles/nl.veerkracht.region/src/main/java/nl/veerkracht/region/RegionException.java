package nl.veerkracht.region;

import java.util.Locale;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.StoreException;

/**
 * Something asked of a regional plan cannot be done, for a reason the user can act on. Like every
 * {@link StoreException} it is said in the user's language; its texts are this bundle's. An argument
 * that is a {@link Problem} is said as {@code file:line:column: message} in that language, a {@link Rule}
 * in words, a {@link MissingMunicipality} as why and what to do.
 */
public class RegionException extends StoreException {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "nl.veerkracht.region.messages";

    public RegionException(String key, Object... args) {
        this(null, key, args);
    }

    public RegionException(Throwable cause, String key, Object... args) {
        super(TEXTS, cause, key, args);
    }

    @Override
    protected Object say(Object argument, Locale locale) {
        if (argument instanceof Problem problem) {
            return problem.render(Language.fromCode(locale.getLanguage()).orElse(Language.NL));
        }
        if (argument instanceof MissingMunicipality missing) {
            return missing.why(locale) + "; " + missing.fix(locale);
        }
        return argument instanceof Rule rule ? rule.describe(locale) : argument;
    }
}
