package nl.veerkracht.index.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.index.RepositoryUpdate.How;
import nl.veerkracht.index.internal.tables.EntitySource;
import nl.veerkracht.index.internal.tables.IndexedEntity;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * Reads what bringing one repository up to date takes, outside any transaction: the files that differ
 * between the commit the index holds and the head (or every file, for a repository read whole), parsed
 * into rows ({@link RepositoryWork}). Safe to run on several reader threads at once.
 */
final class RepositoryReading {

    private final Workspace workspace;

    RepositoryReading(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Reads what it takes to bring one repository from {@code from} to its head.
     *
     * @param known whether the index has the repository
     * @param full whether to read it whole whatever the index holds
     */
    RepositoryWork read(RepositoryName repository, boolean known, Optional<String> from, boolean full) {
        Path directory = workspace.directoryOf(repository);
        if (!RepositoryTree.exists(directory)) {
            return new RepositoryWork(repository, known ? How.REMOVED : How.UNCHANGED, from, known, Optional.empty(),
                    List.of(), List.of());
        }
        try (RepositoryTree tree = RepositoryTree.open(directory)) {
            Optional<String> head = tree.head();
            if (!full && known && from.equals(head)) {
                return new RepositoryWork(repository, How.UNCHANGED, from, true, head, List.of(), List.of());
            }
            if (!full && known && from.isPresent() && head.isPresent() && tree.hasCommit(from.get())) {
                List<String> removed = new ArrayList<>();
                List<IndexedEntity> rows = new ArrayList<>();
                for (RepositoryTree.Change change : tree.changes(from.get(), head.get())) {
                    removed.add(change.path());
                    change.blobId().flatMap(blob -> EntityFiles.row(
                            new EntitySource(repository.folder(), change.path(), blob), tree.content(blob)))
                            .ifPresent(rows::add);
                }
                return new RepositoryWork(repository, How.INCREMENTAL, from, true, head, removed, rows);
            }
            List<IndexedEntity> rows = new ArrayList<>();
            if (head.isPresent()) {
                for (RepositoryTree.PlanFile file : tree.files(head.get())) {
                    EntityFiles.row(new EntitySource(repository.folder(), file.path(), file.blobId()),
                            tree.content(file.blobId())).ifPresent(rows::add);
                }
            }
            return new RepositoryWork(repository, How.FULL, from, known, head, List.of(), rows);
        }
    }
}
