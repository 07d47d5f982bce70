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
     * A step of the sync starts ({@link SyncStep#name()}: {@code region}, {@code province}, ...).
     *
     * @param index which of {@code total}, from 1
     */
    default void stepStarting(String step, int index, int total) {
    }

    /**
     * Whether the user asked to stop. The sync asks before every step and every remote, and the remote
     * operations ask while they transfer; once it says yes, nothing more is fetched or merged, and what
     * was not done is reported as cancelled. Called from the thread that runs the sync.
     */
    default boolean cancelled() {
        return false;
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
