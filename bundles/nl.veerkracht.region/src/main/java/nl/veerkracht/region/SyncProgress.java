package nl.veerkracht.region;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.WorkspaceLock;

/** Told what a sync is doing while it runs, so that a user sees progress while it fetches many remotes. */
@ConsumerType
public interface SyncProgress {

    /** Tells nobody. */
    SyncProgress NONE = new SyncProgress() {
    };

    /** The workspace is busy with another Veerkracht command; the sync waits for it (bounded). */
    default void waitingForLock(Optional<WorkspaceLock.Owner> holder) {
    }

    /**
     * Fetching one remote of a repository.
     *
     * @param source the member's code, or {@code hub}
     * @param name the member's name, or the hub's URL
     * @param index which of {@code total}, from 1
     */
    default void fetching(RepositoryName repository, String source, String name, int index, int total) {
    }
}
