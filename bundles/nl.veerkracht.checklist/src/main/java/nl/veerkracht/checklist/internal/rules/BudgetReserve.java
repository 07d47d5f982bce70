package nl.veerkracht.checklist.internal.rules;

import java.math.BigInteger;
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
        // exact: a sum of amounts, or a percentage of it, never wraps around
        BigInteger reserve = BigInteger.valueOf(budget.flatMap(Budget::reserve).orElse(0L));
        BigInteger lines = budget.map(Budget::lines).orElse(List.of()).stream()
                .map(line -> BigInteger.valueOf(line.amount().orElse(0L))).reduce(BigInteger.ZERO, BigInteger::add);
        String file = facts.planFile();
        if (reserve.signum() <= 0) {
            return List.of(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "none").atField("budget.reserve"));
        }
        BigInteger hundred = BigInteger.valueOf(100);
        if (lines.signum() > 0 && reserve.multiply(hundred).compareTo(lines.multiply(BigInteger.valueOf(minimumPercent))) < 0) {
            return List.of(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "small", reserve,
                    reserve.multiply(hundred).divide(lines), lines, minimumPercent).atField("budget.reserve"));
        }
        return List.of();
    }
}
