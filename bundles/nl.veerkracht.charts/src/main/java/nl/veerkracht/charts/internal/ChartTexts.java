package nl.veerkracht.charts.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import nl.veerkracht.model.validation.Language;

/** The charts' texts in one language, from {@code charts.properties} (Dutch) and {@code charts_en.properties}. */
public final class ChartTexts {

    private static final String BUNDLE = "nl.veerkracht.charts.internal.charts";

    private final Language language;
    private final ResourceBundle bundle;

    private ChartTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ChartTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ChartTexts of(Language language) {
        return new ChartTexts(language);
    }

    /** The text of {@code key} with its arguments filled in. */
    public String text(String key, String... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Every key of the texts, for the test that holds both languages to the same keys. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
