package nl.veerkracht.index.internal.tables;

import java.util.List;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.Entity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.Lesson;
import nl.veerkracht.model.Need;
import nl.veerkracht.model.ObservationSeries;
import nl.veerkracht.model.Plan;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.Stakeholder;
import nl.veerkracht.model.Task;

/** From a typed plan entity to the row the index keeps of it; and which table holds which kind. */
public final class IndexedEntities {

    /** Every entity table's class, one per {@link EntityKind}. */
    public static final List<Class<? extends IndexedEntity>> CLASSES = List.of(IndexedPlan.class,
            IndexedAction.class, IndexedNeed.class, IndexedStakeholder.class, IndexedIndicator.class,
            IndexedObservations.class, IndexedLesson.class, IndexedScenario.class, IndexedTask.class);

    private IndexedEntities() {
    }

    /** The row of {@code entity}, read from the file {@code source} names. */
    public static IndexedEntity of(EntitySource source, Entity entity) {
        if (entity instanceof Plan plan) {
            return new IndexedPlan(source, plan);
        } else if (entity instanceof Action action) {
            return new IndexedAction(source, action);
        } else if (entity instanceof Need need) {
            return new IndexedNeed(source, need);
        } else if (entity instanceof Stakeholder stakeholder) {
            return new IndexedStakeholder(source, stakeholder);
        } else if (entity instanceof Indicator indicator) {
            return new IndexedIndicator(source, indicator);
        } else if (entity instanceof ObservationSeries series) {
            return new IndexedObservations(source, series);
        } else if (entity instanceof Lesson lesson) {
            return new IndexedLesson(source, lesson);
        } else if (entity instanceof Scenario scenario) {
            return new IndexedScenario(source, scenario);
        } else if (entity instanceof Task task) {
            return new IndexedTask(source, task);
        }
        throw new IllegalArgumentException("no table for " + entity.getClass().getName());
    }

    /** The table class for the entities of {@code kind}. */
    public static Class<? extends IndexedEntity> classOf(EntityKind kind) {
        return switch (kind) {
            case PLAN -> IndexedPlan.class;
            case ACTION -> IndexedAction.class;
            case NEED -> IndexedNeed.class;
            case STAKEHOLDER -> IndexedStakeholder.class;
            case INDICATOR -> IndexedIndicator.class;
            case OBSERVATIONS -> IndexedObservations.class;
            case LESSON -> IndexedLesson.class;
            case SCENARIO -> IndexedScenario.class;
            case TASK -> IndexedTask.class;
        };
    }
}
