package nl.veerkracht.model;

/**
 * What one plan file holds, typed: the plan itself, an action, a need, ... Immutable records; optional
 * fields are {@link java.util.Optional}, absent lists are empty.
 */
public sealed interface Entity permits Plan, Action, Need, Stakeholder, Indicator, ObservationSeries, Lesson, Scenario,
        Task {

    /** The kind of file this entity is read from. */
    EntityKind entityKind();
}
