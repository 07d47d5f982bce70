package nl.veerkracht.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario ({@code scenarios/<id>.yaml}, checklist point 10).
 *
 * @param id the file name
 * @param title what the scenario is about
 * @param kind fallback
 * @param triggers what sets it off
 * @param reviewed when it was last reviewed
 * @param roles crisis roles and who fills them
 * @param runbook the steps, each owned and due within a number of days
 * @param activeSince since when the scenario is in effect; empty when it is not
 * @param activatedBy who put it into effect
 * @param stoodDown when it was last stood down
 * @param suspends ids of the actions put on hold while it is in effect
 */
public record Scenario(String id, String title, ScenarioKind kind, List<String> triggers, Optional<LocalDate> reviewed,
        List<CrisisRole> roles, List<RunbookStep> runbook, Optional<LocalDate> activeSince,
        Optional<String> activatedBy, Optional<LocalDate> stoodDown, List<String> suspends) implements Entity {

    public Scenario {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(kind);
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(reviewed);
        roles = List.copyOf(roles);
        runbook = List.copyOf(runbook);
        Objects.requireNonNull(activeSince);
        Objects.requireNonNull(activatedBy);
        Objects.requireNonNull(stoodDown);
        suspends = List.copyOf(suspends);
    }

    /** A scenario that was never activated and suspends nothing, as before those were fields of the file. */
    public Scenario(String id, String title, ScenarioKind kind, List<String> triggers, Optional<LocalDate> reviewed,
            List<CrisisRole> roles, List<RunbookStep> runbook) {
        this(id, title, kind, triggers, reviewed, roles, runbook, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
    }

    /** Whether the scenario is in effect: activated and not stood down since. */
    public boolean isActive() {
        return activeSince.isPresent();
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.SCENARIO;
    }
}
