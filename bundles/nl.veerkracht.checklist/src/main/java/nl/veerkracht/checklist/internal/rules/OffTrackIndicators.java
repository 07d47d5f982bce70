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
import nl.veerkracht.model.Observation;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.Trend;
import nl.veerkracht.monitor.status.StatusCalculation;

/**
 * Point 4: monitoring is there to hold or adjust the course. Attention for every indicator that
 * {@code monitor status} calls not on track: its latest observation lies on the far side of the baseline, or
 * its trend goes away from the target, and the target is not reached.
 */
@Component(service = ChecklistRule.class)
public final class OffTrackIndicators extends BuiltInRule {

    public OffTrackIndicators() {
        super(ChecklistPoint.DATA_AND_MONITORING, "off-track-indicators");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorStatus status : StatusCalculation.of(facts.contents(), today)) {
            if (status.onTrack().orElse(true)) {
                continue;
            }
            String file = facts.file(EntityKind.INDICATOR, status.indicator());
            Observation latest = status.latest().orElseThrow();
            boolean farSide = status.progress().map(progress -> progress < 0).orElse(false);
            if (!farSide && (status.trend() == Trend.RISING || status.trend() == Trend.FALLING)) {
                findings.add(finding(Severity.ATTENTION, file, status.indicator(),
                        status.trend() == Trend.RISING ? "rising" : "falling", status.title(), latest.value(),
                        latest.period(), status.target().orElseThrow()));
            } else {
                findings.add(finding(Severity.ATTENTION, file, status.indicator(), "away", status.title(),
                        latest.value(), latest.period(), status.baseline().orElseThrow(),
                        status.target().orElseThrow()));
            }
        }
        return findings;
    }
}
