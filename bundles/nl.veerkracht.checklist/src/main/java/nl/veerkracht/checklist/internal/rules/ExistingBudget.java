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
import nl.veerkracht.model.Budget;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.EntityKind;

/**
 * Point 1: allocate as much as possible for the recovery within existing budgets. Missing when
 * plan.yaml has no budget line with {@code source: existing}.
 */
@Component(service = ChecklistRule.class)
public final class ExistingBudget extends BuiltInRule {

    public ExistingBudget() {
        super(ChecklistPoint.EXISTING_STRUCTURE, "existing-budget");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        boolean existing = facts.localPlan().flatMap(plan -> plan.budget()).map(Budget::lines).orElse(List.of())
                .stream().anyMatch(line -> line.source().orElse(null) == BudgetSource.EXISTING);
        return existing ? List.of()
                : List.of(finding(Severity.MISSING, facts.planFile(), EntityKind.PLAN_ID, "none").atField("budget.lines"));
    }
}
