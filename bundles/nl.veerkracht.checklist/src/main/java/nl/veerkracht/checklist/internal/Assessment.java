package nl.veerkracht.checklist.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.InvalidSettingException;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.PointAssessment;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.RuleSummary;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.Plan;

/**
 * Runs rules on facts and scores the ten points: a pure function of its inputs. A rule that throws
 * becomes a finding of its point that needs attention (the others still run); a point that no rule
 * judges needs attention too, since nothing says it is ok.
 */
public final class Assessment {

    /** The configuration key that lists the ids of rules not to run. */
    public static final String DISABLED_KEY = "rules.disabled";

    /** Rules in the order they run: by point, then id. */
    static final Comparator<ChecklistRule> RULE_ORDER = Comparator.comparing(ChecklistRule::point)
            .thenComparing(ChecklistRule::id);

    private static final System.Logger LOG = System.getLogger(Assessment.class.getName());

    private Assessment() {
    }

    /** The rules of {@code rules} that {@code settings} do not disable, in the order they run. */
    public static List<ChecklistRule> enabled(List<ChecklistRule> rules, RuleSettings settings) {
        Set<String> disabled = settings.words(DISABLED_KEY);
        return rules.stream().filter(rule -> !disabled.contains(rule.id())).sorted(RULE_ORDER).toList();
    }

    /**
     * The scorecard of {@code facts} as of {@code today}.
     *
     * @throws InvalidSettingException when a rule finds a threshold configured wrongly
     */
    public static Scorecard run(List<ChecklistRule> rules, PlanFacts facts, LocalDate today, RuleSettings settings) {
        Map<ChecklistPoint, List<Finding>> findings = new EnumMap<>(ChecklistPoint.class);
        Map<ChecklistPoint, List<RuleSummary>> judgedBy = new EnumMap<>(ChecklistPoint.class);
        for (ChecklistPoint point : ChecklistPoint.values()) {
            findings.put(point, new ArrayList<>());
            judgedBy.put(point, new ArrayList<>());
        }
        for (ChecklistRule rule : enabled(rules, settings)) {
            judgedBy.get(rule.point()).add(RuleSummary.of(rule));
            for (Finding finding : evaluate(rule, facts, today, settings)) {
                findings.get(finding.point()).add(finding);
            }
        }
        List<PointAssessment> points = new ArrayList<>();
        for (ChecklistPoint point : ChecklistPoint.values()) {
            if (judgedBy.get(point).isEmpty()) {
                findings.get(point).add(new Finding(point, "checklist", Severity.ATTENTION, Optional.empty(),
                        Optional.empty(), Optional.empty(), FindingTexts.text("checklist.noRule.problem"),
                        FindingTexts.text("checklist.noRule.remedy")));
            }
            points.add(PointAssessment.of(point, findings.get(point), judgedBy.get(point)));
        }
        Optional<Plan> plan = facts.contents().plan();
        return new Scorecard(facts.repository(), plan.map(Plan::identifier), plan.map(Plan::name), today,
                facts.problems().size(), points);
    }

    private static List<Finding> evaluate(ChecklistRule rule, PlanFacts facts, LocalDate today, RuleSettings settings) {
        try {
            List<Finding> found = rule.evaluate(facts, today, settings);
            return found == null ? List.of() : List.copyOf(found);
        } catch (InvalidSettingException e) {
            throw e;
        } catch (RuntimeException e) {
            // the scorecard says so; the stack trace is for --debug only
            LOG.log(System.Logger.Level.DEBUG, "the checklist rule " + rule.id() + " failed: " + e, e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return List.of(new Finding(rule.point(), rule.id(), Severity.ATTENTION, Optional.empty(), Optional.empty(),
                    Optional.empty(), FindingTexts.text("checklist.ruleFailed.problem", rule.id(), reason),
                    FindingTexts.text("checklist.ruleFailed.remedy")));
        }
    }
}
