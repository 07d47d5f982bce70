package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.Budget;
import nl.veerkracht.model.EntityKind;

/**
 * Point 7: no scenario held during the crisis; keep room in the budget for new investments.
 * Attention without a reserve ({@code budget.reserve}), or with one smaller than
 * {@value #MINIMUM_PERCENT_KEY} percent (default {@value #MINIMUM_PERCENT_DEFAULT}) of the budget
 * lines together.
 */
@Component(service = ChecklistRule.class)
public final class BudgetReserve extends BuiltInRule {

    public static final String MINIMUM_PERCENT_KEY = "reserve.minimumPercent";
    public static final int MINIMUM_PERCENT_DEFAULT = 5;

    public BudgetReserve() {
        super(ChecklistPoint.DYNAMIC_APPROACH, "budget-reserve");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int minimumPercent = settings.wholeNumber(MINIMUM_PERCENT_KEY, MINIMUM_PERCENT_DEFAULT);
        if (facts.localPlan().isEmpty()) {
            return List.of();
        }
        Optional<Budget> budget = facts.localPlan().get().budget();
        long reserve = budget.flatMap(Budget::reserve).orElse(0L);
        long lines = budget.map(Budget::lines).orElse(List.of()).stream()
                .mapToLong(line -> line.amount().orElse(0L)).sum();
        String file = facts.planFile();
        if (reserve <= 0) {
            return List.of(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "none").atField("budget.reserve"));
        }
        if (lines > 0 && reserve * 100 < lines * (long) minimumPercent) {
            return List.of(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "small", reserve, reserve * 100 / lines,
                    lines, minimumPercent).atField("budget.reserve"));
        }
        return List.of();
    }
}
