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
 * Point 6: a lesson says where it was learnt (an evaluation, a study such as "Corona geeft
 * ondernemersdienstverlening een impuls"), so that others can follow it up. Attention for a lesson
 * without a source.
 */
@Component(service = ChecklistRule.class)
public final class LessonSources extends BuiltInRule {

    public LessonSources() {
        super(ChecklistPoint.LESSONS, "lesson-sources");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        return facts.contents().lessons().values().stream()
                .filter(lesson -> lesson.source().isEmpty())
                .map(lesson -> finding(Severity.ATTENTION, facts.file(EntityKind.LESSON, lesson.id()), lesson.id(),
                        "none", lesson.title()).atField("source"))
                .toList();
    }
}
