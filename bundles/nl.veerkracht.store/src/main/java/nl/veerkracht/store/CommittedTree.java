package nl.veerkracht.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.store.internal.GitCommittedTree;

/**
 * The committed files of one repository, read straight from Git objects (never the working tree,
 * never writing anything, not even the repository's configuration): the head of {@code main}, the
 * files of a commit, what changed between two commits, and the content of a file. For readers that
 * follow a repository commit by commit, such as the workspace index; only regular files count.
 *
 * <p>Failures are {@link StoreException}s {@code repository.unreadable} whose cause is the
 * {@link java.io.IOException} that JGit gave.
 */
@ProviderType
public interface CommittedTree extends AutoCloseable {

    /** A regular file of a commit: its path and the Git object id of its content. */
    record TreeFile(String path, String blobId) {
    }

    /** A regular file that differs between two commits; {@code blobId} is empty when it was deleted. */
    record TreeChange(String path, Optional<String> blobId) {
    }

    /** Opens the repository whose working tree is {@code directory}, for reading its commits. */
    static CommittedTree open(Path directory) {
        return GitCommittedTree.open(directory);
    }

    /** Whether {@code directory} holds a Git repository at all. */
    static boolean exists(Path directory) {
        return GitCommittedTree.exists(directory);
    }

    /** The commit {@code main} points at; empty when the repository has no commit. */
    Optional<String> head();

    /** Whether the repository still has this commit (a rewritten history may have lost it). */
    boolean hasCommit(String commit);

    /** Every regular file of {@code commit}, in path order. */
    List<TreeFile> files(String commit);

    /** The regular files that differ between two commits, in path order. */
    List<TreeChange> changes(String from, String to);

    /**
     * The content of a blob, read up to {@code limit} bytes plus one, so that a huge file is reported
     * too large by whoever reads it instead of filling the memory.
     */
    byte[] content(String blobId, int limit);

    @Override
    void close();
}
