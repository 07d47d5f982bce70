package nl.veerkracht.index;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a rebuild or a catch-up did, repository by repository.
 *
 * @param repositories every repository it looked at, in the workspace's order
 * @param took how long it took
 */
public record IndexUpdate(List<RepositoryUpdate> repositories, Duration took) {

    public IndexUpdate {
        repositories = List.copyOf(repositories);
        Objects.requireNonNull(took);
    }

    /** Entities written, over every repository. */
    public int written() {
        return repositories.stream().mapToInt(RepositoryUpdate::written).sum();
    }

    /** Entities removed, over every repository. */
    public int removed() {
        return repositories.stream().mapToInt(RepositoryUpdate::removed).sum();
    }

    /** The repositories that were not current. */
    public List<RepositoryUpdate> changed() {
        return repositories.stream().filter(update -> update.how() != RepositoryUpdate.How.UNCHANGED).toList();
    }
}
