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
import nl.veerkracht.store.CouncilApproval;

/**
 * Point 7: municipalities keep the approach dynamic by making plans every year. Attention when the
 * council never approved a version ({@code raad/<date>} tag), or last did more than
 * {@value #MAX_AGE_KEY} months ago (default {@value #MAX_AGE_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class YearlyApproval extends BuiltInRule {

    public static final String MAX_AGE_KEY = "approvals.maxAgeMonths";
    public static final int MAX_AGE_DEFAULT = 12;

    public YearlyApproval() {
        super(ChecklistPoint.DYNAMIC_APPROACH, "yearly-approval");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int maxAge = settings.wholeNumber(MAX_AGE_KEY, MAX_AGE_DEFAULT);
        Optional<CouncilApproval> last = facts.lastApproval();
        if (last.isEmpty()) {
            return List.of(about(Severity.ATTENTION, facts.repository(), "never"));
        }
        if (olderThanMonths(last.get().date(), today, maxAge)) {
            return List.of(finding(Severity.ATTENTION, facts.repository(), last.get().tagName(), "old",
                    last.get().date(), maxAge));
        }
        return List.of();
    }
}
