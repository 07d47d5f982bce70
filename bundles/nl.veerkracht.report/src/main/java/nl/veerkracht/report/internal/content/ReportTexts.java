package nl.veerkracht.report.internal.content;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import nl.veerkracht.model.validation.Language;

/** The report's texts in one language ({@code report*.properties}), and how it writes dates, amounts and numbers. */
public final class ReportTexts {

    private static final String BUNDLE = "nl.veerkracht.report.internal.content.report";

    private final Language language;
    private final ResourceBundle bundle;

    private ReportTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportTexts of(Language language) {
        return new ReportTexts(language);
    }

    public Language language() {
        return language;
    }

    /** The text of {@code key} with its arguments filled in. */
    public String text(String key, String... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Every key's text without arguments, the dots of the keys as underscores: what the template reads as labels. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            labels.put(key.replace('.', '_'), text(key));
        }
        return labels;
    }

    /** {@code 12 mei 2026}, {@code 12 May 2026}. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
    }

    /** Whole euros: {@code € 15.000} in Dutch (a space that does not break), {@code €15,000} in English. */
    public String euros(long amount) {
        String number = integer(amount);
        return language == Language.EN ? "€" + number : "€\u00a0" + number;
    }

    /** A whole number with the language's grouping: {@code 15.000}, {@code 15,000}. */
    public String integer(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale())).format(value);
    }

    /** A measured value as the language writes it: {@code 14.640}, {@code 1,5} in Dutch. */
    public String number(BigDecimal value) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale())).format(value);
    }

    private Locale locale() {
        return language.locale();
    }
}
