package nl.veerkracht.index.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.index.RepositoryUpdate;
import nl.veerkracht.index.internal.tables.IndexedEntity;
import nl.veerkracht.store.RepositoryName;

/**
 * What bringing one repository up to date takes, prepared outside the database transaction (reading
 * Git and parsing files), from the commit the index was seen to hold: the rows to remove and the rows
 * to write. The transaction that applies it checks that the index still holds {@code from}.
 *
 * @param repository which repository
 * @param how how it is brought up to date
 * @param from the commit the index held when this was prepared (empty: none, or the repository is new)
 * @param indexed whether the index had the repository at all when this was prepared
 * @param to the commit the index will hold (empty: the repository has no commit, or left the workspace)
 * @param removedPaths the files whose rows go (every row of the repository goes for FULL and REMOVED)
 * @param rows the rows to write
 */
record RepositoryWork(RepositoryName repository, RepositoryUpdate.How how, Optional<String> from, boolean indexed,
        Optional<String> to, List<String> removedPaths, List<IndexedEntity> rows) {

    RepositoryWork {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(how);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        removedPaths = List.copyOf(removedPaths);
        rows = List.copyOf(rows);
    }

    /** The kind of repository, as the index stores it and {@code --scope} names it. */
    static String kindOf(RepositoryName repository) {
        return switch (repository.kind()) {
            case PLAN -> "plan";
            case REGION -> "region";
            case PROVINCE -> "province";
            case MEMBER -> "members";
        };
    }
}
