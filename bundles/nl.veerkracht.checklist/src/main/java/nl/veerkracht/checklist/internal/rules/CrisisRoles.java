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
import nl.veerkracht.model.CrisisRole;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Scenario;

/**
 * Point 10: in the fallback scenario a crisis organisation is set up again. Attention for a
 * fallback scenario that names no crisis roles, and for every role that nobody fills.
 */
@Component(service = ChecklistRule.class)
public final class CrisisRoles extends BuiltInRule {

    public CrisisRoles() {
        super(ChecklistPoint.FALLBACK_SCENARIO, "crisis-roles");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Scenario scenario : fallbackScenarios(facts)) {
            String file = facts.file(EntityKind.SCENARIO, scenario.id());
            if (scenario.roles().isEmpty()) {
                findings.add(finding(Severity.ATTENTION, file, scenario.id(), "none", scenario.title()).atField("roles"));
            }
            for (CrisisRole role : scenario.roles()) {
                if (role.who().isEmpty()) {
                    findings.add(finding(Severity.ATTENTION, file, scenario.id(), "unfilled", role.role(), scenario.title())
                            .atField("roles[" + role.role() + "].who"));
                }
            }
        }
        return findings;
    }
}
