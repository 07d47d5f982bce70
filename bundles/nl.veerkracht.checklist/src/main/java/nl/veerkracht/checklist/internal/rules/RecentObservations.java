package nl.veerkracht.checklist.internal.rules;

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
 * Point 4: active monitoring needs current figures. Attention for an indicator without any
 * observation, and for one whose most recent period ended more than {@value #MAX_AGE_KEY} months ago
 * (default {@value #MAX_AGE_DEFAULT}).
 */
@Component(service = ChecklistRule.class)
public final class RecentObservations extends BuiltInRule {

    public static final String MAX_AGE_KEY = "observations.maxAgeMonths";
    public static final int MAX_AGE_DEFAULT = 12;

    public RecentObservations() {
        super(ChecklistPoint.DATA_AND_MONITORING, "recent-observations");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        int maxAge = settings.wholeNumber(MAX_AGE_KEY, MAX_AGE_DEFAULT);
        List<Finding> findings = new ArrayList<>();
        for (Indicator indicator : facts.contents().indicators().values()) {
            String observations = facts.file(EntityKind.OBSERVATIONS, indicator.id());
            Optional<Observation> latest = ObservationPeriods.latest(facts.contents().observationsOf(indicator.id()));
            if (latest.isEmpty()) {
                findings.add(finding(Severity.ATTENTION, observations, indicator.id(), "none", indicator.title()));
            } else if (olderThanMonths(ObservationPeriods.end(latest.get().period()).orElseThrow(), today, maxAge)) {
                findings.add(finding(Severity.ATTENTION, observations, indicator.id(), "old", indicator.title(),
                        latest.get().period(), maxAge));
            }
        }
        return findings;
    }
}
