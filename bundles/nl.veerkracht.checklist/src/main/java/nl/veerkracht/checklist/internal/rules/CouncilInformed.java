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
import nl.veerkracht.model.Council;
import nl.veerkracht.model.EntityKind;

/**
 * Point 5: keep the council proactively informed at a suitable altitude. Attention when the plan
 * agrees no interval ({@code council.information_interval_weeks}), records no last time
 * ({@code council.last_informed}), or the interval has passed since.
 */
@Component(service = ChecklistRule.class)
public final class CouncilInformed extends BuiltInRule {

    public CouncilInformed() {
        super(ChecklistPoint.LEAD, "council-informed");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        if (facts.localPlan().isEmpty()) {
            return List.of();
        }
        Optional<Council> council = facts.localPlan().get().council();
        Optional<Integer> interval = council.flatMap(Council::informationIntervalWeeks);
        Optional<LocalDate> last = council.flatMap(Council::lastInformed);
        String file = facts.planFile();
        if (interval.isEmpty()) {
            return List.of(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "noInterval")
                    .atField("council.information_interval_weeks"));
        }
        if (last.isEmpty()) {
            return List.of(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "never")
                    .atField("council.last_informed"));
        }
        LocalDate due = last.get().plusWeeks(interval.get());
        if (due.isBefore(today)) {
            return List.of(finding(Severity.ATTENTION, file, EntityKind.PLAN_ID, "overdue", last.get(), interval.get(),
                    due).atField("council.last_informed"));
        }
        return List.of();
    }
}
