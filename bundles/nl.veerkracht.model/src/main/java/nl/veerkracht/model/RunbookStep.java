package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A step of a scenario's runbook.
 *
 * @param id the step's id, unique in the runbook
 * @param what what is done
 * @param who who does it (a person or a department)
 * @param withinDays within how many days of activation
 */
public record RunbookStep(String id, Optional<String> what, Optional<String> who, Optional<Integer> withinDays) {

    public RunbookStep {
        Objects.requireNonNull(id);
        Objects.requireNonNull(what);
        Objects.requireNonNull(who);
        Objects.requireNonNull(withinDays);
    }
}
