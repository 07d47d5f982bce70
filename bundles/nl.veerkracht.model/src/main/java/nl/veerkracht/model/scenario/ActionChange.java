package nl.veerkracht.model.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.ActionStatus;

/**
 * What activating or standing down a scenario does to one action.
 *
 * @param actionId the action's id ({@code actions/<id>.yaml})
 * @param title its title
 * @param outcome what happened to it
 * @param before its status before; empty for an action that is new
 * @param after its status after
 * @param lead who leads it (for a runbook step: its {@code who})
 * @param end when it is due
 */
public record ActionChange(String actionId, String title, Outcome outcome, Optional<ActionStatus> before,
        ActionStatus after, Optional<String> lead, Optional<LocalDate> end) {

    /** What happened to the action. */
    public enum Outcome {
        /** A runbook step became a new action. */
        CREATED,
        /** The closed action of an earlier activation of the same step runs again. */
        REOPENED,
        /** Put on hold while the scenario is in effect; its status before is kept. */
        SUSPENDED,
        /** Named in {@code suspends} but done or stopped already: left as it is. */
        NOT_SUSPENDED,
        /** An action of the scenario's runbook closed: done at progress 100, otherwise stopped. */
        CLOSED,
        /** An action of the scenario's runbook that was closed already: left as it is. */
        ALREADY_CLOSED,
        /** A suspended action back at the status it had before. */
        RESTORED
    }

    public ActionChange {
        Objects.requireNonNull(actionId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        Objects.requireNonNull(lead);
        Objects.requireNonNull(end);
    }

    /** Whether the action's file changes. */
    public boolean writes() {
        return outcome != Outcome.NOT_SUSPENDED && outcome != Outcome.ALREADY_CLOSED;
    }
}
