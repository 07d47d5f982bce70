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
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.status.ObservationPeriods;
import nl.veerkracht.monitor.status.StatusCalculation;

/**
 * Point 4: active monitoring needs current figures. Attention for every indicator that {@code monitor status}
 * calls stale: one without any observation, and one whose latest period ended more than a year ago (for
 * quarterly, monthly and daily figures more than two quarters ago).
 */
@Component(service = ChecklistRule.class)
public final class RecentObservations extends BuiltInRule {

    public RecentObservations() {
        super(ChecklistPoint.DATA_AND_MONITORING, "recent-observations");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorStatus status : StatusCalculation.of(facts.contents(), today)) {
            if (!status.stale()) {
                continue;
            }
            String observations = facts.file(EntityKind.OBSERVATIONS, status.indicator());
            if (status.latest().isEmpty()) {
                findings.add(finding(Severity.ATTENTION, observations, status.indicator(), "none", status.title()));
            } else {
                String period = status.latest().get().period();
                int months = StatusCalculation.monthsFresh(ObservationPeriods.kindOf(period).orElseThrow());
                findings.add(finding(Severity.ATTENTION, observations, status.indicator(), "old", status.title(),
                        period, months));
            }
        }
        return findings;
    }
}
