package nl.veerkracht.checklist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingText;
import nl.veerkracht.model.StakeholderSector;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.validation.Language;

/** The catalogue of texts: complete in both languages, and arguments written in the text's language. */
class FindingTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    void everyTextIsInBothLanguagesWithTheSameArguments() {
        assertEquals(FindingTexts.keys(Language.NL), FindingTexts.keys(Language.EN));
        for (String key : FindingTexts.keys(Language.NL)) {
            assertEquals(arguments(Language.NL, key), arguments(Language.EN, key), key);
        }
    }

    /** The arguments the text fills in: {@code {0}}, {@code {1,date,long}}, ... by their index. */
    private static Set<Integer> arguments(Language language, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.veerkracht.checklist.internal.findings", language.locale(),
                FindingTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        new MessageFormat(pattern, Locale.ROOT); // throws when the pattern is malformed
        Set<Integer> used = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            used.add(Integer.valueOf(argument.group(1)));
        }
        return used;
    }

    @Test
    void argumentsAreWrittenInTheTextsLanguage() {
        FindingText text = FindingTexts.text("council-informed.overdue.problem", LocalDate.of(2026, 9, 15), 8,
                LocalDate.of(2026, 11, 10));
        assertEquals("De raad is voor het laatst geïnformeerd op 15 september 2026; volgens het ritme van 8 weken was "
                + "10 november 2026 de volgende keer.", text.dutch());
        assertEquals("The council was last informed on 15 September 2026; at the interval of 8 weeks the next time was "
                + "10 November 2026.", text.english());
        assertEquals(new FindingText("Er zijn geen acties op de lange termijn.", "There are no actions on the long term."),
                FindingTexts.text("terms-used.unused.problem", Term.LONG));
        assertEquals("Het plan noemt maar 2 afdelingen; verwacht worden er minstens 3.",
                FindingTexts.render(Language.NL, "departments-involved.few.problem", 2, 3));
        assertEquals("The stakeholders come from only one sector (culture); at least 3 are expected.",
                FindingTexts.render(Language.EN, "stakeholder-sectors.few.problem", 1, List.of(StakeholderSector.CULTURE), 3));
        assertEquals("De belanghebbenden komen uit maar 3 sectoren (ondernemers, cultuur en onderwijs); verwacht worden er "
                + "minstens 4.", FindingTexts.render(Language.NL, "stakeholder-sectors.few.problem", 3,
                        List.of(StakeholderSector.ENTREPRENEURS, StakeholderSector.CULTURE, StakeholderSector.EDUCATION), 4));
    }
}
