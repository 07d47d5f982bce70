package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;

/** Point 9, Onderscheid tussen de korte en lange termijn geeft overzicht en ruimte. */
class Point9ShortAndLongTermTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, TestPlan plan) {
        return FindingLines.of(rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS));
    }

    private static String action(String id, String term, String extra) {
        return "id: " + id + "\ntitle: " + id + "\nterm: " + term + "\nstatus: running\n" + extra;
    }

    private static final String TERMS = """
            terms:
              short:
                horizon_weeks: 4
                goals:
                  - Ondernemers houden liquiditeit
                principles:
                  - Binnen bestaande budgetten
              medium:
                until: 2027-07-01
                goals:
                  - Structurelere ondersteuning uitgewerkt
                principles:
                  - Aansluiten bij de regio
              long:
                goals:
                  - Andere keuzes in structurele investeringen
                principles:
                  - Transities geleidelijk inbedden
            """;

    @Test
    void termsUsedIsMissingWithoutActionsAndWantsEveryTermUsed() {
        TermsUsed rule = new TermsUsed();
        assertEquals(List.of("missing plan/actions/"), run(rule, TestPlan.municipality("")));
        TestPlan shortOnly = TestPlan.municipality("").with("actions/a.yaml", action("a", "short", ""))
                .with("actions/b.yaml", action("b", "long", "").replace("running", "stopped"));
        assertEquals(List.of("attention plan/actions/", "attention plan/actions/"), run(rule, shortOnly));
        assertEquals("Er zijn geen acties op de middellange termijn.",
                rule.evaluate(shortOnly.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        TestPlan fixed = shortOnly.with("actions/b.yaml", action("b", "long", ""))
                .with("actions/c.yaml", action("c", "medium", ""));
        assertEquals(List.of(), run(rule, fixed));
    }

    @Test
    void termGoalsAndPrinciplesWantsBothForEveryTerm() {
        TermGoalsAndPrinciples rule = new TermGoalsAndPrinciples();
        assertEquals(List.of("missing plan/plan.yaml terms"), run(rule, TestPlan.municipality("")));
        TestPlan partial = TestPlan.municipality("terms:\n  short:\n    horizon_weeks: 4\n    goals:\n      - Liquiditeit\n");
        assertEquals(List.of("attention plan/plan.yaml terms.short.principles",
                "attention plan/plan.yaml terms.medium.goals", "attention plan/plan.yaml terms.medium.principles",
                "attention plan/plan.yaml terms.long.goals", "attention plan/plan.yaml terms.long.principles"),
                run(rule, partial));
        assertEquals(List.of(), run(rule, TestPlan.municipality(TERMS)));
    }

    @Test
    void termHorizonsKeepsShortTermActionsWithinTheShortTermAndMediumOnesWithinTheMedium() {
        TermHorizons rule = new TermHorizons();
        TestPlan plan = TestPlan.municipality(TERMS)
                .with("actions/terrassen.yaml", action("terrassen", "short", "end: 2027-02-01\n"))
                .with("actions/open.yaml", action("open", "short", ""))
                .with("actions/fonds.yaml", action("fonds", "medium", "end: 2027-09-30\n"))
                .with("actions/klaar.yaml", action("klaar", "short", "end: 2027-12-01\n").replace("running", "done"));
        assertEquals(List.of("attention plan/actions/fonds.yaml end", "attention plan/actions/open.yaml end",
                "attention plan/actions/terrassen.yaml end"), run(rule, plan));
        assertEquals("Short-term action terrassen ends on 1 February 2027, after the short term of 4 weeks "
                + "(until 26 December 2026).", rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS).get(2).problem().english());

        TestPlan withoutHorizon = TestPlan.municipality("").with("actions/terrassen.yaml",
                action("terrassen", "short", "end: 2027-02-01\n"));
        assertEquals(List.of(), run(rule, withoutHorizon), "without horizon_weeks the short term is 12 weeks");
        assertEquals(1, rule.evaluate(withoutHorizon.facts(), TODAY,
                RuleSettings.of(Map.of(TermHorizons.SHORT_HORIZON_KEY, 6))).size());

        TestPlan fixed = plan.with("actions/terrassen.yaml", action("terrassen", "short", "end: 2026-12-20\n"))
                .with("actions/open.yaml", action("open", "short", "end: 2026-12-01\n"))
                .with("actions/fonds.yaml", action("fonds", "long", "end: 2027-09-30\n"));
        assertEquals(List.of(), run(rule, fixed));
    }

    @Test
    void recoveryLinesWantsEveryActionOnALineWhenThePlanHasLines() {
        RecoveryLines rule = new RecoveryLines();
        String lines = "recovery_lines:\n  - id: recreeren\n    title: Recreëren\n  - id: werken\n    title: Werken\n";
        TestPlan plan = TestPlan.municipality(lines).with("actions/a.yaml", action("a", "short", ""));
        assertEquals(List.of("attention plan/actions/a.yaml recovery_line"), run(rule, plan));
        assertEquals("Kies onder recovery_line een van de herstellijnen (recreeren en werken), zodat per lijn te zien is wat "
                + "er gebeurt.", rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS).get(0).remedy().dutch());
        assertEquals(List.of(), run(rule, plan.with("actions/a.yaml", action("a", "short", "recovery_line: werken\n"))));
        assertEquals(List.of(), run(rule, TestPlan.municipality("").with("actions/a.yaml", action("a", "short", ""))));
    }
}
