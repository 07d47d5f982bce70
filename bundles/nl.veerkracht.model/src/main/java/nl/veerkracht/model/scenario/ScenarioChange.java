package nl.veerkracht.model.scenario;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.veerkracht.model.CrisisRole;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;

/**
 * The changes of the one commit that activates a scenario or stands it down.
 *
 * @param scenarioId the scenario
 * @param title its title
 * @param direction activated or stood down
 * @param date the day it takes effect
 * @param documents every document that changes, by path: the scenario and its actions, nothing else
 * @param actions what happens to each action, in the order of the runbook, then of {@code suspends}
 * @param roles the scenario's crisis roles, to name them to whoever activates it
 */
public record ScenarioChange(String scenarioId, String title, Direction direction, LocalDate date,
        SortedMap<String, Node> documents, List<ActionChange> actions, List<CrisisRole> roles) {

    /** Which way the scenario goes. */
    public enum Direction {
        ACTIVATED,
        STOOD_DOWN
    }

    public ScenarioChange {
        Objects.requireNonNull(scenarioId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(direction);
        Objects.requireNonNull(date);
        documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
        actions = List.copyOf(actions);
        roles = List.copyOf(roles);
    }

    /** The plan with these changes made. */
    public PlanSnapshot applyTo(PlanSnapshot plan) {
        PlanSnapshot changed = plan;
        for (var document : documents.entrySet()) {
            changed = changed.with(document.getKey(), document.getValue());
        }
        return changed;
    }
}
