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
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.IndicatorSource;

/**
 * Point 4: use current data from several fields; Waarstaatjegemeente.nl, CBS, KVK Regiodata and
 * Arbeidsmarktinzicht offer it. Attention when every indicator is the municipality's own measure.
 */
@Component(service = ChecklistRule.class)
public final class ExternalData extends BuiltInRule {

    public ExternalData() {
        super(ChecklistPoint.DATA_AND_MONITORING, "external-data");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        var indicators = facts.contents().indicators().values();
        boolean onlyOwn = !indicators.isEmpty()
                && indicators.stream().allMatch(indicator -> indicator.source() == IndicatorSource.OWN);
        return onlyOwn ? List.of(about(Severity.ATTENTION, facts.folder(EntityKind.INDICATOR), "onlyOwn")) : List.of();
    }
}
