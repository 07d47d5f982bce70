package nl.veerkracht.index;

import java.util.Objects;
import java.util.Optional;

/**
 * A repository as the index and the workspace see it.
 *
 * @param repository its name
 * @param indexed the commit the index holds it at; empty when the index holds nothing of it (or it has
 *        no commit)
 * @param head where its {@code main} is; empty when the workspace no longer has it (or it has no commit)
 * @param inWorkspace whether the workspace has it
 * @param inIndex whether the index has it
 */
public record RepositoryState(String repository, Optional<String> indexed, Optional<String> head, boolean inWorkspace,
        boolean inIndex) {

    public RepositoryState {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(indexed);
        Objects.requireNonNull(head);
    }

    /** Whether the index holds the repository as it is now. */
    public boolean isCurrent() {
        return inWorkspace == inIndex && indexed.equals(head);
    }
}
