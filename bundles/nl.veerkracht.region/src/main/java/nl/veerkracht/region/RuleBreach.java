package nl.veerkracht.region;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the region that an edit breaks, and what it touched: the file, and where known the field
 * ({@code contributions.GM0777}).
 */
public record RuleBreach(Rule rule, List<String> subject) {

    public RuleBreach {
        Objects.requireNonNull(rule);
        subject = List.copyOf(subject);
    }

    /** The field the breach is about ({@code contributions.GM0777}), when it names one after the file. */
    public Optional<String> field() {
        return subject.size() >= 2 ? Optional.of(subject.get(1)) : Optional.empty();
    }

    /** The rule in words, in the given language (Dutch unless English is asked for). */
    public String describe(Locale locale) {
        return rule.describe(locale);
    }
}
