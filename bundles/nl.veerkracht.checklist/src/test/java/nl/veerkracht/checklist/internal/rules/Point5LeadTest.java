package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;

/** Point 5, Benoem een trekker. */
class Point5LeadTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, TestPlan plan) {
        return FindingLines.of(rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS));
    }

    @Test
    void officialLeadIsMissingWithoutOneAndWantsHerFreedFromRegularWork() {
        OfficialLead rule = new OfficialLead();
        assertEquals(List.of("missing plan/plan.yaml leads.official"), run(rule, TestPlan.municipality("")));
        assertEquals(List.of("missing plan/plan.yaml leads.official"),
                run(rule, TestPlan.municipality("leads:\n  official:\n    role: projectleider\n")), "a role is not a person");
        TestPlan unknownHours = TestPlan.municipality("leads:\n  official:\n    name: J. de Vries\n");
        assertEquals(List.of("attention plan/plan.yaml leads.official.hours_freed_per_week"), run(rule, unknownHours));
        TestPlan fewHours = TestPlan.municipality("leads:\n  official:\n    name: J. de Vries\n    hours_freed_per_week: 8\n");
        assertEquals(List.of("attention plan/plan.yaml leads.official.hours_freed_per_week"), run(rule, fewHours));
        assertEquals("Projectleider J. de Vries is 8 uur per week vrijgemaakt; verwacht wordt minstens 16.",
                rule.evaluate(fewHours.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        assertEquals(List.of(), FindingLines.of(rule.evaluate(fewHours.facts(), TODAY,
                RuleSettings.of(Map.of(OfficialLead.MINIMUM_HOURS_KEY, 8)))));
        assertEquals(List.of(), run(rule, TestPlan.municipality(
                "leads:\n  official:\n    name: J. de Vries\n    hours_freed_per_week: 24\n")));
    }

    @Test
    void administrativeLeadIsMissingWithoutAnAlderman() {
        AdministrativeLead rule = new AdministrativeLead();
        assertEquals(List.of("missing plan/plan.yaml leads.administrative"),
                run(rule, TestPlan.municipality("leads:\n  official:\n    name: J. de Vries\n")));
        assertEquals(List.of(), run(rule, TestPlan.municipality(
                "leads:\n  administrative:\n    name: A. Jansen\n    role: wethouder economie\n")));
    }

    @Test
    void councilInformedWantsAnIntervalAndTheCouncilInformedWithinIt() {
        CouncilInformed rule = new CouncilInformed();
        assertEquals(List.of("attention plan/plan.yaml council.information_interval_weeks"), run(rule, TestPlan.municipality("")));
        assertEquals(List.of("attention plan/plan.yaml council.last_informed"),
                run(rule, TestPlan.municipality("council:\n  information_interval_weeks: 8\n")));
        TestPlan overdue = TestPlan.municipality("council:\n  information_interval_weeks: 8\n  last_informed: 2026-09-15\n");
        assertEquals(List.of("attention plan/plan.yaml council.last_informed"), run(rule, overdue));
        assertEquals("The council was last informed on 15 September 2026; at the interval of 8 weeks the next time was "
                + "10 November 2026.", rule.evaluate(overdue.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().english());
        assertEquals(List.of(), run(rule, TestPlan.municipality(
                "council:\n  information_interval_weeks: 8\n  last_informed: 2026-10-15\n")));
    }
}
