package nl.veerkracht.checklist;

import java.util.Objects;

import nl.veerkracht.model.validation.Language;

/**
 * A sentence of a finding in both languages of the command line. A rule writes both itself (from
 * its own resource bundle or as literals), so that a rule from another bundle needs nothing of the
 * checklist's catalogue.
 *
 * @param dutch the text in Dutch, the default language
 * @param english the same in English
 */
public record FindingText(String dutch, String english) {

    public FindingText {
        Objects.requireNonNull(dutch);
        Objects.requireNonNull(english);
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        return language == Language.EN ? english : dutch;
    }
}
