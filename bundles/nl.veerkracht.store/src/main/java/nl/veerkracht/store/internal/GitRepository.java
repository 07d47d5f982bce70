package nl.veerkracht.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.StoreException;

/**
 * One plan repository opened with JGit, with the folder of its working tree: what the parts of a
 * {@link PlanRepository} (reading, writing, history, tags, exchange, branch moves) work on. Opening,
 * creating and the housekeeping setting live here; so does the way a failure names the repository.
 */
public final class GitRepository implements AutoCloseable {

    private final Path directory;
    private final Repository repository;

    private GitRepository(Path directory, Repository repository) {
        this.directory = directory;
        this.repository = repository;
        try {
            if (repository.getConfig().getBoolean(ConfigConstants.CONFIG_GC_SECTION,
                    ConfigConstants.CONFIG_KEY_AUTODETACH, true)) {
                keepHousekeepingInForeground(repository);
            }
        } catch (IOException e) {
            // the configuration cannot be written (a read-only clone): the setting in memory has to do
        }
        housekeepInForeground();
    }

    /** Opens the repository whose working tree is {@code directory}. */
    public static GitRepository open(Path directory) {
        Path gitDir = directory.resolve(Constants.DOT_GIT);
        if (!Files.isDirectory(gitDir)) {
            throw new StoreException("repository.missing", directory);
        }
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile())
                    .setWorkTree(directory.toFile()).setMustExist(true).build();
            return new GitRepository(directory, repository);
        } catch (RepositoryNotFoundException e) {
            throw new StoreException(e, "repository.missing", directory);
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /** Makes a new, empty repository in {@code directory} (which must not hold one yet), on {@code main}. */
    public static GitRepository create(Path directory) {
        if (Files.exists(directory.resolve(Constants.DOT_GIT))) {
            throw new StoreException("repository.exists", directory);
        }
        try {
            Files.createDirectories(directory);
            Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch(PlanRepository.BRANCH).call();
            return new GitRepository(directory, git.getRepository());
        } catch (IOException | GitAPIException e) {
            throw new StoreException(e, "repository.createFailed", directory, e.getMessage());
        }
    }

    /** Makes a new, empty bare repository in {@code directory} (a regional hub on a shared folder), on {@code main}. */
    public static void createBare(Path directory) {
        try {
            Files.createDirectories(directory);
            try (Git git = Git.init().setBare(true).setDirectory(directory.toFile())
                    .setInitialBranch(PlanRepository.BRANCH).call()) {
                keepHousekeepingInForeground(git.getRepository());
            }
        } catch (IOException | GitAPIException e) {
            throw new StoreException(e, "repository.createFailed", directory, e.getMessage());
        }
    }

    /**
     * Makes JGit's automatic housekeeping (after a fetch or a commit, once there are many packs or loose
     * objects) run in the calling thread, so inside the workspace lock, never in a background thread that
     * would still hold {@code gc.log.lock} when the next command starts. Repositories that Veerkracht makes
     * or clones have {@code gc.autoDetach = false} in their configuration ({@link #keepHousekeepingInForeground});
     * for others it is set in memory, again before each operation that may start housekeeping, since JGit
     * reloads the configuration when its file changes (or is too new to tell).
     */
    public void housekeepInForeground() {
        repository.getConfig().setBoolean(ConfigConstants.CONFIG_GC_SECTION, null,
                ConfigConstants.CONFIG_KEY_AUTODETACH, false);
    }

    /** Writes {@code gc.autoDetach = false} into a repository's own configuration. */
    private static void keepHousekeepingInForeground(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
        config.save();
    }

    public Path directory() {
        return directory;
    }

    public Repository repository() {
        return repository;
    }

    /** The commit {@code main} points at, or empty for a repository without commits. */
    public Optional<String> head() {
        try {
            return mainOf(repository);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The commit {@code main} of {@code repository} points at, or empty when it has none. */
    static Optional<String> mainOf(Repository repository) throws IOException {
        return Optional.ofNullable(repository.resolve(Constants.R_HEADS + PlanRepository.BRANCH)).map(ObjectId::name);
    }

    /** {@code repository.unreadable}: reading this repository failed. */
    public StoreException unreadable(Exception e) {
        return new StoreException(e, "repository.unreadable", directory, e.getMessage());
    }

    /** {@code commit.failed}: writing to this repository failed. */
    public StoreException writeFailed(Exception e) {
        return new StoreException(e, "commit.failed", directory, e.getMessage());
    }

    @Override
    public void close() {
        repository.close();
    }
}
