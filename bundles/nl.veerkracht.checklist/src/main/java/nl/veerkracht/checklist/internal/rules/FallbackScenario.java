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
 * Point 10: take a fallback scenario into account, in which relaxations are reversed or a lockdown
 * returns. Missing without a scenario of {@code kind: fallback}; attention for one that says
 * nothing of what sets it off ({@code triggers}).
 */
@Component(service = ChecklistRule.class)
public final class FallbackScenario extends BuiltInRule {

    public FallbackScenario() {
        super(ChecklistPoint.FALLBACK_SCENARIO, "fallback-scenario");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Scenario> fallbacks = fallbackScenarios(facts);
        if (fallbacks.isEmpty()) {
            return List.of(about(Severity.MISSING, facts.folder(EntityKind.SCENARIO), "none"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Scenario scenario : fallbacks) {
            if (scenario.triggers().isEmpty()) {
                findings.add(finding(Severity.ATTENTION, facts.file(EntityKind.SCENARIO, scenario.id()), scenario.id(),
                        "noTriggers", scenario.title()).atField("triggers"));
            }
        }
        return findings;
    }
}
