package nl.veerkracht.index.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.index.IndexException;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.store.CommittedTree;
import nl.veerkracht.store.StoreException;

/**
 * The committed plan files of one repository, as the store reads them from Git objects (never the
 * working tree, see {@link CommittedTree}): the files of a commit, and what changed between two
 * commits. Only files whose path is a plan file's ({@link EntityKind#ofPath}) count; others are not
 * the index's business.
 */
final class RepositoryTree implements AutoCloseable {

    /** A plan file of a commit: its path and the Git object id of its content. */
    record PlanFile(String path, String blobId) {
    }

    /** A plan file that differs between two commits; {@code blobId} is empty when it was deleted. */
    record Change(String path, Optional<String> blobId) {
    }

    private final Path directory;
    private final CommittedTree tree;

    private RepositoryTree(Path directory, CommittedTree tree) {
        this.directory = directory;
        this.tree = tree;
    }

    static RepositoryTree open(Path directory) {
        try {
            return new RepositoryTree(directory, CommittedTree.open(directory));
        } catch (StoreException e) {
            throw unreadable(directory, e);
        }
    }

    /** Whether {@code directory} holds a Git repository at all. */
    static boolean exists(Path directory) {
        return CommittedTree.exists(directory);
    }

    /** The commit {@code main} points at; empty when the repository has no commit. */
    Optional<String> head() {
        return reading(tree::head);
    }

    /** Whether the repository still has this commit (a rewritten history may have lost it). */
    boolean hasCommit(String commit) {
        return reading(() -> tree.hasCommit(commit));
    }

    /** Every plan file of {@code commit}, in path order. */
    List<PlanFile> files(String commit) {
        return reading(() -> tree.files(commit)).stream().filter(file -> isPlanFile(file.path()))
                .map(file -> new PlanFile(file.path(), file.blobId())).toList();
    }

    /** The plan files that differ between two commits, in path order. */
    List<Change> changes(String from, String to) {
        return reading(() -> tree.changes(from, to)).stream().filter(change -> isPlanFile(change.path()))
                .map(change -> new Change(change.path(), change.blobId())).toList();
    }

    /**
     * The content of a file, read up to just past {@link PlanFiles#MAX_FILE_BYTES}, so that a huge file
     * is reported too large by the format instead of filling the memory.
     */
    byte[] content(String blobId) {
        return reading(() -> tree.content(blobId, PlanFiles.MAX_FILE_BYTES));
    }

    private static boolean isPlanFile(String path) {
        return EntityKind.ofPath(path).isPresent();
    }

    private <T> T reading(Supplier<T> read) {
        try {
            return read.get();
        } catch (StoreException e) {
            throw unreadable(directory, e);
        }
    }

    /** The store's failure in the index's words, with the cause the store had (JGit's message). */
    private static IndexException unreadable(Path directory, StoreException e) {
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return new IndexException(e, "index.repository.unreadable", directory, reason);
    }

    @Override
    public void close() {
        tree.close();
    }
}
