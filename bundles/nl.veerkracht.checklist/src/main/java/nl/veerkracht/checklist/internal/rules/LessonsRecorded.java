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

/** Point 6: use the lessons of the crisis. Missing when the plan records no lesson. */
@Component(service = ChecklistRule.class)
public final class LessonsRecorded extends BuiltInRule {

    public LessonsRecorded() {
        super(ChecklistPoint.LESSONS, "lessons-recorded");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        return facts.contents().lessons().isEmpty()
                ? List.of(about(Severity.MISSING, facts.folder(EntityKind.LESSON), "none"))
                : List.of();
    }
}
