package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.InvalidSettingException;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;
import nl.veerkracht.model.validation.Language;

/** Point 1, Organiseer herstel vanuit de bestaande structuur en middelen: each rule fires, and stops when the plan is fixed. */
class Point1ExistingStructureTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, TestPlan plan) {
        return FindingLines.of(rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS));
    }

    private static final String ACTION = """
            id: terrassen-verruimen
            title: Terrassen verruimen
            term: short
            department: economische-zaken
            budget:
              amount: 15000
              source: existing
            status: running
            """;

    @Test
    void departmentsInvolvedWantsSeveralDepartmentsAndEveryActionsDepartmentListed() {
        DepartmentsInvolved rule = new DepartmentsInvolved();
        TestPlan none = TestPlan.municipality("").with("actions/terrassen-verruimen.yaml", ACTION);
        assertEquals(List.of("missing plan/plan.yaml departments"), run(rule, none));

        TestPlan one = TestPlan.municipality("departments:\n  - onderwijs\n").with("actions/terrassen-verruimen.yaml", ACTION);
        assertEquals(List.of("attention plan/plan.yaml departments",
                "attention plan/actions/terrassen-verruimen.yaml department"), run(rule, one));
        assertTrue(FindingLines.text(rule.evaluate(one.facts(), TODAY, RuleSettings.DEFAULTS).get(0), Language.NL)
                .startsWith("Het plan noemt maar één afdeling; verwacht worden er minstens 2."));

        TestPlan fixed = TestPlan.municipality("departments:\n  - onderwijs\n  - economische-zaken\n")
                .with("actions/terrassen-verruimen.yaml", ACTION);
        assertEquals(List.of(), run(rule, fixed));
        assertEquals(1, rule.evaluate(fixed.facts(), TODAY, RuleSettings.of(Map.of(DepartmentsInvolved.MINIMUM_KEY, 3)))
                .size(), "a municipality may ask for more departments");
    }

    @Test
    void noSeparateOrganisationFlagsARecoveryOrganisationApart() {
        NoSeparateOrganisation rule = new NoSeparateOrganisation();
        assertEquals(List.of("attention plan/plan.yaml separate_recovery_organisation"),
                run(rule, TestPlan.municipality("separate_recovery_organisation: true\n")));
        assertEquals(List.of(), run(rule, TestPlan.municipality("separate_recovery_organisation: false\n")));
        assertEquals(List.of(), run(rule, TestPlan.municipality("")));
    }

    @Test
    void existingBudgetWantsALineFromTheExistingBudget() {
        ExistingBudget rule = new ExistingBudget();
        assertEquals(List.of("missing plan/plan.yaml budget.lines"), run(rule, TestPlan.municipality("")));
        assertEquals(List.of("missing plan/plan.yaml budget.lines"), run(rule, TestPlan.municipality("""
                budget:
                  lines:
                    - id: herstelfonds
                      source: extra
                      amount: 100000
                """)));
        assertEquals(List.of(), run(rule, TestPlan.municipality("""
                budget:
                  lines:
                    - id: ez-2026
                      source: existing
                      amount: 250000
                """)));
    }

    @Test
    void shortTermExistingBudgetFlagsExtraMoneyBeforeTheLongTermAndMoneyOfUnknownSource() {
        ShortTermExistingBudget rule = new ShortTermExistingBudget();
        TestPlan plan = TestPlan.municipality("""
                budget:
                  lines:
                    - id: herstelfonds
                      source: extra
                      amount: 100000
                """)
                .with("actions/terrassen-verruimen.yaml", ACTION.replace("source: existing", "source: extra"))
                .with("actions/loket.yaml", "id: loket\ntitle: Loket\nterm: medium\nbudget:\n  line: herstelfonds\nstatus: running\n")
                .with("actions/visie.yaml", "id: visie\ntitle: Visie\nterm: long\nbudget:\n  amount: 5000\n  source: extra\nstatus: planned\n")
                .with("actions/onbekend.yaml", "id: onbekend\ntitle: Onbekend\nterm: long\nbudget:\n  amount: 5000\nstatus: idea\n");
        assertEquals(List.of("attention plan/actions/loket.yaml budget.line",
                "attention plan/actions/onbekend.yaml budget.source",
                "attention plan/actions/terrassen-verruimen.yaml budget.source"), run(rule, plan).stream().sorted().toList());
        assertEquals("Actie Terrassen verruimen op de korte termijn wordt betaald uit extra geld.",
                rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS).stream()
                        .filter(finding -> finding.entity().orElse("").equals("terrassen-verruimen")).findFirst()
                        .orElseThrow().problem().dutch());

        RuleSettings mediumMayUseExtra = RuleSettings.of(Map.of(ShortTermExistingBudget.EXTRA_MONEY_FROM_KEY, "medium"));
        assertEquals(2, rule.evaluate(plan.facts(), TODAY, mediumMayUseExtra).size());

        TestPlan fixed = plan
                .with("actions/terrassen-verruimen.yaml", ACTION)
                .with("actions/loket.yaml", "id: loket\ntitle: Loket\nterm: long\nbudget:\n  line: herstelfonds\nstatus: running\n")
                .with("actions/onbekend.yaml", "id: onbekend\ntitle: Onbekend\nterm: long\nbudget:\n  amount: 5000\n  source: province\nstatus: idea\n");
        assertEquals(List.of(), run(rule, fixed));
    }

    @Test
    void aThresholdThatIsNoTermStopsTheCheck() {
        InvalidSettingException wrong = assertThrows(InvalidSettingException.class, () -> new ShortTermExistingBudget()
                .evaluate(TestPlan.municipality("").facts(), TODAY,
                        RuleSettings.of(Map.of(ShortTermExistingBudget.EXTRA_MONEY_FROM_KEY, "lang"))));
        assertEquals(ShortTermExistingBudget.EXTRA_MONEY_FROM_KEY, wrong.key());
        assertEquals(List.of("short", "medium", "long"), wrong.allowed());
    }
}
