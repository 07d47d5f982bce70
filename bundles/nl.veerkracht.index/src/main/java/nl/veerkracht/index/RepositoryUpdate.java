package nl.veerkracht.index;

import java.util.Objects;
import java.util.Optional;

/**
 * What catching up did to one repository of the index.
 *
 * @param repository its name
 * @param how how it was brought up to date
 * @param from the commit the index held before; empty when it held none
 * @param to the commit it holds now; empty when the repository was removed or has no commit
 * @param written entities written (added or changed)
 * @param removed entities removed (deleted, or replaced by a changed file before it is written again)
 */
public record RepositoryUpdate(String repository, How how, Optional<String> from, Optional<String> to, int written,
        int removed) {

    /** How a repository was brought up to date. */
    public enum How {
        /** It was current already. */
        UNCHANGED,
        /** Read whole: new to the index, its indexed commit no longer exists, or a rebuild. */
        FULL,
        /** From the tree differences between the indexed commit and the head. */
        INCREMENTAL,
        /** It left the workspace; its entities are gone from the index. */
        REMOVED
    }

    public RepositoryUpdate {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(how);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }
}
