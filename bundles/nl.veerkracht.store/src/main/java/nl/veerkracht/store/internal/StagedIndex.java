package nl.veerkracht.store.internal;

import java.util.Optional;

import org.eclipse.jgit.dircache.DirCache;

/**
 * The locked index of a commit that {@link CommitWriter#stageWorkingTree} wrote and did not record: what
 * {@link nl.veerkracht.store.StagedCommit} holds, without a JGit type in the store's API.
 */
public final class StagedIndex {

    private final CommitWriter writer;
    private final DirCache index;
    private final Optional<String> parent;
    private final String commit;
    private final String subject;

    StagedIndex(CommitWriter writer, DirCache index, Optional<String> parent, String commit, String subject) {
        this.writer = writer;
        this.index = index;
        this.parent = parent;
        this.commit = commit;
        this.subject = subject;
    }

    public String commitId() {
        return commit;
    }

    public Optional<String> parent() {
        return parent;
    }

    /** Moves {@code main} from the parent to the commit and puts the staged index in place; unlocks it. */
    public void record() {
        try {
            writer.record(index, parent, commit, subject);
        } finally {
            index.unlock();
        }
    }

    /** Lets go of the index without recording anything. */
    public void unlock() {
        index.unlock();
    }
}
