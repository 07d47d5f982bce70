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
import nl.veerkracht.model.RunbookStep;
import nl.veerkracht.model.Scenario;

/**
 * Point 10: a runbook makes the fallback scenario quick to put into effect. Attention for a
 * fallback scenario without a runbook, and for every step without an owner ({@code who}) or a
 * deadline ({@code within_days}).
 */
@Component(service = ChecklistRule.class)
public final class RunbookOwned extends BuiltInRule {

    public RunbookOwned() {
        super(ChecklistPoint.FALLBACK_SCENARIO, "runbook-owned");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Scenario scenario : fallbackScenarios(facts)) {
            String file = facts.file(EntityKind.SCENARIO, scenario.id());
            if (scenario.runbook().isEmpty()) {
                findings.add(finding(Severity.ATTENTION, file, scenario.id(), "none", scenario.title()).atField("runbook"));
            }
            for (RunbookStep step : scenario.runbook()) {
                String label = step.what().orElse(step.id());
                if (step.who().isEmpty()) {
                    findings.add(finding(Severity.ATTENTION, file, scenario.id(), "noOwner", label, scenario.title())
                            .atField("runbook[" + step.id() + "].who"));
                }
                if (step.withinDays().isEmpty()) {
                    findings.add(finding(Severity.ATTENTION, file, scenario.id(), "noDeadline", label, scenario.title())
                            .atField("runbook[" + step.id() + "].within_days"));
                }
            }
        }
        return findings;
    }
}
