package nl.veerkracht.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Thresholds as Configuration Admin delivers them: typed, or as text from a configuration file. */
class RuleSettingsTest {

    @Test
    void anUnconfiguredKeyGivesTheRulesDefault() {
        assertEquals(6, RuleSettings.DEFAULTS.wholeNumber("consultations.maxAgeMonths", 6));
        assertEquals("long", RuleSettings.DEFAULTS.choice("budget.extraMoneyFromTerm", "long", List.of("short", "long")));
        assertEquals(Set.of(), RuleSettings.DEFAULTS.words("rules.disabled"));
    }

    @Test
    void numbersMayBeTypedOrText() {
        RuleSettings settings = RuleSettings.of(Map.of("a", 3, "b", 4L, "c", " 5 ", "service.pid", "nl.veerkracht.checklist"));
        assertEquals(3, settings.wholeNumber("a", 0));
        assertEquals(4, settings.wholeNumber("b", 0));
        assertEquals(5, settings.wholeNumber("c", 0));
        assertEquals(Set.of("a", "b", "c"), settings.values().keySet(), "Configuration Admin's own keys are left out");
    }

    @Test
    void aValueThatIsNotWhatTheRuleNeedsIsAnErrorNotTheDefault() {
        RuleSettings settings = RuleSettings.of(Map.of("a", "zes", "b", -1, "c", 2.5, "d", "lang"));
        for (String key : List.of("a", "b", "c")) {
            InvalidSettingException wrong = assertThrows(InvalidSettingException.class, () -> settings.wholeNumber(key, 6));
            assertEquals(key, wrong.key());
            assertEquals(List.of(), wrong.allowed());
        }
        assertThrows(InvalidSettingException.class, () -> settings.choice("d", "long", List.of("short", "medium", "long")));
    }

    @Test
    void wordsComeAsAnArrayAListOrOneLine() {
        assertEquals(Set.of("x", "y"), RuleSettings.of(Map.of("k", new String[] {"x", "y"})).words("k"));
        assertEquals(Set.of("x", "y"), RuleSettings.of(Map.of("k", List.of("x", "y"))).words("k"));
        assertEquals(Set.of("x", "y"), RuleSettings.of(Map.of("k", "x, y")).words("k"));
    }

    @Test
    void aWorkspacesValuesTakeThePlaceOfConfiguredOnesAndRememberWhereTheyWereWritten() {
        RuleSettings configured = RuleSettings.of(Map.of("stakeholders.minimumSectors", 3, "needs.maxAgeMonths", 12));
        RuleSettings forWorkspace = configured.overriddenBy(Map.of("stakeholders.minimumSectors", " 4 "),
                Map.of("stakeholders.minimumSectors", "/ws/.veerkracht/checklist.cfg:2:1"));
        assertEquals(4, forWorkspace.wholeNumber("stakeholders.minimumSectors", 3));
        assertEquals(12, forWorkspace.wholeNumber("needs.maxAgeMonths", 6), "keys the file does not set stay configured");
        assertEquals(Optional.empty(), forWorkspace.origin("needs.maxAgeMonths"));
        assertEquals(configured, configured.overriddenBy(Map.of(), Map.of()));

        RuleSettings wrong = configured.overriddenBy(Map.of("needs.maxAgeMonths", "een jaar"),
                Map.of("needs.maxAgeMonths", "/ws/.veerkracht/checklist.cfg:3:5"));
        InvalidSettingException error = assertThrows(InvalidSettingException.class,
                () -> wrong.wholeNumber("needs.maxAgeMonths", 6));
        assertEquals(Optional.of("/ws/.veerkracht/checklist.cfg:3:5"), error.origin());
        assertEquals("/ws/.veerkracht/checklist.cfg:3:5: the setting needs.maxAgeMonths of nl.veerkracht.checklist "
                + "cannot be 'een jaar': it takes a whole number of 0 or more", error.getMessage());
    }
}
