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
 */
public record Scenario(String id, String title, ScenarioKind kind, List<String> triggers, Optional<LocalDate> reviewed,
        List<CrisisRole> roles, List<RunbookStep> runbook) implements Entity {

    public Scenario {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(kind);
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(reviewed);
        roles = List.copyOf(roles);
        runbook = List.copyOf(runbook);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.SCENARIO;
    }
}
