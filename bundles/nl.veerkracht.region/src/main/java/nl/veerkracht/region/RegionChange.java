package nl.veerkracht.region;

import java.util.Objects;

import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.RepositoryName;

/**
 * What {@code region create}, {@code add-member} and {@code join} leave behind.
 *
 * @param repository the regional plan's repository in the workspace ({@code region/west-brabant})
 * @param plan the regional plan as it is now
 * @param commit the commit its {@code main} points at now
 */
public record RegionChange(RepositoryName repository, RegionalPlan plan, HistoryEntry commit) {

    public RegionChange {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(commit);
    }
}
