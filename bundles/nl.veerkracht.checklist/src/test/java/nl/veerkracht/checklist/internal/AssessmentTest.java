package nl.veerkracht.checklist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.FindingText;
import nl.veerkracht.checklist.InvalidSettingException;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.PointAssessment;
import nl.veerkracht.checklist.PointStatus;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.RuleSummary;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.checklist.TestPlan;
import nl.veerkracht.checklist.internal.rules.BuiltInRules;
import nl.veerkracht.model.PlanContents;

/** Scoring the points from the rules' findings. */
class AssessmentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** A rule of a municipality's own, as another bundle would write it. */
    private record OwnRule(ChecklistPoint point, String id, Severity severity) implements ChecklistRule {
        @Override
        public FindingText description() {
            return new FindingText("Eigen regel.", "Own rule.");
        }

        @Override
        public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
            return List.of(Finding.of(point, id, severity, facts.planFile(), "plan", new FindingText("Fout.", "Wrong."),
                    new FindingText("Herstel.", "Fix.")));
        }
    }

    @Test
    void anEmptyPlanIsMissingOnEveryPoint() {
        for (PlanFacts facts : List.of(PlanFacts.of("plan", PlanContents.empty()), TestPlan.municipality("").facts())) {
            Scorecard scorecard = Assessment.run(BuiltInRules.all(), facts, TODAY, RuleSettings.DEFAULTS);
            for (PointAssessment point : scorecard.points()) {
                assertEquals(PointStatus.MISSING, point.status(), "point " + point.point().number());
                assertTrue(point.rules().size() >= 2);
            }
            assertEquals(10, scorecard.count(PointStatus.MISSING));
            assertTrue(scorecard.anyMissing());
        }
    }

    @Test
    void aPointIsMissingWithOneMissingFindingAndNeedsAttentionWithOnlyAttentionFindings() {
        List<ChecklistRule> rules = List.of(new OwnRule(ChecklistPoint.LEAD, "own.attention", Severity.ATTENTION),
                new OwnRule(ChecklistPoint.LESSONS, "own.attention", Severity.ATTENTION),
                new OwnRule(ChecklistPoint.LESSONS, "own.missing", Severity.MISSING));
        Scorecard scorecard = Assessment.run(rules, TestPlan.municipality("").facts(), TODAY, RuleSettings.DEFAULTS);
        assertEquals(PointStatus.ATTENTION, scorecard.point(ChecklistPoint.LEAD).status());
        PointAssessment lessons = scorecard.point(ChecklistPoint.LESSONS);
        assertEquals(PointStatus.MISSING, lessons.status());
        assertEquals(List.of("own.missing", "own.attention"), lessons.findings().stream().map(Finding::rule).toList(),
                "missing findings first");
        assertEquals(List.of("own.attention", "own.missing"), lessons.rules().stream().map(RuleSummary::id).toList());
        assertEquals("Own rule.", lessons.rules().get(0).description().english());
    }

    @Test
    void aPointNoRuleJudgesIsNotOkButNeedsAttention() {
        Scorecard scorecard = Assessment.run(List.of(new OwnRule(ChecklistPoint.LEAD, "own", Severity.ATTENTION)),
                TestPlan.municipality("").facts(), TODAY, RuleSettings.DEFAULTS);
        PointAssessment network = scorecard.point(ChecklistPoint.NETWORK);
        assertEquals(PointStatus.ATTENTION, network.status());
        assertEquals("No rule judges this point.", network.findings().get(0).problem().english());
        assertEquals(List.of(), network.rules());
    }

    @Test
    void aRuleThatFailsIsReportedAndTheOthersStillRun() {
        ChecklistRule broken = new ChecklistRule() {
            @Override
            public ChecklistPoint point() {
                return ChecklistPoint.LEAD;
            }

            @Override
            public String id() {
                return "own.broken";
            }

            @Override
            public FindingText description() {
                return new FindingText("Kapot.", "Broken.");
            }

            @Override
            public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
                throw new IllegalStateException("no leads today");
            }
        };
        List<ChecklistRule> rules = new java.util.ArrayList<>(BuiltInRules.all());
        rules.add(broken);
        Scorecard scorecard = Assessment.run(rules, TestPlan.municipality("").facts(), TODAY, RuleSettings.DEFAULTS);
        PointAssessment lead = scorecard.point(ChecklistPoint.LEAD);
        assertEquals(PointStatus.MISSING, lead.status(), "the built-in rules still ran");
        Finding failure = lead.findings().stream().filter(finding -> finding.rule().equals("own.broken")).findFirst()
                .orElseThrow();
        assertEquals(Severity.ATTENTION, failure.severity());
        assertEquals("De regel own.broken kon het plan niet beoordelen: no leads today", failure.problem().dutch());
    }

    @Test
    void disabledRulesDoNotRun() {
        RuleSettings settings = RuleSettings.of(Map.of(Assessment.DISABLED_KEY, new String[] {"long-term-vision", "yearly-approval",
                "budget-reserve"}));
        Scorecard scorecard = Assessment.run(BuiltInRules.all(), TestPlan.municipality("").facts(), TODAY, settings);
        PointAssessment dynamic = scorecard.point(ChecklistPoint.DYNAMIC_APPROACH);
        assertEquals(List.of(), dynamic.rules());
        assertEquals(List.of("checklist"), dynamic.findings().stream().map(Finding::rule).toList());
        assertEquals(36, Assessment.enabled(BuiltInRules.all(), settings).size());
        assertEquals(38, Assessment.enabled(BuiltInRules.all(),
                RuleSettings.of(Map.of(Assessment.DISABLED_KEY, "recovery-lines"))).size(), "a single string works too");
    }

    @Test
    void aThresholdConfiguredWronglyStopsTheCheck() {
        InvalidSettingException wrong = assertThrows(InvalidSettingException.class, () -> Assessment.run(BuiltInRules.all(),
                TestPlan.municipality("").facts(), TODAY, RuleSettings.of(Map.of("consultations.maxAgeMonths", "zes"))));
        assertEquals("consultations.maxAgeMonths", wrong.key());
        assertEquals("zes", wrong.value());
    }
}
