package nl.veerkracht.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.document.SourcePosition;

class ProblemMessagesTest {

    private static final Problem KORT = Problem.error("actions/terrassen.yaml", new SourcePosition(7, 9), "value.choice",
            "term", List.of("short", "medium", "long"), "kort");

    @Test
    void aProblemRendersAsPathLineColumnAndMessageInEitherLanguage() {
        assertEquals("actions/terrassen.yaml:7:9: term must be short, medium or long, not 'kort'", KORT.render(Language.EN));
        assertEquals("actions/terrassen.yaml:7:9: term moet short, medium of long zijn, niet 'kort'", KORT.render(Language.NL));
    }

    @Test
    void aProblemWithoutAPositionRendersWithThePathOnly() {
        Problem missing = Problem.error("plan.yaml", SourcePosition.UNKNOWN, "plan.missing");

        assertEquals("plan.yaml: plan.yaml is missing; every plan repository has one", missing.render(Language.EN));
    }

    @Test
    void theMessagesDoNotDependOnTheDefaultLocaleOfTheMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("term moet short, medium of long zijn, niet 'kort'", KORT.message(Language.NL));
            Locale.setDefault(Locale.forLanguageTag("nl"));
            assertEquals("term must be short, medium or long, not 'kort'", KORT.message(Language.EN));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bothLanguagesHaveEveryMessage() {
        assertEquals(new TreeSet<>(ProblemMessages.keys(Language.NL)), new TreeSet<>(ProblemMessages.keys(Language.EN)));
    }

    @Test
    void everyMessageFillsInTheSameArgumentsInBothLanguages() {
        for (String key : ProblemMessages.keys(Language.EN)) {
            if (key.equals("alternatives.or")) {
                continue;
            }
            Problem problem = Problem.error("x.yaml", new SourcePosition(1, 1), key, "A0", "A1", "A2");
            String english = problem.message(Language.EN);
            String dutch = problem.message(Language.NL);
            assertFalse(english.matches(".*\\{[0-9]}.*") || dutch.matches(".*\\{[0-9]}.*"), key);
            for (int i = 0; i < 3; i++) {
                assertEquals(english.contains("A" + i), dutch.contains("A" + i), key + " uses argument " + i);
            }
        }
        assertEquals("budget.amount must be a whole number of euros, 0 or more, not '-5'",
                Problem.error("x", SourcePosition.UNKNOWN, "value.amount", "budget.amount", "-5").message(Language.EN));
        assertEquals("budget.amount moet een heel aantal euro's zijn, 0 of meer, niet '-5'",
                Problem.error("x", SourcePosition.UNKNOWN, "value.amount", "budget.amount", "-5").message(Language.NL));
    }

    @Test
    void aSingleAlternativeIsWrittenAlone() {
        Problem problem = Problem.error("s.yaml", SourcePosition.UNKNOWN, "value.choice", "kind", List.of("fallback"), "x");

        assertEquals("kind must be fallback, not 'x'", problem.message(Language.EN));
    }

    @Test
    void anUnknownMessageKeyIsAnErrorOfTheCaller() {
        Problem problem = Problem.error("x", SourcePosition.UNKNOWN, "no.such.key");

        assertThrows(IllegalStateException.class, () -> problem.message(Language.EN));
    }

    @Test
    void argumentsAreTextOrAlternatives() {
        assertThrows(IllegalArgumentException.class,
                () -> Problem.error("x", SourcePosition.UNKNOWN, "value.amount", "budget.amount", 5));
    }

    @Test
    void theLanguageFollowsTheLocaleOnlyForEnglish() {
        assertEquals(Language.EN, Language.of(Locale.UK));
        assertEquals(Language.NL, Language.of(Locale.forLanguageTag("nl-BE")));
        assertEquals(Language.NL, Language.of(Locale.FRANCE));
        assertEquals(Language.EN, Language.fromCode("en").orElseThrow());
    }
}
