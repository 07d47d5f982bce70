package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;
import nl.veerkracht.store.CouncilApproval;

/** Point 7, Zorg voor een dynamische herstelaanpak. */
class Point7DynamicApproachTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, PlanFacts facts) {
        return FindingLines.of(rule.evaluate(facts, TODAY, RuleSettings.DEFAULTS));
    }

    private static CouncilApproval approval(LocalDate date) {
        return new CouncilApproval(date, CouncilApproval.tagName(date), "0123456789abcdef0123456789abcdef01234567",
                "Vastgesteld door de gemeenteraad");
    }

    @Test
    void longTermVisionIsMissingWithoutAVision() {
        LongTermVision rule = new LongTermVision();
        assertEquals(List.of("missing plan/plan.yaml vision"), run(rule, TestPlan.municipality("").facts()));
        assertEquals(List.of(), run(rule, TestPlan.municipality("vision: |\n  Breda komt sterker uit de crisis.\n").facts()));
    }

    @Test
    void yearlyApprovalWantsTheCouncilToHaveApprovedAVersionInTheLastYear() {
        YearlyApproval rule = new YearlyApproval();
        PlanFacts facts = TestPlan.municipality("").facts();
        assertEquals(List.of("attention plan"), run(rule, facts));
        PlanFacts old = facts.withApprovals(List.of(approval(LocalDate.of(2025, 11, 27)), approval(LocalDate.of(2024, 5, 1))));
        assertEquals(List.of("attention plan"), run(rule, old));
        assertEquals("raad/2025-11-27", rule.evaluate(old, TODAY, RuleSettings.DEFAULTS).get(0).entity().orElseThrow(),
                "the most recent approval is named");
        assertEquals(List.of(), FindingLines.of(rule.evaluate(old, TODAY, RuleSettings.of(Map.of(YearlyApproval.MAX_AGE_KEY, 24)))));
        assertEquals(List.of(), run(rule, old.withApprovals(List.of(approval(LocalDate.of(2026, 5, 12))))));
    }

    @Test
    void budgetReserveWantsRoomForNewInvestments() {
        BudgetReserve rule = new BudgetReserve();
        String lines = "budget:\n  lines:\n    - id: ez-2026\n      source: existing\n      amount: 250000\n";
        assertEquals(List.of("attention plan/plan.yaml budget.reserve"), run(rule, TestPlan.municipality(lines).facts()));
        TestPlan small = TestPlan.municipality(lines + "  reserve: 10000\n");
        assertEquals(List.of("attention plan/plan.yaml budget.reserve"), run(rule, small.facts()));
        assertEquals("De reserve van € 10.000 is 4% van de budgetregels (€ 250.000); verwacht wordt minstens 5%.",
                rule.evaluate(small.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        assertEquals(List.of(), run(rule, TestPlan.municipality(lines + "  reserve: 50000\n").facts()));
        assertEquals(List.of(), run(rule, TestPlan.municipality("budget:\n  reserve: 1000\n").facts()),
                "without budget lines any reserve is room");
    }

    @Test
    void budgetReserveComparesExactlyWhereALongWouldWrapAround() {
        BudgetReserve rule = new BudgetReserve();
        // 10^12 times 9,300,000 percent is beyond a long: wrapped around it turned negative and hid the finding
        TestPlan plan = TestPlan.municipality("budget:\n  lines:\n    - id: groot\n      source: existing\n"
                + "      amount: 1000000000000\n  reserve: 1000\n");
        RuleSettings settings = RuleSettings.of(Map.of(BudgetReserve.MINIMUM_PERCENT_KEY, 9_300_000));
        assertEquals(List.of("attention plan/plan.yaml budget.reserve"),
                FindingLines.of(rule.evaluate(plan.facts(), TODAY, settings)));
    }
}
