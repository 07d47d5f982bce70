package nl.veerkracht.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

import nl.veerkracht.store.FileTrees;

/**
 * Where a fetch puts what another repository sends until it is checked, as C Git's receive-pack quarantines a
 * push: a bare repository of its own in {@code .git/veerkracht-incoming/<random>}, that sees the objects of ours
 * (as Git alternates) and holds only what the transfer brought. What passes the checks is then fetched from
 * here into ours; what does not is deleted with the quarantine, so that no object of a refused tip ever reaches
 * our object database or a ref (and {@code git fsck} never meets it).
 */
public final class Quarantine implements AutoCloseable {

    private static final String FOLDER = "veerkracht-incoming";

    private final Path directory;
    private final Repository repository;

    private Quarantine(Path directory, Repository repository) {
        this.directory = directory;
        this.repository = repository;
    }

    /**
     * A new, empty quarantine beside the objects of {@code ours}; whatever an earlier process left in the
     * quarantine folder (killed halfway) is removed first.
     */
    public static Quarantine open(Repository ours) throws IOException {
        Path folder = ours.getDirectory().toPath().resolve(FOLDER);
        removeLeftovers(folder);
        Path directory = folder.resolve(UUID.randomUUID().toString());
        try (Git created = Git.init().setBare(true).setDirectory(directory.toFile()).call()) {
            StoredConfig config = created.getRepository().getConfig();
            // a quarantine is never packed or pruned: it lives for one fetch
            config.setInt(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTO, 0);
            config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
            config.save();
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
        Path alternates = directory.resolve("objects").resolve("info").resolve("alternates");
        Files.createDirectories(alternates.getParent());
        Files.writeString(alternates, ours.getDirectory().toPath().resolve("objects").toAbsolutePath() + "\n",
                StandardCharsets.UTF_8);
        Repository repository = new FileRepositoryBuilder().setGitDir(directory.toFile()).setBare().setMustExist(true)
                .build();
        return new Quarantine(directory, repository);
    }

    /** The quarantine as a repository: its own objects, and ours through the alternates. */
    public Repository repository() {
        return repository;
    }

    /** The commits the transfer marked as shallow (a source that is a shallow clone). */
    public boolean isShallow() throws IOException {
        return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    }

    /**
     * Takes {@code tip} and everything it needs from the quarantine into {@code ours}, which moves no ref there:
     * a local fetch, so JGit writes the objects whole before anything could point at them.
     */
    public void keepIn(Repository ours, ObjectId tip) throws IOException {
        RefUpdate update = repository.updateRef(Constants.R_HEADS + "checked");
        update.setNewObjectId(tip);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED
                && result != RefUpdate.Result.NO_CHANGE) {
            throw new IOException("quarantine: " + result);
        }
        try (Git git = new Git(ours)) {
            git.fetch().setRemote(directory.toAbsolutePath().toString())
                    .setRefSpecs(List.of(new RefSpec(Constants.R_HEADS + "checked")))
                    .setTagOpt(TagOpt.NO_TAGS)
                    .setRemoveDeletedRefs(false)
                    .call();
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Removes the quarantine and whatever it holds. */
    @Override
    public void close() {
        repository.close();
        try {
            FileTrees.delete(directory);
        } catch (IOException e) {
            // the next fetch removes what is left
        }
    }

    private static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var stale = Files.list(folder)) {
            for (Path left : (Iterable<Path>) stale::iterator) {
                try {
                    FileTrees.delete(left);
                } catch (IOException e) {
                    // still in use by a fetch that timed out in this process: left for the next one
                }
            }
        } catch (IOException e) {
            // nothing to clear that can be read
        }
    }
}
