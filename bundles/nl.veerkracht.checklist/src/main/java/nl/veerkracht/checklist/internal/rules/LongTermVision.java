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
 * Point 7: a dynamic approach sets out a long-term vision and makes plans each year within it.
 * Missing when plan.yaml has no {@code vision}.
 */
@Component(service = ChecklistRule.class)
public final class LongTermVision extends BuiltInRule {

    public LongTermVision() {
        super(ChecklistPoint.DYNAMIC_APPROACH, "long-term-vision");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        boolean vision = facts.localPlan().flatMap(plan -> plan.vision()).filter(text -> !text.isBlank()).isPresent();
        return vision ? List.of()
                : List.of(finding(Severity.MISSING, facts.planFile(), EntityKind.PLAN_ID, "none").atField("vision"));
    }
}
