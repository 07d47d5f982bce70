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

/**
 * Point 4: use current data to underpin the choices, and monitor the actions' effect. Missing when
 * the plan follows no indicator at all.
 */
@Component(service = ChecklistRule.class)
public final class IndicatorsPresent extends BuiltInRule {

    public IndicatorsPresent() {
        super(ChecklistPoint.DATA_AND_MONITORING, "indicators-present");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        return facts.contents().indicators().isEmpty()
                ? List.of(about(Severity.MISSING, facts.folder(EntityKind.INDICATOR), "none"))
                : List.of();
    }
}
