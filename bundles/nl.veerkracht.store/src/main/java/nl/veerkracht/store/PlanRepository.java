package nl.veerkracht.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.SignatureVerifier;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.internal.Quarantine;
import nl.veerkracht.store.internal.ReceivedObjects;
import nl.veerkracht.store.internal.RemoteOperation;
import nl.veerkracht.store.internal.SshSignatures;
import nl.veerkracht.store.internal.StrictObjectChecker;

/**
 * One plan repository (a municipality's plan, a regional plan, a province's programme): an
 * ordinary Git repository with a working tree on branch {@code main}, read and written with JGit.
 *
 * <p>Plans are read straight from Git objects at any revision, without a checkout. Every write
 * either completes or leaves the repository as it was: JGit writes objects first and moves the
 * branch last, under a lock file.
 */
public final class PlanRepository implements AutoCloseable {

    /** The branch every plan repository works on. */
    public static final String BRANCH = "main";

    /**
     * Files larger than this are read only up to it (plus one byte), so that a huge blob is reported
     * as too large by the format instead of filling the memory.
     */
    public static final int READ_LIMIT = 2 * 1024 * 1024;

    /** How JGit names the file it writes a checked-out file to before renaming it: {@code ._<name><digits>.tmp}. */
    private static final String CHECKOUT_TEMP_PREFIX = "._";
    private static final String CHECKOUT_TEMP_SUFFIX = ".tmp";
    private static final int CHECKOUT_TEMP_NAME_LIMIT = 50;

    private final Path directory;
    private final Repository repository;

    private PlanRepository(Path directory, Repository repository) {
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

    /**
     * Makes JGit's automatic housekeeping (after a fetch or a commit, once there are many packs or loose
     * objects) run in the calling thread, so inside the workspace lock, never in a background thread that
     * would still hold {@code gc.log.lock} when the next command starts. Repositories that Veerkracht makes
     * or clones have {@code gc.autoDetach = false} in their configuration ({@link #keepHousekeepingInForeground});
     * for others it is set in memory, again before each operation that may start housekeeping, since JGit
     * reloads the configuration when its file changes (or is too new to tell).
     */
    private void housekeepInForeground() {
        repository.getConfig().setBoolean(ConfigConstants.CONFIG_GC_SECTION, null,
                ConfigConstants.CONFIG_KEY_AUTODETACH, false);
    }

    /** Writes {@code gc.autoDetach = false} into a repository's own configuration. */
    private static void keepHousekeepingInForeground(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
        config.save();
    }

    /** Opens the repository whose working tree is {@code directory}. */
    public static PlanRepository open(Path directory) {
        Path gitDir = directory.resolve(Constants.DOT_GIT);
        if (!Files.isDirectory(gitDir)) {
            throw new StoreException("repository.missing", directory);
        }
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile())
                    .setWorkTree(directory.toFile()).setMustExist(true).build();
            return new PlanRepository(directory, repository);
        } catch (RepositoryNotFoundException e) {
            throw new StoreException(e, "repository.missing", directory);
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /** Makes a new, empty repository in {@code directory} (which must not hold one yet), on {@code main}. */
    public static PlanRepository create(Path directory) {
        if (Files.exists(directory.resolve(Constants.DOT_GIT))) {
            throw new StoreException("repository.exists", directory);
        }
        try {
            Files.createDirectories(directory);
            Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch(BRANCH).call();
            return new PlanRepository(directory, git.getRepository());
        } catch (IOException | GitAPIException e) {
            throw new StoreException(e, "repository.createFailed", directory, e.getMessage());
        }
    }

    /**
     * Clones the {@code main} branch of the repository at {@code url} (a folder or any Git URL) into
     * {@code directory}, which must not exist yet or be empty, with a working tree on {@code main}.
     *
     * @throws StoreException {@code fetch.failed} when the remote cannot be reached or read,
     *         {@code clone.empty} when it has no {@code main}
     */
    public static PlanRepository cloneFrom(String url, Path directory) {
        return cloneFrom(RemoteAccess.defaults(), url, directory);
    }

    /**
     * Clones as {@link #cloneFrom(String, Path)}, reaching the remote as {@code access} says (timeout,
     * credentials). A source that is a shallow clone is refused before anything is written.
     */
    public static PlanRepository cloneFrom(RemoteAccess access, String url, Path directory) {
        refuseShallowSource(url);
        // not JGit's CloneCommand: its fetch would start housekeeping in the background before the new
        // repository's configuration says otherwise
        PlanRepository cloned = create(directory);
        try {
            String tip = cloned.fetch(access, url, "origin")
                    .orElseThrow(() -> new StoreException("clone.empty", RemoteUrls.withoutPasswords(url)));
            RefUpdate update = cloned.repository.updateRef(Constants.R_HEADS + BRANCH);
            update.setNewObjectId(ObjectId.fromString(tip));
            update.setExpectedOldObjectId(ObjectId.zeroId());
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW) {
                throw new StoreException("repository.createFailed", directory, "main: " + result);
            }
            cloned.resetWorkingTree();
            cloned.setRemote("origin", RemoteUrls.withoutPasswords(url));
            return cloned;
        } catch (IOException e) {
            cloned.close();
            throw new StoreException(e, "repository.createFailed", directory, e.getMessage());
        } catch (RuntimeException e) {
            cloned.close();
            throw e;
        }
    }

    /**
     * Makes a new, empty bare repository in {@code directory} (a regional hub on a shared folder),
     * on {@code main}.
     */
    public static void createBare(Path directory) {
        try {
            Files.createDirectories(directory);
            try (Git git = Git.init().setBare(true).setDirectory(directory.toFile()).setInitialBranch(BRANCH).call()) {
                keepHousekeepingInForeground(git.getRepository());
            }
        } catch (IOException | GitAPIException e) {
            throw new StoreException(e, "repository.createFailed", directory, e.getMessage());
        }
    }

    public Path directory() {
        return directory;
    }

