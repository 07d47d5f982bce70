package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.EntityKind;

/**
 * Point 1: unlike the crisis organisation, a separate recovery organisation is not preferred.
 * Attention when plan.yaml says {@code separate_recovery_organisation: true}.
 */
@Component(service = ChecklistRule.class)
public final class NoSeparateOrganisation extends BuiltInRule {

    public NoSeparateOrganisation() {
        super(ChecklistPoint.EXISTING_STRUCTURE, "no-separate-organisation");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        boolean separate = facts.localPlan().flatMap(plan -> plan.separateRecoveryOrganisation()).orElse(false);
        return separate
                ? List.of(finding(Severity.ATTENTION, facts.planFile(), EntityKind.PLAN_ID, "separate")
                        .atField("separate_recovery_organisation"))
                : List.of();
    }
}
