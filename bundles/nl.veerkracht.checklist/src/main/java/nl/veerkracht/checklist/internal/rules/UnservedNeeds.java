package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Need;
import nl.veerkracht.model.Urgency;

/**
 * Point 2: the needs that were inventoried are there to be served. Attention for every need that no
 * action (not stopped) serves; an urgent one says so.
 */
@Component(service = ChecklistRule.class)
public final class UnservedNeeds extends BuiltInRule {

    public UnservedNeeds() {
        super(ChecklistPoint.ENTREPRENEURS_NEEDS, "unserved-needs");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        Set<String> served = new HashSet<>();
        liveActions(facts).forEach(action -> served.addAll(action.needs()));
        return facts.contents().needs().values().stream()
                .filter(need -> !served.contains(need.id()))
                .map(need -> finding(Severity.ATTENTION, facts.file(EntityKind.NEED, need.id()), need.id(),
                        urgent(need) ? "urgent" : "unserved", need.title()))
                .toList();
    }

    private static boolean urgent(Need need) {
        return need.urgency().orElse(null) == Urgency.HIGH;
    }
}
