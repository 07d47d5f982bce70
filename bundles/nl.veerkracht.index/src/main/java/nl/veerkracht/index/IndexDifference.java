package nl.veerkracht.index;

import java.util.Objects;
import java.util.Optional;

/**
 * A way in which the index differs from a fresh read of the repositories.
 *
 * @param kind what differs
 * @param repository the repository
 * @param path the file, for a difference in an entity
 * @param field the field, for {@link Kind#FIELD} (as in plan files: {@code budget.amount}; {@code blob} for
 *        the file's Git object id) and {@link Kind#COMMIT} ({@code commit})
 * @param inIndex what the index holds
 * @param inRepository what the repository holds
 */
public record IndexDifference(Kind kind, String repository, Optional<String> path, Optional<String> field,
        Optional<String> inIndex, Optional<String> inRepository) {

    /** What differs. */
    public enum Kind {
        /** The workspace has the repository, the index does not. */
        REPOSITORY_NOT_INDEXED,
        /** The index holds a repository the workspace no longer has. */
        REPOSITORY_NOT_IN_WORKSPACE,
        /** The index holds the repository at another commit than its head. */
        COMMIT,
        /** The repository has an entity the index does not. */
        ENTITY_NOT_INDEXED,
        /** The index holds an entity the repository does not have. */
        ENTITY_NOT_IN_REPOSITORY,
        /** Both have the entity, with another value in one field. */
        FIELD
    }

    public IndexDifference {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(repository);
        Objects.requireNonNull(path);
        Objects.requireNonNull(field);
        Objects.requireNonNull(inIndex);
        Objects.requireNonNull(inRepository);
    }
}
