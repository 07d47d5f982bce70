package nl.veerkracht.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A workspace: a folder of Git repositories ({@code plan/}, {@code region/<id>/},
 * {@code province/<code>/}, {@code members/<code>/}) and Veerkracht's local state
 * ({@code .veerkracht/}: configuration, pending conflicts, the index; derived and rebuildable).
 */
public final class Workspace {

    /** The folder of local state inside a workspace. */
    public static final String STATE_FOLDER = ".veerkracht";

    /** How the {@code .keep} file of a pack that JGit is fetching begins. */
    private static final String JGIT_FETCH_KEEP = "jgit fetch ";

    private final Path root;

    private Workspace(Path root) {
        this.root = root;
    }

    /**
     * The workspace in {@code root}.
     *
     * @throws StoreException when {@code root} holds no plan repository
     */
    public static Workspace at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute.resolve("plan/.git"))) {
            throw new StoreException("workspace.missing", absolute);
        }
        return new Workspace(absolute);
    }

    /**
     * The workspace that holds {@code start}: {@code start} itself or the nearest folder above it
     * with a {@code plan/} repository, as Git finds its repository from any subfolder.
     */
    public static Workspace find(Path start) {
        Path absolute = start.toAbsolutePath().normalize();
        for (Path candidate = absolute; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("plan/.git"))) {
                return new Workspace(candidate);
            }
        }
        throw new StoreException("workspace.missing", absolute);
    }

    /** A new workspace in {@code root}, which must not hold a plan yet; its plan repository is empty. */
    public static Workspace create(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        PlanRepository.create(absolute.resolve("plan")).close();
        try {
            Files.createDirectories(absolute.resolve(STATE_FOLDER));
        } catch (IOException e) {
            throw new StoreException(e, "workspace.lockFailed", absolute, e.getMessage());
        }
        return new Workspace(absolute);
    }

    public Path root() {
        return root;
    }

    public Path stateDirectory() {
        return root.resolve(STATE_FOLDER);
    }

    public Path directoryOf(RepositoryName name) {
        return root.resolve(name.folder());
    }

    public boolean has(RepositoryName name) {
        return Files.isDirectory(directoryOf(name).resolve(".git"));
    }

    /**
     * Opens one repository of this workspace.
     *
     * @throws StoreException when the workspace has no such repository
     */
    public PlanRepository open(RepositoryName name) {
        if (!has(name)) {
            throw new StoreException("workspace.noRepository", root, name);
        }
        return PlanRepository.open(directoryOf(name));
    }

    /** Every repository of the workspace: the plan first, then regions, provinces and members by name. */
    public List<RepositoryName> repositories() {
        List<RepositoryName> names = new ArrayList<>();
        names.add(RepositoryName.PLAN);
        for (RepositoryName.Kind kind : List.of(RepositoryName.Kind.REGION, RepositoryName.Kind.PROVINCE,
                RepositoryName.Kind.MEMBER)) {
            Path folder = root.resolve(kind.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> children = Files.list(folder)) {
                children.filter(child -> Files.isDirectory(child.resolve(".git")))
                        .map(child -> child.getFileName().toString())
                        .sorted()
                        .forEach(child -> names.add(RepositoryName.parse(kind.folder() + child)));
            } catch (IOException e) {
                throw new StoreException(e, "workspace.lockFailed", root, e.getMessage());
            } catch (StoreException e) {
                // a folder whose name is no repository name is not Veerkracht's: leave it alone
            }
        }
        return names;
    }

    /**
     * Takes the right to write in this workspace (see {@link WorkspaceLock}), waiting at most
     * {@code wait} for another Veerkracht command. Git lock files that a Veerkracht process left
     * behind when it died are removed; a Git lock file of anyone else stops the command.
     */
    public WorkspaceLock lock(Duration wait, Consumer<Optional<WorkspaceLock.Owner>> waiting) {
        WorkspaceLock lock = WorkspaceLock.acquire(stateDirectory(), wait, waiting);
        try {
            recoverGitLocks(lock.previousOwner());
            return lock;
        } catch (RuntimeException e) {
            try {
                lock.abandon();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void recoverGitLocks(Optional<WorkspaceLock.Owner> previous) {
        Optional<WorkspaceLock.Owner> dead = previous.filter(owner -> !owner.isAlive());
        for (RepositoryName name : repositories()) {
            Path gitDirectory = directoryOf(name).resolve(".git");
            for (Path lockFile : gitLockFiles(gitDirectory)) {
                if (dead.isPresent() && modifiedSince(lockFile, dead.get().started())) {
                    delete(lockFile);
                } else {
                    throw new StoreException("gitLock.foreign", lockFile);
                }
            }
            // a pack kept by a fetch that died is held back from every later repack: let it go
            for (Path keepFile : fetchKeepFiles(gitDirectory)) {
                if (dead.isPresent() && modifiedSince(keepFile, dead.get().started())) {
                    delete(keepFile);
                }
            }
        }
    }

    private static void delete(Path gitFile) {
        try {
            Files.deleteIfExists(gitFile);
        } catch (IOException e) {
            throw new StoreException(e, "gitLock.foreign", gitFile);
        }
    }

    private static boolean modifiedSince(Path file, Instant instant) {
        try {
            return !Files.getLastModifiedTime(file).toInstant().isBefore(instant.minusSeconds(1));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The lock files Git and JGit take while they write: {@code index.lock}, {@code refs/heads/main.lock},
     * and the lock JGit takes on a fetched pack's {@code .keep} file, {@code objects/pack/pack-<id>.keep.lock}
     * (a fetch that receives the same pack again cannot keep it while that lock is there).
     */
    static List<Path> gitLockFiles(Path gitDirectory) {
        List<Path> locks = new ArrayList<>(packFiles(gitDirectory, ".lock"));
        Path objects = gitDirectory.resolve("objects");
        try {
            // the object store holds thousands of objects: it is not walked; its packs are listed above
            Files.walkFileTree(gitDirectory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory,
                        BasicFileAttributes attributes) {
                    return directory.equals(objects) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file,
                        BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".lock")) {
                        locks.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return locks;
        }
        locks.sort(null);
        return locks;
    }

    /**
     * The {@code .keep} files JGit writes while it fetches a pack (they say {@code jgit fetch <uri>}) and
     * deletes when the fetch has ended; a {@code .keep} file anyone wrote on purpose says something else.
     */
    static List<Path> fetchKeepFiles(Path gitDirectory) {
        return packFiles(gitDirectory, ".keep").stream().filter(Workspace::writtenByAJGitFetch).toList();
    }

    private static boolean writtenByAJGitFetch(Path keepFile) {
        try (InputStream in = Files.newInputStream(keepFile)) {
            return new String(in.readNBytes(JGIT_FETCH_KEEP.length()), StandardCharsets.UTF_8).equals(JGIT_FETCH_KEEP);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> packFiles(Path gitDirectory, String suffix) {
        try (Stream<Path> files = Files.list(gitDirectory.resolve("objects/pack"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix) && Files.isRegularFile(file))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Where the state of one repository lives, e.g. pending conflicts of {@code region/west-brabant}. */
    public Path stateOf(RepositoryName name) {
        return stateDirectory().resolve("repositories").resolve(name.folder());
    }
}
