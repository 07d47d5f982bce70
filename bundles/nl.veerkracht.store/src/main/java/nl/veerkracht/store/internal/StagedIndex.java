package nl.veerkracht.store.internal;

import java.util.Map;
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
    private final Map<String, byte[]> files;

    StagedIndex(CommitWriter writer, DirCache index, Optional<String> parent, String commit, String subject) {
        this(writer, index, parent, commit, subject, Map.of());
    }

    /** A commit of {@code files} over {@code main}: recording it writes them into the working tree first. */
    StagedIndex(CommitWriter writer, DirCache index, Optional<String> parent, String commit, String subject,
            Map<String, byte[]> files) {
        this.writer = writer;
        this.index = index;
        this.parent = parent;
        this.commit = commit;
        this.subject = subject;
        this.files = files;
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
            if (files.isEmpty()) {
                writer.record(index, parent, commit, subject);
                return;
            }
            // the files first: a process stopped before main moves leaves them as changes the user sees
            Map<String, byte[]> previous = writer.placeFiles(index, files);
            try {
                writer.record(index, parent, commit, subject);
            } catch (RuntimeException e) {
                writer.restoreFiles(previous);
                throw e;
            }
        } finally {
            index.unlock();
        }
    }

    /** Lets go of the index without recording anything. */
    public void unlock() {
        index.unlock();
    }
}
