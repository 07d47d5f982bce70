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
 * Point 5: make an alderman (wethouder) responsible for the recovery. Missing without a named
 * administrative lead.
 */
@Component(service = ChecklistRule.class)
public final class AdministrativeLead extends BuiltInRule {

    public AdministrativeLead() {
        super(ChecklistPoint.LEAD, "administrative-lead");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        boolean named = facts.localPlan().flatMap(plan -> plan.leads()).flatMap(leads -> leads.administrative())
                .flatMap(lead -> lead.name()).isPresent();
        return named ? List.of()
                : List.of(finding(Severity.MISSING, facts.planFile(), EntityKind.PLAN_ID, "none")
                        .atField("leads.administrative"));
    }
}
