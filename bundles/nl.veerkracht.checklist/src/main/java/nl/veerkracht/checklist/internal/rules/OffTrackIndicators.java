package nl.veerkracht.checklist.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.Observation;

/**
 * Point 4: monitoring is there to hold or adjust the course. Attention for an indicator with a
 * baseline and a target whose most recent observation lies on the far side of the baseline: it
 * moves away from its target.
 */
@Component(service = ChecklistRule.class)
public final class OffTrackIndicators extends BuiltInRule {

    public OffTrackIndicators() {
        super(ChecklistPoint.DATA_AND_MONITORING, "off-track-indicators");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator indicator : facts.contents().indicators().values()) {
            if (indicator.baseline().isEmpty() || indicator.target().isEmpty()) {
                continue;
            }
            BigDecimal baseline = indicator.baseline().get();
            BigDecimal target = indicator.target().get();
            int direction = target.compareTo(baseline);
            Optional<Observation> latest = ObservationPeriods.latest(facts.contents().observationsOf(indicator.id()));
            if (direction == 0 || latest.isEmpty()) {
                continue;
            }
            int moved = latest.get().value().compareTo(baseline);
            if (moved != 0 && moved != direction) {
                findings.add(finding(Severity.ATTENTION, facts.file(EntityKind.INDICATOR, indicator.id()), indicator.id(),
                        "away", indicator.title(), latest.get().value(), latest.get().period(), baseline, target));
            }
        }
        return findings;
    }
}
