package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;

/** Point 10, Houd rekening met een terugvalscenario. */
class Point10FallbackScenarioTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, TestPlan plan) {
        return FindingLines.of(rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS));
    }

    private static final String SCENARIO = """
            id: terugval
            title: Terugval naar een lockdown
            kind: fallback
            triggers:
              - Landelijke versoepelingen worden teruggedraaid
            reviewed: 2026-09-01
            roles:
              - role: crisiscoördinator
                who: J. de Vries
            runbook:
              - id: loket-opschalen
                what: Ondernemersloket opschalen
                who: economische-zaken
                within_days: 2
              - id: raad-informeren
                what: Raad informeren over inzet
                who: A. Jansen
                within_days: 7
            """;

    private static TestPlan with(String scenario) {
        return TestPlan.municipality("").with("scenarios/terugval.yaml", scenario);
    }

    @Test
    void fallbackScenarioIsMissingWithoutOneAndSaysWhenItStarts() {
        FallbackScenario rule = new FallbackScenario();
        assertEquals(List.of("missing plan/scenarios/"), run(rule, TestPlan.municipality("")));
        assertEquals(List.of("attention plan/scenarios/terugval.yaml triggers"),
                run(rule, with(SCENARIO.replace("triggers:\n  - Landelijke versoepelingen worden teruggedraaid\n", ""))));
        assertEquals(List.of(), run(rule, with(SCENARIO)));
    }

    @Test
    void runbookOwnedWantsARunbookWhoseEveryStepHasAnOwnerAndADeadline() {
        RunbookOwned rule = new RunbookOwned();
        TestPlan noRunbook = with(SCENARIO.substring(0, SCENARIO.indexOf("runbook:")));
        assertEquals(List.of("attention plan/scenarios/terugval.yaml runbook"), run(rule, noRunbook));
        TestPlan unowned = with(SCENARIO.replace("    who: economische-zaken\n", "").replace("    within_days: 7\n", ""));
        assertEquals(List.of("attention plan/scenarios/terugval.yaml runbook[loket-opschalen].who",
                "attention plan/scenarios/terugval.yaml runbook[raad-informeren].within_days"), run(rule, unowned));
        assertEquals("Stap 'Ondernemersloket opschalen' van het draaiboek van Terugval naar een lockdown heeft geen eigenaar.",
                rule.evaluate(unowned.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        assertEquals(List.of(), run(rule, with(SCENARIO)));
    }

    @Test
    void scenarioReviewedWantsAReviewInTheLastYear() {
        ScenarioReviewed rule = new ScenarioReviewed();
        assertEquals(List.of("attention plan/scenarios/terugval.yaml reviewed"),
                run(rule, with(SCENARIO.replace("reviewed: 2026-09-01\n", ""))));
        assertEquals(List.of("attention plan/scenarios/terugval.yaml reviewed"),
                run(rule, with(SCENARIO.replace("2026-09-01", "2025-09-01"))));
        assertEquals(List.of(), run(rule, with(SCENARIO)));
    }

    @Test
    void crisisRolesWantsRolesThatSomebodyFills() {
        CrisisRoles rule = new CrisisRoles();
        assertEquals(List.of("attention plan/scenarios/terugval.yaml roles"),
                run(rule, with(SCENARIO.replace("roles:\n  - role: crisiscoördinator\n    who: J. de Vries\n", ""))));
        assertEquals(List.of("attention plan/scenarios/terugval.yaml roles[crisiscoördinator].who"),
                run(rule, with(SCENARIO.replace("    who: J. de Vries\n", ""))));
        assertEquals(List.of(), run(rule, with(SCENARIO)));
    }

    @Test
    void scenarioInEffectWantsItStoodDownWithinTheReviewPeriodAndItsActionsDoneOnTime() {
        ScenarioInEffect rule = new ScenarioInEffect();
        assertEquals(List.of(), run(rule, with(SCENARIO)), "not in effect: nothing to say");
        String active = SCENARIO.replace("reviewed: 2026-09-01\n", "reviewed: 2026-09-01\nactive_since: 2026-11-20\n");
        String loket = """
                id: terugval-loket-opschalen
                title: Ondernemersloket opschalen
                term: short
                status: running
                start: 2026-11-20
                end: 2026-11-22
                scenario: terugval
                scenario_step: loket-opschalen
                """;
        TestPlan overdue = with(active).with("actions/terugval-loket-opschalen.yaml", loket);
        assertEquals(List.of("attention plan/actions/terugval-loket-opschalen.yaml end"), run(rule, overdue));
        assertEquals(List.of(), run(rule, with(active).with("actions/terugval-loket-opschalen.yaml",
                loket.replace("status: running", "status: done"))), "its actions count: done on time is fine");
        TestPlan tooLong = with(SCENARIO.replace("reviewed: 2026-09-01\n", "reviewed: 2026-09-01\nactive_since: 2025-10-01\n"));
        assertEquals(List.of("attention plan/scenarios/terugval.yaml active_since"), run(rule, tooLong));
        assertEquals("Terugvalscenario Terugval naar een lockdown is al in werking sinds 2025-10-01, langer dan 12 maanden.",
                rule.evaluate(tooLong.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
    }
}
