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
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Scenario;

/**
 * Point 10: no scenario held during the crisis, so a fallback scenario is kept up to date.
 * Attention for a fallback scenario that records no review ({@code reviewed}), or was last reviewed
 * more than {@value #MAX_AGE_KEY} months ago (default {@value #MAX_AGE_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class ScenarioReviewed extends BuiltInRule {

    public static final String MAX_AGE_KEY = "scenarios.reviewMaxAgeMonths";
    public static final int MAX_AGE_DEFAULT = 12;

    public ScenarioReviewed() {
        super(ChecklistPoint.FALLBACK_SCENARIO, "scenario-reviewed");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int maxAge = settings.wholeNumber(MAX_AGE_KEY, MAX_AGE_DEFAULT);
        List<Finding> findings = new ArrayList<>();
        for (Scenario scenario : fallbackScenarios(facts)) {
            String file = facts.file(EntityKind.SCENARIO, scenario.id());
            if (scenario.reviewed().isEmpty()) {
                findings.add(finding(Severity.ATTENTION, file, scenario.id(), "never", scenario.title())
                        .atField("reviewed"));
            } else if (olderThanMonths(scenario.reviewed().get(), today, maxAge)) {
                findings.add(finding(Severity.ATTENTION, file, scenario.id(), "old", scenario.title(),
                        scenario.reviewed().get(), maxAge).atField("reviewed"));
            }
        }
        return findings;
    }
}
