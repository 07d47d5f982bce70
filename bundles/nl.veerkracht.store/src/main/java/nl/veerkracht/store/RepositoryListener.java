package nl.veerkracht.store;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when the {@code main} branch of a repository in a workspace has moved: after a commit, a
 * fast-forward or merge by sync, a council approval does not count (it moves no branch). A
 * whiteboard service: register one and the plan store calls it. Called after the change is
 * complete, in the thread that made it; a listener that fails is reported and the change stands.
 */
@ConsumerType
public interface RepositoryListener {

    /**
     * @param from where {@code main} was; empty for a repository that had no commit (or was just cloned)
     * @param to where {@code main} is now
     */
    void repositoryUpdated(Workspace workspace, RepositoryName repository, Optional<String> from, String to);
}
