package nl.veerkracht.store;

import java.util.Objects;

import nl.veerkracht.model.scenario.ScenarioChange;

/**
 * The one commit that activated a scenario or stood it down, and what it did to the scenario and its
 * actions.
 *
 * @param commit the commit
 * @param change the scenario's and the actions' changes it recorded
 */
public record ScenarioCommit(HistoryEntry commit, ScenarioChange change) {

    public ScenarioCommit {
        Objects.requireNonNull(commit);
        Objects.requireNonNull(change);
    }
}
