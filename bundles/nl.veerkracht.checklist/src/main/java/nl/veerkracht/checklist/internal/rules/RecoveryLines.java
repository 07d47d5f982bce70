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
import nl.veerkracht.model.RecoveryLine;

/**
 * Point 9: "for the long term we choose three recovery lines": packages of actions give overview.
 * When the plan has recovery lines, attention for every action (not stopped) that belongs to none.
 */
@Component(service = ChecklistRule.class)
public final class RecoveryLines extends BuiltInRule {

    public RecoveryLines() {
        super(ChecklistPoint.SHORT_AND_LONG_TERM, "recovery-lines");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<String> lines = facts.localPlan().map(plan -> plan.recoveryLines()).orElse(List.of()).stream()
                .map(RecoveryLine::id).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        return liveActions(facts).stream()
                .filter(action -> action.recoveryLine().isEmpty())
                .map(action -> finding(Severity.ATTENTION, facts.file(EntityKind.ACTION, action.id()), action.id(),
                        "none", action.title(), lines).atField("recovery_line"))
                .toList();
    }
}
