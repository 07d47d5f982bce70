package nl.veerkracht.cli.internal;

import java.util.Locale;

/** The languages Veerkracht speaks to its users: Dutch by default, English on request. */
public enum Language {
    NL(Locale.forLanguageTag("nl")), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a {@code --lang} value, or {@code null} when there is none such. */
    public static Language forCode(String code) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        return null;
    }
}
