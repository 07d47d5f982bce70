package nl.veerkracht.store;

import java.util.Optional;

import org.eclipse.jgit.dircache.DirCache;

/**
 * A commit of a working tree that is written but not recorded ({@link PlanRepository#stageWorkingTree}):
 * {@code main} has not moved, and the repository's index stays locked until the commit is recorded or
 * this is closed. Closing it without recording leaves the repository as it was, branch and index; only
 * the commit's objects stay behind unreferenced, until Git's housekeeping removes them.
 */
public final class StagedCommit implements AutoCloseable {

    private final PlanRepository repository;
    private final DirCache index;
    private final Optional<String> parent;
    private final String commit;
    private final String subject;
    private boolean closed;

    StagedCommit(PlanRepository repository, DirCache index, Optional<String> parent, String commit, String subject) {
        this.repository = repository;
        this.index = index;
        this.parent = parent;
        this.commit = commit;
        this.subject = subject;
    }

    /** The id of the commit that is written. */
    public String commitId() {
        return commit;
    }

    /** The commit {@code main} pointed at when the commit was staged: its parent; empty for a first commit. */
    public Optional<String> parent() {
        return parent;
    }

    /**
     * Records the commit: {@code main} moves from its parent to it (nothing moves when someone else moved
     * {@code main} meanwhile) and the index becomes the staged one, so that the working tree is clean.
     *
     * @throws StoreException {@code branch.moved} when {@code main} is no longer at the parent;
     *         {@code commit.failed} when it cannot be written
     */
    public void record() {
        if (closed) {
            throw new IllegalStateException("the staged commit " + commit + " is closed already");
        }
        closed = true;
        try {
            repository.record(index, parent, commit, subject);
        } finally {
            index.unlock();
        }
    }

    /** Lets go of the index; when the commit was not recorded, nothing of it is. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            index.unlock();
        }
    }
}