    /** The JGit repository, for the other classes of this bundle (sync, signing). */
    Repository repository() {
        return repository;
    }

    /** The commit {@code main} points at, or empty for a repository without commits. */
    public Optional<String> head() {
        try {
            ObjectId head = repository.resolve(Constants.R_HEADS + BRANCH);
            return Optional.ofNullable(head).map(ObjectId::name);
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /**
     * The commit a user's revision names: a commit id or a prefix of one, {@code main},
     * {@code raad/2026-05-01}, {@code HEAD~2}.
     *
     * @throws StoreException when it names no commit here
     */
    public String resolve(String revision) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(revision);
            if (id == null) {
                throw new StoreException("revision.unknown", revision);
            }
            return walk.parseCommit(id).name();
        } catch (AmbiguousObjectException e) {
            throw new StoreException(e, "revision.ambiguous", revision);
        } catch (RevisionSyntaxException | IncorrectObjectTypeException | MissingObjectException e) {
            throw new StoreException(e, "revision.unknown", revision);
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /**
     * Every file of the commit a revision names, by path, read from Git objects (no checkout).
     * Files above {@link #READ_LIMIT} are cut off just after it.
     */
    public Map<String, byte[]> filesAt(String revision) {
        String commitId = resolve(revision);
        Map<String, byte[]> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
                TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (tree.getFileMode(0) == FileMode.REGULAR_FILE || tree.getFileMode(0) == FileMode.EXECUTABLE_FILE) {
                    files.put(tree.getPathString(), read(reader.open(tree.getObjectId(0))));
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
        return files;
    }

    private static byte[] read(ObjectLoader loader) throws IOException {
        if (loader.getSize() <= READ_LIMIT) {
            return loader.getCachedBytes(READ_LIMIT);
        }
        try (InputStream in = loader.openStream()) {
            return in.readNBytes(READ_LIMIT + 1);
        }
    }

    /**
     * Every regular file of the working tree, by path relative to it, except Git's own folder and
     * Veerkracht's local state. Files are read only after their type is read without following links, so a
     * symbolic link is never followed (a plan never reaches outside its folder) and a FIFO, a socket or a
     * device is never opened (opening a FIFO would wait for a writer for ever); {@link #workingTreeProblems()}
     * names them.
     */
    public Map<String, byte[]> workingTreeFiles() {
        return scanWorkingTree(true).files();
    }

    /**
     * What the working tree holds that a plan may not, each a problem at line 1, column 1 of its path: a
     * symbolic link, a FIFO, a socket, a device or anything else that is not a regular file (Git would record
     * a link as a link, mode 120000, and check it out on every member's disk; a FIFO would make a commit wait
     * for ever); a folder that is a Git repository of its own (Git would record it as a submodule);
     * {@code .gitattributes} and {@code .gitmodules} anywhere (they change how Git treats the files); an
     * executable file where the repository records the execute bit ({@code core.fileMode}), since a plan's
     * files are all mode 100644. Nothing is opened to find them.
     */
    public List<Problem> workingTreeProblems() {
        return scanWorkingTree(false).problems();
    }

    /** The working tree's regular files (when {@code read}) and what it holds that a plan may not. */
    private WorkingTreeScan scanWorkingTree(boolean read) {
        Map<String, byte[]> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        boolean executableBit = recordsExecutableBit();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                /** How deep inside a folder of local state ({@code .veerkracht}): its files are checked, not read. */
                private int inLocalState;

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(directory)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (name.equals(Constants.DOT_GIT)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.exists(dir.resolve(Constants.DOT_GIT), LinkOption.NOFOLLOW_LINKS)) {
                        problems.add(fileProblem(relative(dir), "workingTree.nestedRepository"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (name.equals(Workspace.STATE_FOLDER)) {
                        inLocalState++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    if (!dir.equals(directory) && dir.getFileName().toString().equals(Workspace.STATE_FOLDER)) {
                        inLocalState--;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    // the walk does not follow links: these are the attributes of the entry itself (lstat)
                    String path = relative(file);
                    if (!attributes.isRegularFile()) {
                        problems.add(fileProblem(path, notRegularKey(file, attributes)));
                        return FileVisitResult.CONTINUE;
                    }
                    String name = file.getFileName().toString();
                    if (name.equals(Constants.DOT_GIT_ATTRIBUTES) || name.equals(Constants.DOT_GIT_MODULES)) {
                        problems.add(fileProblem(path, "workingTree.gitControl"));
                    }
                    if (executableBit && isExecutable(file)) {
                        problems.add(fileProblem(path, "workingTree.executable"));
                    }
                    if (read && inLocalState == 0) {
                        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                            files.put(path, in.readNBytes(READ_LIMIT + 1));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new StoreException(e, "workingTree.unreadable", directory, e.getMessage());
        }
        problems.sort(Problem.ORDER);
        return new WorkingTreeScan(files, problems);
    }

    private record WorkingTreeScan(Map<String, byte[]> files, List<Problem> problems) {
    }

    private String relative(Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    private static Problem fileProblem(String path, String key) {
        return Problem.error(path, new SourcePosition(1, 1), key, path);
    }

    /** Whether Git records the execute bit of files here ({@code core.fileMode}, true unless set otherwise). */
    private boolean recordsExecutableBit() {
        return repository.getConfig().getBoolean(ConfigConstants.CONFIG_CORE_SECTION, null,
                ConfigConstants.CONFIG_KEY_FILEMODE, true);
    }

    /** Whether the owner may execute a file, as JGit decides it; false where the file system has no such bit. */
    private static boolean isExecutable(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** How a working-tree entry that is not a regular file is named, from its type as {@code lstat} gives it. */
    private static String notRegularKey(Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "workingTree.symlink";
        }
        if (attributes.isDirectory()) {
            return "workingTree.special";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
            return switch (type) {
                case S_IFIFO -> "workingTree.fifo";
                case S_IFSOCK -> "workingTree.socket";
                case S_IFCHR, S_IFBLK -> "workingTree.device";
                default -> "workingTree.special";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix view (another system), or the entry went away: it is still no regular file
            return "workingTree.special";
        }
    }

    /** The file types of {@code st_mode} (POSIX), to tell the kinds of special file apart. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    /** Whether the working tree and the index hold nothing that is not committed. */
    public boolean isClean() {
        try (Git git = new Git(repository)) {
            return git.status().call().isClean();
        } catch (GitAPIException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /**
     * The author the user's Git configuration names ({@code user.name}, {@code user.email}).
     *
     * @throws StoreException when it names none, so that no commit gets an invented author
     */
    public Author configuredAuthor() {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
            throw new StoreException("author.unknown");
        }
        return new Author(user.getAuthorName(), user.getAuthorEmail());
    }

    /**
     * Commits every change of the working tree (new, changed and deleted files) on {@code main},
     * with the municipality's trailer. The caller has validated the tree.
     *
     * @return the new commit's id
     * @throws StoreException {@code commit.nothing} when the working tree holds no change
     */
    public String commitWorkingTree(String message, Author author, String municipality) {
        return commitWorkingTree(message, author, municipality, Optional.empty());
    }

    /**
     * Commits every change of the working tree, as {@link #commitWorkingTree(String, Author, String)},
     * signed with {@code signing} when it is given: {@link #stageWorkingTree} and at once
     * {@link StagedCommit#record()}.
     *
     * @throws StoreException {@code signing.keyMissing} or {@code signing.unavailable} when the commit
     *         is to be signed and cannot be; {@code commit.notRegularFile} for a working tree that holds
     *         something else than regular files; nothing is committed then
     */
    public String commitWorkingTree(String message, Author author, String municipality, Optional<SigningKey> signing) {
        try (StagedCommit staged = stageWorkingTree(message, author, municipality, signing)) {
            staged.record();
            return staged.commitId();
        }
    }

    /**
     * Writes the commit of the working tree on top of {@code main}, without moving {@code main}: so that
     * it can be checked as its receivers will check it before it is recorded. The index is built anew
     * from the working tree as {@code git add --all} would (an ignored file that is not tracked yet is left
     * out) with this difference: only regular files are staged, each as mode 100644, and the type of every
     * entry is read without following links before the file is opened. A symbolic link, a FIFO, a socket,
     * a device or a folder that is a repository of its own stops it: it is never opened, and nothing is
     * staged or committed. The repository's index stays locked until the staged commit is recorded or
     * closed.
     *
     * @return the staged commit; close it (after {@link StagedCommit#record()}, or without to record nothing)
     * @throws StoreException {@code commit.nothing} when the working tree holds no change (the index is
     *         brought in line with {@code main} then); {@code commit.notRegularFile} as above;
     *         {@code signing.keyMissing} or {@code signing.unavailable} when the commit is to be signed and
     *         cannot be
     */
    public StagedCommit stageWorkingTree(String message, Author author, String municipality,
            Optional<SigningKey> signing) {
        signing.ifPresent(PlanRepository::signerFor);
        housekeepInForeground();
        Optional<String> parent = head();
        DirCache index;
        try {
            index = repository.lockDirCache();
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
        boolean handedOver = false;
        try {
            String tree = stage(index);
            if (parent.isPresent() && tree.equals(treeOf(parent.get()))) {
                // nothing to commit; an index that a killed commit left behind matches main again
                index.write();
                index.commit();
                throw new StoreException("commit.nothing");
            }
            String commit = writeCommit(tree, parent.stream().toList(), message, author, municipality, signing);
            handedOver = true;
            return new StagedCommit(this, index, parent, commit, firstLine(message));
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        } finally {
            if (!handedOver) {
                index.unlock();
            }
        }
    }

    /**
     * Fills {@code index} with every regular file of the working tree that {@code git add --all} would
     * stage, and writes their blobs and the tree.
     *
     * @return the tree's id
     */
    private String stage(DirCache index) throws IOException {
        DirCacheBuilder builder = index.builder();
        try (ObjectInserter inserter = repository.newObjectInserter(); TreeWalk walk = new TreeWalk(repository)) {
            int tracked = walk.addTree(new DirCacheIterator(index));
            int working = walk.addTree(new FileTreeIterator(repository));
            while (walk.next()) {
                WorkingTreeIterator file = walk.getTree(working, WorkingTreeIterator.class);
                if (file == null) {
                    continue; // gone from the working tree: not staged, so deleted
                }
                if (walk.getTree(tracked, DirCacheIterator.class) == null && file.isEntryIgnored()) {
                    continue;
                }
                String path = walk.getPathString();
                Path onDisk = directory.resolve(path);
                BasicFileAttributes attributes = Files.readAttributes(onDisk, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory() && file.getEntryFileMode() != FileMode.GITLINK) {
                    walk.enterSubtree();
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    throw new StoreException("commit.notRegularFile", directory.resolve(path));
                }
                ObjectId blob;
                try (InputStream in = Files.newInputStream(onDisk, LinkOption.NOFOLLOW_LINKS)) {
                    blob = inserter.insert(Constants.OBJ_BLOB, attributes.size(), in);
                }
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setLength(attributes.size());
                entry.setLastModified(attributes.lastModifiedTime().toInstant());
                entry.setObjectId(blob);
                builder.add(entry);
            }
            builder.finish();
            ObjectId tree = index.writeTree(inserter);
            inserter.flush();
            return tree.name();
        }
    }

    private static String firstLine(String message) {
        String stripped = message.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    /**
     * Records a staged commit: writes the new index, moves {@code main} from the commit's parent to it
     * (compare and swap), and puts the index in place.
     */
    void record(DirCache index, Optional<String> parent, String commit, String subject) {
        try {
            index.write();
            RefUpdate update = repository.updateRef(Constants.R_HEADS + BRANCH);
            update.setExpectedOldObjectId(parent.map(ObjectId::fromString).orElse(ObjectId.zeroId()));
            update.setNewObjectId(ObjectId.fromString(commit));
            update.setRefLogMessage((parent.isEmpty() ? "commit (initial): " : "commit: ") + subject, false);
            RefUpdate.Result result = update.update();
            switch (result) {
                case NEW, FAST_FORWARD -> {
                    // recorded
                }
                case LOCK_FAILURE -> throw new StoreException("branch.moved", directory);
                default -> throw new StoreException("commit.failed", directory, "main: " + result);
            }
            if (!index.commit()) {
                throw new StoreException("commit.failed", directory, "index");
            }
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    /**
     * The commits on {@code main} that changed any of {@code paths} (all commits when empty), newest
     * first.
     */
    public List<HistoryEntry> history(Collection<String> paths) {
        if (head().isEmpty()) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        try (Git git = new Git(repository); ObjectReader reader = repository.newObjectReader()) {
            LogCommand log = git.log().add(repository.resolve(Constants.R_HEADS + BRANCH));
            paths.forEach(log::addPath);
            for (RevCommit commit : log.call()) {
                entries.add(entryOf(commit, reader));
            }
        } catch (GitAPIException | IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
        return entries;
    }

    private HistoryEntry entryOf(RevCommit commit, ObjectReader reader) throws IOException {
        PersonIdent ident = commit.getAuthorIdent();
        OffsetDateTime when = OffsetDateTime.ofInstant(ident.getWhenAsInstant(),
                ident.getZoneOffset() == null ? ZoneOffset.UTC : ident.getZoneOffset());
        List<String> parents = new ArrayList<>();
        for (RevCommit parent : commit.getParents()) {
            parents.add(parent.name());
        }
        return new HistoryEntry(commit.name(), when, new Author(ident.getName(), ident.getEmailAddress()),
                Trailers.municipality(commit.getFullMessage()), commit.getShortMessage(), commit.getFullMessage(),
                parents, changedPaths(commit, reader));
    }

    private List<String> changedPaths(RevCommit commit, ObjectReader reader) throws IOException {
        List<String> changed = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader); TreeWalk tree = new TreeWalk(reader)) {
            if (commit.getParentCount() > 0) {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            } else {
                tree.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
            }
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                changed.add(tree.getPathString());
            }
        }
        return changed;
    }

    /**
     * Records that the council approved the plan as it is on {@code main}: an annotated tag
     * {@code raad/<date>} with the message and the tagger.
     *
     * @throws StoreException when that date is approved already, or there is nothing to approve
     */
    public CouncilApproval approve(LocalDate date, String message, Author tagger) {
        String head = head().orElseThrow(() -> new StoreException("approve.empty"));
        String name = CouncilApproval.tagName(date);
        try (Git git = new Git(repository); RevWalk walk = new RevWalk(repository)) {
            git.tag().setName(name).setAnnotated(true).setSigned(false)
                    .setMessage(message.strip() + "\n")
                    .setTagger(new PersonIdent(tagger.name(), tagger.email()))
                    .setObjectId(walk.parseCommit(ObjectId.fromString(head)))
                    .call();
            return new CouncilApproval(date, name, head, message.strip());
        } catch (RefAlreadyExistsException e) {
            throw new StoreException(e, "approve.exists", name);
        } catch (GitAPIException | IOException e) {
            throw new StoreException(e, "approve.failed", name, e.getMessage());
        }
    }

    /** Every council approval ({@code raad/<date>} tag), oldest first. */
    public List<CouncilApproval> approvals() {
        List<CouncilApproval> approvals = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + "raad/")) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                LocalDate date;
                try {
                    date = LocalDate.parse(name.substring("raad/".length()));
                } catch (DateTimeParseException e) {
                    continue;
                }
                RevObject object = walk.parseAny(ref.getObjectId());
                String message = object instanceof RevTag tag ? tag.getFullMessage().strip() : "";
                RevObject target = walk.peel(object);
                approvals.add(new CouncilApproval(date, name, target.name(), message));
            }
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
        approvals.sort(Comparator.comparing(CouncilApproval::date));
        return approvals;
    }

    // ---------------------------------------------------------------- exchange with other repositories

    /** What became of a push. */
    public enum PushOutcome {
        /** The remote branch now points at our commit. */
        PUSHED,
        /** The remote had our commit already. */
        UP_TO_DATE,
        /** The remote has commits we do not: fetch, merge and push again. */
        REJECTED
    }

    /**
     * Fetches the {@code main} branch of the repository at {@code url} (a folder or any Git URL) into
     * the tracking ref {@code refs/remotes/<trackingName>/main}, without tags.
     *
     * @return the commit the remote's {@code main} points at, or empty when it has none
     * @throws StoreException {@code fetch.failed} when the remote cannot be reached or read
     */
    public Optional<String> fetch(String url, String trackingName) {
        return fetch(RemoteAccess.defaults(), url, trackingName);
    }

    /**
     * Fetches as {@link #fetch(String, String)}, reaching the remote as {@code access} says: it gives up
     * when the remote stays silent for the timeout, takes credentials from the user's files (or terminal),
     * and says a failure in one line without any password. What arrives is checked first, as
     * {@link #receive(RemoteAccess, String)} says; the tracking ref moves only to a tip that passes.
     *
     * @throws StoreException {@code remote.*} or {@code fetch.failed} when the remote cannot be reached or
     *         read, {@code remote.shallow} when it is a shallow clone (nothing is fetched then)
     * @throws ReceivedRefusedException when what it sent breaks a {@link ReceiveRule}; nothing of it is kept
     */
    public Optional<String> fetch(RemoteAccess access, String url, String trackingName) {
        Optional<String> tip = receive(access, url);
        String tracking = trackingRef(trackingName);
        if (tip.isPresent() && !commitOf(tracking).equals(tip)) {
            keepRef(tracking, tip.get());
        }
        return tip;
    }

    /**
     * Brings the {@code main} branch of the repository at {@code url} into this repository's objects, and moves
     * no ref: the caller points a ref at the tip once its own rules accept it. Everything that arrives is
     * checked before any of it is kept: the transfer goes into a quarantine (a repository of its own that sees
     * ours) where every object is checked as strictly as {@code git fsck --strict} does, and every commit the
     * tip brings (that our branches do not have) keeps the {@link TreeRules}; only then are its objects taken
     * in. A tip we have already (a local folder's {@code main} that another member sent before) is checked the
     * same way, in our own objects.
     *
     * @return the commit the remote's {@code main} points at, or empty when it has none
     * @throws StoreException as {@link #fetch(RemoteAccess, String, String)}
     * @throws ReceivedRefusedException when what it sent breaks a {@link ReceiveRule}, naming the commit (or the
     *         malformed object) and the rule; nothing of it is kept
     */
    public Optional<String> receive(RemoteAccess access, String url) {
        refuseShallowSource(url);
        String shown = RemoteUrls.withoutPasswords(url);
        Optional<String> known = knownLocalTip(url);
        if (known.isPresent()) {
            checkReceived(repository, ObjectId.fromString(known.get()), shown, Set.of());
            return known;
        }
        housekeepInForeground();
        RemoteOperation operation = new RemoteOperation(access, url);
        StrictObjectChecker checker = new StrictObjectChecker();
        try (Quarantine quarantine = Quarantine.open(repository)) {
            Optional<ObjectId> tip;
            try (Git git = new Git(quarantine.repository())) {
                FetchResult result = operation.run(monitor -> operation.configure(git.fetch(), Optional.of(checker))
                        .setRemote(url)
                        .setRefSpecs(new RefSpec(Constants.R_HEADS + BRANCH))
                        .setTagOpt(TagOpt.NO_TAGS)
                        .setRemoveDeletedRefs(false)
                        .setProgressMonitor(monitor)::call);
                Ref advertised = result.getAdvertisedRef(Constants.R_HEADS + BRANCH);
                tip = Optional.ofNullable(advertised).map(Ref::getObjectId);
            } catch (Exception e) {
                Optional<StrictObjectChecker.Problem> problem = checker.problem();
                if (problem.isPresent()) {
                    throw new ReceivedRefusedException(shown, problem.get().type(), problem.get().object().name(),
                            ReceiveRule.WELL_FORMED, List.of(problem.get().id()), Optional.empty(), Optional.empty());
                }
                throw operation.failure(e, "fetch.failed");
            }
            if (quarantine.isShallow()) {
                // a server whose repository is a shallow clone sends its shallow commits (protocol v2)
                throw new StoreException("remote.shallow", shown);
            }
            if (tip.isEmpty()) {
                return Optional.empty();
            }
            checkReceived(quarantine.repository(), tip.get(), shown, checker.unusualTrees());
            if (!repository.getObjectDatabase().has(tip.get())) {
                // a commit here comes with everything it refers to: fetches and writes add objects whole
                quarantine.keepIn(repository, tip.get());
            }
            return Optional.of(tip.get().name());
        } catch (IOException e) {
            throw new StoreException(e, "fetch.failed", shown, e.getMessage());
        }
    }

    /**
     * Checks the commits that {@code tip}, a commit of this repository, brings over its branches and Veerkracht's
     * own refs, as {@link #receive(RemoteAccess, String)} checks what arrives: for a commit about to become part
     * of a history that others fetch, so that what no other member would take is refused before a branch points
     * at it.
     *
     * @throws ReceivedRefusedException naming the first commit that breaks a {@link ReceiveRule}, and the rule
     */
    public void checkIncoming(String tip) {
        checkReceived(repository, ObjectId.fromString(tip), directory.toString(), Set.of());
    }

    /**
     * Checks the commits {@code tip} brings over our branches and Veerkracht's own refs (never over a tracking
     * ref: an older Veerkracht moved those before it checked), with the objects {@code objects} sees.
     */
    private void checkReceived(Repository objects, ObjectId tip, String shown, Set<ObjectId> unusualTrees) {
        List<ObjectId> known = new ArrayList<>();
        try {
            for (String prefix : List.of(Constants.R_HEADS, Constants.R_TAGS, "refs/veerkracht/")) {
                for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                    Ref peeled = repository.getRefDatabase().peel(ref);
                    known.add(peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId());
                }
            }
            ReceivedObjects.check(objects, tip, known, shown, unusualTrees, TreeRules.Limits.DEFAULT);
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /**
     * Refuses a source in a local folder that is a shallow clone ({@code git clone --depth}): its oldest
     * commits lack their parents, and a repository fetched from it would lack them too, which
     * {@code git fsck} rejects and every walk of the history fails on.
     */
    private static void refuseShallowSource(String url) {
        localGitDirectory(url).filter(gitDir -> Files.exists(gitDir.resolve("shallow"))).ifPresent(gitDir -> {
            throw new StoreException("remote.shallow", RemoteUrls.withoutPasswords(url));
        });
    }

    /** The Git folder of a remote that is a local folder (a path or a {@code file://} URL); empty for a network remote. */
    private static Optional<Path> localGitDirectory(String url) {
        if (!RemoteUrls.isLocalFolder(url)) {
            return Optional.empty();
        }
        try {
            Path folder = url.startsWith("file://") ? Path.of(java.net.URI.create(url)) : Path.of(url);
            return Optional.of(Files.isDirectory(folder.resolve(Constants.DOT_GIT)) ? folder.resolve(Constants.DOT_GIT)
                    : folder);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * For a remote in a local folder (a member's clone, a hub on a shared disk): its {@code main}, when this
     * repository has that commit already, read from its refs without running the fetch protocol (as Git's
     * own fetch skips the transfer when it has every object). A commit in this repository comes with
     * everything it refers to: fetches and writes add objects whole, the commit last.
     */
    private Optional<String> knownLocalTip(String url) {
        Optional<Path> local = localGitDirectory(url);
        if (local.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path gitDir = local.get();
            if (!Files.isRegularFile(gitDir.resolve(Constants.HEAD)) || !Files.isDirectory(gitDir.resolve("objects"))) {
                return Optional.empty();
            }
            try (Repository remote = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build()) {
                Ref main = remote.exactRef(Constants.R_HEADS + BRANCH);
                if (main == null || main.getObjectId() == null || !repository.getObjectDatabase().has(main.getObjectId())) {
                    return Optional.empty();
                }
                return Optional.of(main.getObjectId().name());
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a repository this shortcut can read: the fetch protocol decides
            return Optional.empty();
        }
    }

    /** The ref under which the {@code main} of the remote called {@code trackingName} is kept. */
    public static String trackingRef(String trackingName) {
        return Constants.R_REMOTES + trackingName + "/" + BRANCH;
    }

    /**
     * Pushes our {@code main} to the {@code main} of the repository at {@code url}, never forcing.
     *
     * @throws StoreException {@code push.failed} when the remote cannot be reached or refuses for
     *         another reason than being ahead
     */
    public PushOutcome push(String url) {
        return push(RemoteAccess.defaults(), url);
    }

    /**
     * Pushes as {@link #push(String)}, reaching the remote as {@code access} says (timeout, credentials,
     * failures in one line without any password).
     */
    public PushOutcome push(RemoteAccess access, String url) {
        RemoteOperation operation = new RemoteOperation(access, url);
        String shown = RemoteUrls.withoutPasswords(url);
        Iterable<PushResult> results;
        try (Git git = new Git(repository)) {
            results = operation.run(monitor -> operation.configure(git.push())
                    .setRemote(url)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + BRANCH + ":" + Constants.R_HEADS + BRANCH))
                    .setForce(false)
                    .setProgressMonitor(monitor)::call);
        } catch (Exception e) {
            throw operation.failure(e, "push.failed");
        }
        for (PushResult result : results) {
            RemoteRefUpdate update = result.getRemoteUpdate(Constants.R_HEADS + BRANCH);
            if (update == null) {
                continue;
            }
            switch (update.getStatus()) {
                case OK:
                    return PushOutcome.PUSHED;
                case UP_TO_DATE:
                    return PushOutcome.UP_TO_DATE;
                case REJECTED_NONFASTFORWARD:
                case REJECTED_REMOTE_CHANGED:
                    return PushOutcome.REJECTED;
                default:
                    throw new StoreException("push.failed", shown, update.getStatus()
                            + (update.getMessage() == null ? "" : ": " + RemoteUrls.withoutPasswords(update.getMessage())));
            }
        }
        throw new StoreException("push.failed", shown, "no answer for " + BRANCH);
    }

    /** The commit a ref points at, if the ref exists: {@code refs/remotes/GM0777/main}. */
    public Optional<String> commitOf(String ref) {
        try {
            Ref found = repository.exactRef(ref);
            return found == null || found.getObjectId() == null ? Optional.empty()
                    : Optional.of(found.getObjectId().name());
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /** Whether {@code ancestor} is {@code descendant} or one of its ancestors. */
    public boolean isAncestor(String ancestor, String descendant) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ObjectId.fromString(ancestor)),
                    walk.parseCommit(ObjectId.fromString(descendant)));
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /**
     * The best common ancestors of two commits, sorted by id: one for an ordinary history, several
     * after criss-cross merges, none for unrelated histories.
     */
    public List<String> mergeBases(String first, String second) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ObjectId.fromString(first)));
            walk.markStart(walk.parseCommit(ObjectId.fromString(second)));
            List<String> bases = new ArrayList<>();
            for (RevCommit base : walk) {
                bases.add(base.name());
            }
            bases.sort(Comparator.naturalOrder());
            return bases;
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /** The commits reachable from {@code tip} but not from {@code known}, oldest first. */
    public List<HistoryEntry> commitsBetween(Optional<String> known, String tip) {
        List<HistoryEntry> entries = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            walk.markStart(walk.parseCommit(ObjectId.fromString(tip)));
            if (known.isPresent()) {
                walk.markUninteresting(walk.parseCommit(ObjectId.fromString(known.get())));
            }
            walk.sort(org.eclipse.jgit.revwalk.RevSort.TOPO, true);
            walk.sort(org.eclipse.jgit.revwalk.RevSort.REVERSE, true);
            for (RevCommit commit : walk) {
                entries.add(entryOf(commit, reader));
            }
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
        return entries;
    }

    /**
     * Writes a commit whose tree holds exactly {@code files}, with the given parents, without
     * moving any branch or touching the working tree. Objects are written before anything refers
     * to them, so an interrupted write leaves only unreferenced objects behind.
     *
     * @return the new commit's id
     */
    public String writeCommit(Map<String, byte[]> files, List<String> parents, String message, Author author,
            String municipality) {
        return writeCommit(writeTree(Map.of(), files), parents, message, author, municipality, Optional.empty());
    }

    /**
     * Writes the tree that holds the blobs {@code existing} (path to the id of a blob this repository
     * has, as {@link #blobsAt(String)} gives them) and the new {@code files}; a path in both takes the
     * new file. Nothing refers to the tree yet.
     *
     * @return the tree's id
     */
    public String writeTree(Map<String, String> existing, Map<String, byte[]> files) {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            TreeMap<String, ObjectId> entries = new TreeMap<>();
            existing.forEach((path, blob) -> entries.put(path, ObjectId.fromString(blob)));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entries.put(file.getKey(), inserter.insert(Constants.OBJ_BLOB, file.getValue()));
            }
            for (Map.Entry<String, ObjectId> file : entries.entrySet()) {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(file.getValue());
                builder.add(entry);
            }
            builder.finish();
            ObjectId tree = index.writeTree(inserter);
            inserter.flush();
            return tree.name();
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    /**
     * Writes a commit of the tree {@code treeId} with the given parents and the municipality's trailer,
     * signed with {@code signing} when it is given, without moving any branch.
     *
     * @return the new commit's id
     * @throws StoreException {@code signing.keyMissing} or {@code signing.unavailable} when the commit
     *         is to be signed and cannot be
     */
    public String writeCommit(String treeId, List<String> parents, String message, Author author, String municipality,
            Optional<SigningKey> signing) {
        Optional<Signer> signer = signing.map(PlanRepository::signerFor);
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            PersonIdent ident = new PersonIdent(author.name(), author.email());
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(ObjectId.fromString(treeId));
            commit.setParentIds(parents.stream().map(ObjectId::fromString).toList());
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setMessage(Trailers.withMunicipality(message, municipality));
            if (signing.isPresent()) {
                signer.get().signObject(repository, signingConfig(signing.get()), commit, ident,
                        signing.get().privateKey().toString(), null);
            }
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id.name();
        } catch (CanceledException | UnsupportedSigningFormatException e) {
            throw new StoreException(e, "signing.failed", signing.map(SigningKey::privateKey).orElse(null),
                    e.getMessage());
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    private static Signer signerFor(SigningKey key) {
        if (!key.exists()) {
            throw new StoreException("signing.keyMissing", key.privateKey(),
                    key.workspace().map(workspace -> " -w " + workspace).orElse(""));
        }
        SshSignatures.register();
        Signer signer = Signers.get(GpgConfig.GpgFormat.SSH);
        if (signer == null) {
            throw new StoreException("signing.unavailable");
        }
        return signer;
    }

    /** SSH signing with exactly this key, whatever the user's or the repository's Git configuration says. */
    private static GpgConfig signingConfig(SigningKey key) {
        Config config = new Config();
        config.setString(ConfigConstants.CONFIG_GPG_SECTION, null, ConfigConstants.CONFIG_KEY_FORMAT, "ssh");
        config.setString(ConfigConstants.CONFIG_USER_SECTION, null, ConfigConstants.CONFIG_KEY_SIGNINGKEY,
                key.privateKey().toString());
        return new GpgConfig(config);
    }

    /**
     * Checks the SSH signature of a commit against one OpenSSH public key line
     * ({@code ssh-ed25519 AAAA... comment}): verified only when it was made with exactly that key.
     */
    public SignatureCheck verifySignature(String commitId, String publicKeyLine) {
        SshSignatures.register();
        if (SignatureVerifiers.get(GpgConfig.GpgFormat.SSH) == null) {
            return new SignatureCheck(SignatureCheck.Status.UNAVAILABLE, "");
        }
        String[] parts = publicKeyLine.strip().split("\\s+");
        String expected;
        try {
            expected = fingerprint(parts);
        } catch (IllegalArgumentException e) {
            return new SignatureCheck(SignatureCheck.Status.NOT_VERIFIED, "bad public key: " + e.getMessage());
        }
        Path allowed = null;
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            if (commit.getRawGpgSignature() == null) {
                return new SignatureCheck(SignatureCheck.Status.UNSIGNED, "");
            }
            // JGit looks keys up in an allowed-signers file; a file of its own per check, since it caches by path
            allowed = Files.createTempFile("veerkracht-allowed-signers", "");
            Files.writeString(allowed, "regional-plan namespaces=\"git\" " + parts[0] + " " + parts[1] + "\n",
                    StandardCharsets.UTF_8);
            Config config = new Config();
            config.setString(ConfigConstants.CONFIG_GPG_SECTION, null, ConfigConstants.CONFIG_KEY_FORMAT, "ssh");
            config.setString(ConfigConstants.CONFIG_GPG_SECTION, "ssh", "allowedSignersFile", allowed.toString());
            SignatureVerifier.SignatureVerification verification = SignatureVerifiers.verify(repository,
                    new GpgConfig(config), commit);
            if (verification == null) {
                return new SignatureCheck(SignatureCheck.Status.UNSIGNED, "");
            }
            boolean verified = verification.verified() && !verification.expired()
                    && expected.equals(verification.keyFingerprint());
            String found = verification.keyFingerprint() == null ? "" : verification.keyFingerprint();
            return new SignatureCheck(verified ? SignatureCheck.Status.VERIFIED : SignatureCheck.Status.NOT_VERIFIED,
                    found);
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        } finally {
            try {
                if (allowed != null) {
                    Files.deleteIfExists(allowed);
                }
            } catch (IOException e) {
                // a temporary file of one line; the system cleans its temporary folder
            }
            SignatureVerifier verifier = SignatureVerifiers.get(GpgConfig.GpgFormat.SSH);
            if (verifier != null) {
                verifier.clear();
            }
        }
    }

    /** The fingerprint of an OpenSSH public key, as {@code ssh-keygen -lf} prints it ({@code SHA256:...}). */
    public static String fingerprint(String publicKeyLine) {
        return fingerprint(publicKeyLine.strip().split("\\s+"));
    }

    private static String fingerprint(String[] parts) {
        if (parts.length < 2) {
            throw new IllegalArgumentException("not an OpenSSH public key line");
        }
        try {
            byte[] blob = Base64.getDecoder().decode(parts[1]);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    // ---------------------------------------------------------------- objects by id

    /**
     * Every file of the commit a revision names, as the id of its blob, by path (no file is read):
     * comparing two commits' maps tells which files differ without reading them.
     */
    public Map<String, String> blobsAt(String revision) {
        String commitId = resolve(revision);
        Map<String, String> blobs = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (tree.getFileMode(0) == FileMode.REGULAR_FILE || tree.getFileMode(0) == FileMode.EXECUTABLE_FILE) {
                    blobs.put(tree.getPathString(), tree.getObjectId(0).name());
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
        return blobs;
    }

    /** The bytes of one blob, cut off just after {@link #READ_LIMIT}. */
    public byte[] readBlob(String blobId) {
        try (ObjectReader reader = repository.newObjectReader()) {
            return read(reader.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB));
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /** The id of a commit's tree: two commits with the same tree hold exactly the same files. */
    public String treeOf(String commitId) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ObjectId.fromString(commitId)).getTree().name();
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
    }

    /** One commit, as the history shows it. */
    public HistoryEntry commit(String commitId) {
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            return entryOf(walk.parseCommit(ObjectId.fromString(commitId)), reader);
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        }
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
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    /**
     * Records the remote {@code name} with its URL in the repository's configuration, fetching
     * {@code main} into {@code refs/remotes/<name>/main}, so that plain {@code git fetch <name>} works
     * as Veerkracht's own fetch does.
     */
    public void setRemote(String name, String url) {
        try {
            org.eclipse.jgit.lib.StoredConfig config = repository.getConfig();
            config.setString("remote", name, "url", RemoteUrls.withoutPasswords(url));
            config.setString("remote", name, "fetch", "+" + Constants.R_HEADS + BRANCH + ":" + trackingRef(name));
            config.save();
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
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
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    /**
     * Moves {@code main} from {@code expected} to {@code target} (compare and swap: nothing moves if
     * someone else moved it meanwhile) and makes the working tree and index match {@code target}.
     * The working tree must be clean. A journal in {@code stateDirectory} records the move until
     * the working tree is updated, so {@link #recoverInterruptedUpdate(Path)} can finish it after a
     * crash.
     *
     * @throws StoreException {@code branch.moved} when {@code main} is no longer at {@code expected}
     */
    public void advanceBranch(Optional<String> expected, String target, Path stateDirectory) {
        BranchJournal journal = new BranchJournal(stateDirectory);
        journal.begin(expected, target);
        try {
            RefUpdate update = repository.updateRef(Constants.R_HEADS + BRANCH);
            update.setExpectedOldObjectId(expected.map(ObjectId::fromString).orElse(ObjectId.zeroId()));
            update.setNewObjectId(ObjectId.fromString(target));
            update.setRefLogMessage("veerkracht: sync", false);
            update.setForceUpdate(true);
            RefUpdate.Result result = update.update();
            switch (result) {
                case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> {
                    // moved
                }
                case LOCK_FAILURE -> throw new StoreException("branch.moved", directory);
                default -> throw new StoreException("commit.failed", directory, "main: " + result);
            }
            resetWorkingTree();
            journal.end();
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    /**
     * Finishes a branch move that a crash interrupted: when the journal in {@code stateDirectory}
     * says one was under way, the working tree is brought to where {@code main} points, provided
     * every file that differs is one that move itself wrote (nothing of the user's is overwritten).
     *
     * @return whether there was an interrupted move to finish
     * @throws StoreException {@code recover.userChanges} when the working tree holds other changes
     */
    public boolean recoverInterruptedUpdate(Path stateDirectory) {
        BranchJournal journal = new BranchJournal(stateDirectory);
        Optional<BranchJournal.Move> move = journal.pending();
        if (move.isEmpty()) {
            return false;
        }
        try (Git git = new Git(repository)) {
            var status = git.status().call();
            List<String> changed = new ArrayList<>();
            changed.addAll(status.getModified());
            changed.addAll(status.getMissing());
            changed.addAll(status.getUntracked());
            changed.addAll(status.getChanged());
            changed.addAll(status.getAdded());
            changed.addAll(status.getRemoved());
            Map<String, byte[]> before = move.get().from().map(this::filesAt).orElse(Map.of());
            Map<String, byte[]> after = filesAt(move.get().to());
            Map<String, byte[]> working = workingTreeFiles();
            for (String path : status.getUntracked()) {
                if (isCheckoutLeftover(path, working.get(path), before, after)) {
                    Files.deleteIfExists(directory.resolve(path));
                    changed.remove(path);
                }
            }
            for (String path : changed) {
                byte[] now = working.get(path);
                boolean fromMove = java.util.Arrays.equals(now, before.get(path))
                        || java.util.Arrays.equals(now, after.get(path));
                if (!fromMove) {
                    throw new StoreException("recover.userChanges", directory, path);
                }
            }
            resetWorkingTree();
            journal.end();
            return true;
        } catch (GitAPIException e) {
            throw new StoreException(e, "repository.unreadable", directory, e.getMessage());
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    /**
     * Whether {@code path} is a file JGit was writing when the move was interrupted: a checkout writes
     * each file first to {@code ._<name><digits>.tmp} beside it (the name cut at 50 characters) and
     * then renames it, so a kill in between leaves that file. It counts only if what it holds is the
     * beginning of that file's content before or after the move: nothing the user wrote is removed.
     */
    private static boolean isCheckoutLeftover(String path, byte[] content, Map<String, byte[]> before, Map<String, byte[]> after) {
        int slash = path.lastIndexOf('/');
        String folder = path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        if (content == null || !name.startsWith(CHECKOUT_TEMP_PREFIX) || !name.endsWith(CHECKOUT_TEMP_SUFFIX)) {
            return false;
        }
        // what stands between the prefix and the suffix: the cut name, then the digits
        String middle = name.substring(CHECKOUT_TEMP_PREFIX.length(), name.length() - CHECKOUT_TEMP_SUFFIX.length());
        for (Map<String, byte[]> side : List.of(before, after)) {
            for (Map.Entry<String, byte[]> file : side.entrySet()) {
                String target = file.getKey();
                if (!target.startsWith(folder) || target.indexOf('/', folder.length()) >= 0) {
                    continue;
                }
                String targetName = target.substring(folder.length());
                String cut = targetName.substring(0, Math.min(targetName.length(), CHECKOUT_TEMP_NAME_LIMIT));
                if (middle.startsWith(cut) && isDigits(middle.substring(cut.length()))
                        && content.length <= file.getValue().length
                        && java.util.Arrays.equals(content, 0, content.length, file.getValue(), 0, content.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Moves {@code main} without touching the working tree: for tests that stage a crash. */
    void advanceBranchRefOnly(String target) throws IOException {
        RefUpdate update = repository.updateRef(Constants.R_HEADS + BRANCH);
        update.setNewObjectId(ObjectId.fromString(target));
        update.setForceUpdate(true);
        update.update();
    }

    private void resetWorkingTree() {
        try (Git git = new Git(repository)) {
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(Constants.R_HEADS + BRANCH).call();
        } catch (GitAPIException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
