package nl.veerkracht.store;

import java.util.Optional;

import nl.veerkracht.store.internal.StagedIndex;

/**
 * A commit of a working tree that is written but not recorded ({@link PlanRepository#stageWorkingTree}):
 * {@code main} has not moved, and the repository's index stays locked until the commit is recorded or
 * this is closed. Closing it without recording leaves the repository as it was, branch and index; only
 * the commit's objects stay behind unreferenced, until Git's housekeeping removes them.
 */
public final class StagedCommit implements AutoCloseable {

    private final StagedIndex staged;
    private boolean closed;

    StagedCommit(StagedIndex staged) {
        this.staged = staged;
    }

    /** The id of the commit that is written. */
    public String commitId() {
        return staged.commitId();
    }

    /** The commit {@code main} pointed at when the commit was staged: its parent; empty for a first commit. */
    public Optional<String> parent() {
        return staged.parent();
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
            throw new IllegalStateException("the staged commit " + staged.commitId() + " is closed already");
        }
        closed = true;
        staged.record();
    }

    /** Lets go of the index; when the commit was not recorded, nothing of it is. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            staged.unlock();
        }
    }
}
