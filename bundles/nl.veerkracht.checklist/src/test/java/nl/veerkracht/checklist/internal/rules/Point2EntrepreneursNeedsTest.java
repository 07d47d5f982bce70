package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;

/** Point 2, Stel de behoefte van de ondernemer centraal. */
class Point2EntrepreneursNeedsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, TestPlan plan) {
        return FindingLines.of(rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS));
    }

    private static final String NEED = """
            id: liquiditeit-horeca
            title: Liquiditeit in de horeca
            sector: "56"
            date: 2026-03-01
            urgency: high
            """;

    private static final String ACTION = """
            id: terrassen-verruimen
            title: Terrassen verruimen
            term: short
            needs:
              - liquiditeit-horeca
            status: running
            """;

    @Test
    void needsInventoryIsMissingWithoutNeedsAndAsksForARecentDatedOne() {
        NeedsInventory rule = new NeedsInventory();
        assertEquals(List.of("missing plan/needs/"), run(rule, TestPlan.municipality("")));

        TestPlan old = TestPlan.municipality("").with("needs/liquiditeit-horeca.yaml", NEED.replace("2026-03-01", "2025-10-01"))
                .with("needs/personeel.yaml", "id: personeel\ntitle: Personeel\n");
        assertEquals(List.of("attention plan/needs/", "attention plan/needs/personeel.yaml date"), run(rule, old));
        assertEquals("De nieuwste behoefte in de inventarisatie is van 1 oktober 2025, meer dan 12 maanden geleden.",
                rule.evaluate(old.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        assertEquals(List.of("attention plan/needs/personeel.yaml date"),
                FindingLines.of(rule.evaluate(old.facts(), TODAY, RuleSettings.of(Map.of(NeedsInventory.MAX_AGE_KEY, 18)))));

        TestPlan fixed = old.with("needs/personeel.yaml", "id: personeel\ntitle: Personeel\ndate: 2026-11-01\n");
        assertEquals(List.of(), run(rule, fixed));
    }

    @Test
    void shortTermActionsServeANeed() {
        ShortTermActionsServeNeeds rule = new ShortTermActionsServeNeeds();
        TestPlan plan = TestPlan.municipality("").with("needs/liquiditeit-horeca.yaml", NEED)
                .with("actions/terrassen-verruimen.yaml", ACTION.replace("needs:\n  - liquiditeit-horeca\n", ""))
                .with("actions/later.yaml", "id: later\ntitle: Later\nterm: long\nstatus: idea\n")
                .with("actions/gestopt.yaml", "id: gestopt\ntitle: Gestopt\nterm: short\nstatus: stopped\n");
        assertEquals(List.of("attention plan/actions/terrassen-verruimen.yaml needs"), run(rule, plan));
        assertEquals(List.of(), run(rule, plan.with("actions/terrassen-verruimen.yaml", ACTION)));
    }

    @Test
    void unservedNeedsAreListedAndUrgentOnesSaySo() {
        UnservedNeeds rule = new UnservedNeeds();
        TestPlan plan = TestPlan.municipality("").with("needs/liquiditeit-horeca.yaml", NEED)
                .with("needs/bereikbaarheid.yaml", "id: bereikbaarheid\ntitle: Bereikbaarheid\nurgency: low\n")
                .with("actions/terrassen-verruimen.yaml", ACTION.replace("status: running", "status: stopped"));
        assertEquals(List.of("attention plan/needs/bereikbaarheid.yaml", "attention plan/needs/liquiditeit-horeca.yaml"),
                run(rule, plan));
        assertEquals("No action serves the urgent need Liquiditeit in de horeca.",
                rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS).get(1).problem().english());

        TestPlan fixed = plan.with("actions/terrassen-verruimen.yaml", ACTION)
                .with("actions/parkeren.yaml", "id: parkeren\ntitle: Parkeren\nterm: medium\nneeds:\n  - bereikbaarheid\nstatus: planned\n");
        assertEquals(List.of(), run(rule, fixed));
    }
}
