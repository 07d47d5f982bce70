package nl.veerkracht.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * The working tree of a plan repository as a plan reads it: its regular files, what it holds that a plan
 * may not, and whether it holds anything that is not committed.
 */
public final class WorkingTree {

    private final GitRepository git;
    private final Path directory;
    private final Repository repository;

    public WorkingTree(GitRepository git) {
        this.git = git;
        this.directory = git.directory();
        this.repository = git.repository();
    }

    /**
     * Every regular file of the working tree, by path relative to it, except Git's own folder and
     * Veerkracht's local state. Files are read only after their type is read without following links, so a
     * symbolic link is never followed (a plan never reaches outside its folder) and a FIFO, a socket or a
     * device is never opened (opening a FIFO would wait for a writer for ever); {@link #problems()}
     * names them.
     */
    public Map<String, byte[]> files() {
        return scanWorkingTree(true).files();
    }

    /**
     * What the working tree holds that a plan may not, each a problem at line 1, column 1 of its path: a
     * symbolic link, a FIFO, a socket, a device or anything else that is not a regular file (Git would record
     * a link as a link, mode 120000, and check it out on every member's disk; a FIFO would make a commit wait
     * for ever); a folder that is a Git repository of its own (Git would record it as a submodule);
     * {@code .gitattributes} and {@code .gitmodules} anywhere (they change how Git treats the files); an
     * executable file where the repository records the execute bit ({@code core.fileMode}), since a plan's
     * files are all mode 100644; a file a commit would record outside the plan's layout. Nothing is opened
     * to find them.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(scanWorkingTree(false).problems());
        Set<String> named = new HashSet<>();
        problems.forEach(problem -> named.add(problem.path()));
        // one finding per path: a .gitattributes or a socket outside the layout is said as what it is
        outsideLayout().stream().filter(problem -> !named.contains(problem.path())).forEach(problems::add);
        problems.sort(Problem.ORDER);
        return problems;
    }

    /**
     * The files a commit would record (as {@code git add --all}: tracked, or not ignored) that are not
     * where a plan's layout puts files: a file at the top other than {@code plan.yaml} ({@code README.md},
     * {@code .gitignore}), or a folder other than the entity folders (each such folder once). Every other
     * repository refuses a commit that holds one (rule {@code PLAN_LAYOUT}), so one's own commit must not.
     * A misnamed file inside an entity folder is the format's to report.
     */
    private List<Problem> outsideLayout() {
        Set<String> reported = new TreeSet<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            int tracked = walk.addTree(new DirCacheIterator(repository.readDirCache()));
            int working = walk.addTree(new FileTreeIterator(repository));
            while (walk.next()) {
                WorkingTreeIterator entry = walk.getTree(working, WorkingTreeIterator.class);
                if (entry == null || walk.getTree(tracked, DirCacheIterator.class) == null && entry.isEntryIgnored()) {
                    continue; // gone, or ignored as git add --all ignores it
                }
                String path = walk.getPathString();
                int slash = path.indexOf('/');
                String top = slash < 0 ? path : path.substring(0, slash);
                if (walk.isSubtree()) {
                    if (entry.getEntryFileMode() != FileMode.GITLINK && !isEntityFolder(top)) {
                        walk.enterSubtree();
                    }
                    continue;
                }
                FileMode mode = entry.getEntryFileMode();
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue; // not a regular file: reported as such
                }
                if (slash >= 0) {
                    reported.add(top + "/");
                } else if (!path.equals(EntityKind.PLAN.pathOf(""))) {
                    reported.add(path);
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "workingTree.unreadable", directory, e.getMessage());
        }
        return reported.stream().map(path -> fileProblem(path, "workingTree.outsideLayout")).toList();
    }

    private static boolean isEntityFolder(String path) {
        for (EntityKind kind : EntityKind.values()) {
            if (kind != EntityKind.PLAN && kind.folder().equals(path + "/")) {
                return true;
            }
        }
        return false;
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
                            files.put(path, in.readNBytes(PlanRepository.READ_LIMIT + 1));
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
        try (Git jgit = new Git(repository)) {
            return jgit.status().call().isClean();
        } catch (GitAPIException e) {
            throw git.unreadable(e);
        }
    }
}
