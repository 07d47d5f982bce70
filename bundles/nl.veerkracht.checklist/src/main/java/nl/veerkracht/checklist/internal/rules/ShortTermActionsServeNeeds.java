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
import nl.veerkracht.model.Term;

/**
 * Point 2: put the entrepreneur first; on the short term entrepreneurs need turnover, liquidity and
 * stability. Attention for a short-term action (not stopped) that serves no need of the inventory.
 */
@Component(service = ChecklistRule.class)
public final class ShortTermActionsServeNeeds extends BuiltInRule {

    public ShortTermActionsServeNeeds() {
        super(ChecklistPoint.ENTREPRENEURS_NEEDS, "short-term-actions-serve-needs");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        return liveActions(facts).stream()
                .filter(action -> action.term() == Term.SHORT && action.needs().isEmpty())
                .map(action -> finding(Severity.ATTENTION, facts.file(EntityKind.ACTION, action.id()), action.id(),
                        "unserving", action.title()).atField("needs"))
                .toList();
    }
}
