package nl.veerkracht.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An action of the plan ({@code actions/<id>.yaml}).
 *
 * @param id the file name
 * @param title a short name
 * @param description what the action does, multi-line text
 * @param term short, medium or long
 * @param recoveryLine the recovery line it belongs to (an id of {@code recovery_lines} in plan.yaml)
 * @param themes the transition themes it serves
 * @param department the department that owns it
 * @param lead who leads it
 * @param needs ids of the entrepreneurs' needs it serves
 * @param stakeholders ids of the stakeholders involved
 * @param budget its money
 * @param indicators output indicators with their targets
 * @param status idea, planned, running, done or stopped
 * @param progress percent done, 0 to 100
 * @param start when it starts
 * @param end when it ends
 * @param links the regional action and the provincial tasks it belongs to
 * @param leadMunicipality on a regional plan: the member that leads it
 * @param participants on a regional plan: the members that take part
 * @param contributions on a regional plan: whole euros per member code, sorted by code
 * @param scenario the scenario whose runbook step this action carries out, when its activation made it
 * @param scenarioStep the id of that runbook step
 * @param suspendedBy the active scenario that put this action on hold ({@link ActionStatus#SUSPENDED})
 * @param previousStatus the status it had before, to which standing the scenario down restores it
 */
public record Action(String id, String title, Optional<String> description, Term term, Optional<String> recoveryLine,
        List<Theme> themes, Optional<String> department, Optional<String> lead, List<String> needs,
        List<String> stakeholders, Optional<ActionBudget> budget, List<ActionIndicator> indicators, ActionStatus status,
        Optional<Integer> progress, Optional<LocalDate> start, Optional<LocalDate> end, Optional<ActionLinks> links,
        Optional<String> leadMunicipality, List<String> participants, Map<String, Long> contributions,
        Optional<String> scenario, Optional<String> scenarioStep, Optional<String> suspendedBy,
        Optional<ActionStatus> previousStatus) implements Entity {

    public Action {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(term);
        Objects.requireNonNull(recoveryLine);
        themes = List.copyOf(themes);
        Objects.requireNonNull(department);
        Objects.requireNonNull(lead);
        needs = List.copyOf(needs);
        stakeholders = List.copyOf(stakeholders);
        Objects.requireNonNull(budget);
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(status);
        Objects.requireNonNull(progress);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(links);
        Objects.requireNonNull(leadMunicipality);
        participants = List.copyOf(participants);
        contributions = Collections.unmodifiableMap(new TreeMap<>(contributions));
        Objects.requireNonNull(scenario);
        Objects.requireNonNull(scenarioStep);
        Objects.requireNonNull(suspendedBy);
        Objects.requireNonNull(previousStatus);
    }

    /** An action that no scenario made or suspended, as before those were fields of the file. */
    public Action(String id, String title, Optional<String> description, Term term, Optional<String> recoveryLine,
            List<Theme> themes, Optional<String> department, Optional<String> lead, List<String> needs,
            List<String> stakeholders, Optional<ActionBudget> budget, List<ActionIndicator> indicators,
            ActionStatus status, Optional<Integer> progress, Optional<LocalDate> start, Optional<LocalDate> end,
            Optional<ActionLinks> links, Optional<String> leadMunicipality, List<String> participants,
            Map<String, Long> contributions) {
        this(id, title, description, term, recoveryLine, themes, department, lead, needs, stakeholders, budget,
                indicators, status, progress, start, end, links, leadMunicipality, participants, contributions,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.ACTION;
    }
}
