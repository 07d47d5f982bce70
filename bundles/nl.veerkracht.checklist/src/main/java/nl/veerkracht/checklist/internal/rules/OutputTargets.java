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
import nl.veerkracht.model.ActionIndicator;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Indicator;

/**
 * Point 4: monitor the effectiveness of the actions at output level. Attention for every action
 * that is planned, running or done without an output indicator with a target (its own
 * {@code target}, or the indicator's).
 */
@Component(service = ChecklistRule.class)
public final class OutputTargets extends BuiltInRule {

    public OutputTargets() {
        super(ChecklistPoint.DATA_AND_MONITORING, "output-targets");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        return liveActions(facts).stream()
                .filter(action -> action.status() != ActionStatus.IDEA)
                .filter(action -> action.indicators().stream().noneMatch(indicator -> hasTarget(facts, indicator)))
                .map(action -> finding(Severity.ATTENTION, facts.file(EntityKind.ACTION, action.id()), action.id(),
                        action.indicators().isEmpty() ? "none" : "noTarget", action.title()).atField("indicators"))
                .toList();
    }

    private static boolean hasTarget(PlanFacts facts, ActionIndicator indicator) {
        if (indicator.target().isPresent()) {
            return true;
        }
        Indicator defined = facts.contents().indicators().get(indicator.id());
        return defined != null && defined.target().isPresent();
    }
}
