package nl.veerkracht.index.internal.tables;

import java.util.Objects;

/**
 * Where an entity was read: a file of a repository, and the Git object id of the content read.
 *
 * @param repository {@code plan}, {@code region/west-brabant}, ...
 * @param path the file in the repository
 * @param blobId the Git object id of its content
 */
public record EntitySource(String repository, String path, String blobId) {

    public EntitySource {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(path);
        Objects.requireNonNull(blobId);
    }
}
