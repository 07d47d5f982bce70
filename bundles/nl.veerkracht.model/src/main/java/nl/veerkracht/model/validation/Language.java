package nl.veerkracht.model.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages problems are told in: Dutch, the default, and English. Never taken from the JVM's
 * default locale, so the same problem reads the same on every machine.
 */
public enum Language {
    NL(Locale.forLanguageTag("nl")), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a code such as {@code nl} or {@code EN}, if there is one. */
    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** English for an English locale; Dutch for every other one. */
    public static Language of(Locale locale) {
        return locale.getLanguage().equals(EN.locale.getLanguage()) ? EN : NL;
    }
}
