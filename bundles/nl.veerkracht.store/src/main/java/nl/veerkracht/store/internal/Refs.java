package nl.veerkracht.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.StoreException;

/**
 * The refs Veerkracht points at commits besides {@code main} (tracking refs, {@code refs/veerkracht/...}
 * that keep a commit however the branches move), and the remotes the repository's configuration records.
 */
public final class Refs {

    private final GitRepository git;
    private final Path directory;
    private final Repository repository;

    public Refs(GitRepository git) {
        this.git = git;
        this.directory = git.directory();
        this.repository = git.repository();
    }

    /**
     * Points the ref {@code name} ({@code refs/veerkracht/...}) at a commit, so that Git keeps the
     * commit however the branches move.
     */
    public void keepRef(String name, String commitId) {
        try {
            RefUpdate update = repository.updateRef(name);
            update.setNewObjectId(ObjectId.fromString(commitId));
            update.setForceUpdate(true);
            RefUpdate.Result result = update.update();
            if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE
                    || result == RefUpdate.Result.REJECTED) {
                throw new StoreException("commit.failed", directory, name + ": " + result);
            }
        } catch (IOException e) {
            throw git.writeFailed(e);
        }
    }

    /**
     * Records the remote {@code name} with its URL in the repository's configuration, fetching
     * {@code main} into {@code refs/remotes/<name>/main}, so that plain {@code git fetch <name>} works
     * as Veerkracht's own fetch does.
     */
    public void setRemote(String name, String url) {
        try {
            StoredConfig config = repository.getConfig();
            config.setString("remote", name, "url", RemoteUrls.withoutPasswords(url));
            config.setString("remote", name, "fetch", "+" + Constants.R_HEADS + PlanRepository.BRANCH + ":" + PlanRepository.trackingRef(name));
            config.save();
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }

    /** The URL of the remote {@code name}, as the repository's configuration records it. */
    public Optional<String> remoteUrl(String name) {
        return Optional.ofNullable(repository.getConfig().getString("remote", name, "url"));
    }

    /** Removes the ref {@code name}, if it exists. */
    public void deleteRef(String name) {
        try {
            if (repository.exactRef(name) == null) {
                return;
            }
            RefUpdate update = repository.updateRef(name);
            update.setForceUpdate(true);
            update.delete();
        } catch (IOException e) {
            throw git.writeFailed(e);
        }
    }
}
