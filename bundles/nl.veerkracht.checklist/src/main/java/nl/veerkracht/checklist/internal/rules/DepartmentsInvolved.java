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
import nl.veerkracht.model.EntityKind;

/**
 * Point 1: recovery asks several departments to work together (education, economic affairs, youth,
 * sustainability), each with its own network. Missing without any department; attention with fewer
 * than {@value #MINIMUM_KEY} (default {@value #MINIMUM_DEFAULT}), and for an action owned by a
 * department the plan does not list.
 */
@Component(service = ChecklistRule.class)
public final class DepartmentsInvolved extends BuiltInRule {

    public static final String MINIMUM_KEY = "departments.minimum";
    public static final int MINIMUM_DEFAULT = 2;

    public DepartmentsInvolved() {
        super(ChecklistPoint.EXISTING_STRUCTURE, "departments-involved");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int minimum = settings.wholeNumber(MINIMUM_KEY, MINIMUM_DEFAULT);
        List<String> departments = facts.localPlan().map(plan -> plan.departments()).orElse(List.of());
        List<Finding> findings = new ArrayList<>();
        if (departments.isEmpty()) {
            findings.add(finding(Severity.MISSING, facts.planFile(), EntityKind.PLAN_ID, "none").atField("departments"));
        } else if (departments.size() < minimum) {
            findings.add(finding(Severity.ATTENTION, facts.planFile(), EntityKind.PLAN_ID, "few", departments.size(),
                    minimum).atField("departments"));
        }
        if (!departments.isEmpty()) {
            for (Action action : liveActions(facts)) {
                if (action.department().isPresent() && !departments.contains(action.department().get())) {
                    findings.add(finding(Severity.ATTENTION, facts.file(EntityKind.ACTION, action.id()), action.id(),
                            "unlisted", action.title(), action.department().get()).atField("department"));
                }
            }
        }
        return findings;
    }
}
