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
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Lesson;

/**
 * Point 6: build on the lessons: a lesson is worth something when an action builds on it.
 * Attention for a lesson linked to no action, or only to stopped ones.
 */
@Component(service = ChecklistRule.class)
public final class LessonsLinked extends BuiltInRule {

    public LessonsLinked() {
        super(ChecklistPoint.LESSONS, "lessons-linked");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        return facts.contents().lessons().values().stream()
                .filter(lesson -> !buildsOn(facts, lesson))
                .map(lesson -> finding(Severity.ATTENTION, facts.file(EntityKind.LESSON, lesson.id()), lesson.id(),
                        lesson.actions().isEmpty() ? "unlinked" : "onlyStopped", lesson.title()).atField("actions"))
                .toList();
    }

    private static boolean buildsOn(PlanFacts facts, Lesson lesson) {
        return lesson.actions().stream()
                .map(id -> facts.contents().actions().get(id))
                .anyMatch(action -> action == null || action.status() != ActionStatus.STOPPED);
    }
}
