package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.scenario.ScenarioActivation;

/**
 * Point 10: a fallback scenario in effect ({@code active_since}) is worked through and stood down again.
 * Attention for one in effect longer than the review period ({@value ScenarioReviewed#MAX_AGE_KEY}, the
 * same months as its review), and for each of its actions that is still open after its end date.
 */
@Component(service = ChecklistRule.class)
public final class ScenarioInEffect extends BuiltInRule {

    public ScenarioInEffect() {
        super(ChecklistPoint.FALLBACK_SCENARIO, "scenario-in-effect");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int maxAge = settings.wholeNumber(ScenarioReviewed.MAX_AGE_KEY, ScenarioReviewed.MAX_AGE_DEFAULT);
        List<Finding> findings = new ArrayList<>();
        for (Scenario scenario : fallbackScenarios(facts)) {
            if (scenario.activeSince().isEmpty()) {
                continue;
            }
            LocalDate since = scenario.activeSince().get();
            if (olderThanMonths(since, today, maxAge)) {
                findings.add(finding(Severity.ATTENTION, facts.file(EntityKind.SCENARIO, scenario.id()), scenario.id(),
                        "long", scenario.title(), since.toString(), String.valueOf(maxAge)).atField("active_since"));
            }
            for (Action action : ScenarioActivation.stepActions(facts.contents(), scenario)) {
                boolean open = action.status() != ActionStatus.DONE && action.status() != ActionStatus.STOPPED;
                if (open && action.end().filter(end -> end.isBefore(today)).isPresent()) {
                    findings.add(finding(Severity.ATTENTION, facts.file(EntityKind.ACTION, action.id()), action.id(),
                            "overdue", action.title(), scenario.title(), action.end().get().toString())
                            .atField("end"));
                }
            }
        }
        return findings;
    }
}
