package nl.veerkracht.checklist.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import nl.veerkracht.checklist.FindingText;
import nl.veerkracht.model.StakeholderSector;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;
import nl.veerkracht.model.validation.Language;

/**
 * The texts of the built-in rules and of the check itself, in Dutch ({@code findings.properties},
 * the base) and English ({@code findings_en.properties}). A text is a {@link MessageFormat} pattern;
 * its arguments are written in the text's language: a date as {@code 1 oktober 2026}, a number as
 * {@code 250.000}, a term as {@code korte termijn}, a list as {@code a, b en c}.
 */
public final class FindingTexts {

    private static final String BUNDLE = "nl.veerkracht.checklist.internal.findings";

    private FindingTexts() {
    }

    /** The text {@code key} in both languages, with {@code args} filled in. */
    public static FindingText text(String key, Object... args) {
        return new FindingText(render(Language.NL, key, args), render(Language.EN, key, args));
    }

    /** The text {@code key} in {@code language}, with {@code args} filled in. */
    public static String render(Language language, String key, Object... args) {
        ResourceBundle bundle = bundle(language);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' in " + language, e);
        }
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = write(bundle, language, args[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(written);
    }

    /** Every key of the catalogue in {@code language}. */
    public static Set<String> keys(Language language) {
        return bundle(language).keySet();
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), FindingTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * An argument as the text's language writes it. Whole numbers stay numbers, so that the pattern
     * formats them ({@code 250.000}) and can choose a plural ({@code {0,choice,1#afdeling|1<afdelingen}}).
     */
    private static Object write(ResourceBundle bundle, Language language, Object value) {
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
        }
        if (value instanceof Term term) {
            return bundle.getString("term." + term.code());
        }
        if (value instanceof StakeholderSector sector) {
            return bundle.getString("sector." + sector.code());
        }
        if (value instanceof Theme theme) {
            return bundle.getString("theme." + theme.code());
        }
        if (value instanceof BigDecimal number) {
            NumberFormat format = NumberFormat.getNumberInstance(language.locale());
            format.setMaximumFractionDigits(Math.max(0, number.scale()));
            return format.format(number);
        }
        if (value instanceof Collection<?> items) {
            List<String> words = items.stream().map(item -> String.valueOf(write(bundle, language, item))).toList();
            if (words.size() <= 1) {
                return words.isEmpty() ? "" : words.get(0);
            }
            return String.join(", ", words.subList(0, words.size() - 1)) + " " + bundle.getString("list.and") + " "
                    + words.get(words.size() - 1);
        }
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger ? value : String.valueOf(value);
    }
}
