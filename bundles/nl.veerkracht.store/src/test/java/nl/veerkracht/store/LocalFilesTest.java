package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * What a plan's working tree may hold: regular files only. A symbolic link, a FIFO, a socket, a nested
 * repository, {@code .gitattributes}, {@code .gitmodules} or an executable file is a finding of
 * {@code validate} with its path, and {@code commit} refuses it with nothing committed; a commit never opens
 * a FIFO (it would wait for a writer for ever, holding the workspace lock). C git is the oracle: the
 * repository passes {@code git fsck}, and after a commit {@code git status} is clean.
 */
class LocalFilesTest {

    /** Far more than any of these commands takes; a FIFO that is opened makes them wait for ever. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    private static final Author DE_VRIES = new Author("J. de Vries", "j.devries@breda.nl");

    private static final String ACTION = """
            id: terrassen-verruimen
            title: Terrassen verruimen
            term: short
            status: running
            """;

    @TempDir
    Path temp;

    private final JGitPlanStore store = new JGitPlanStore();
    private Workspace workspace;
    private Path plan;
    private CGit git;

    @BeforeEach
    void init() throws Exception {
        workspace = store.init(temp.resolve("breda"), "GM0758", "Breda", Optional.empty(), Optional.of(DE_VRIES));
        plan = workspace.directoryOf(RepositoryName.PLAN);
        git = new CGit(Files.createDirectories(temp.resolve("home")));
        write("actions/terrassen-verruimen.yaml", ACTION);
        commit("Terrassen");
    }

    private void write(String path, String content) throws Exception {
        Path file = plan.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private HistoryEntry commit(String message) {
        return store.commit(workspace, RepositoryName.PLAN, message, Optional.of(DE_VRIES));
    }

    private String head() {
        try (PlanRepository repository = workspace.open(RepositoryName.PLAN)) {
            return repository.head().orElseThrow();
        }
    }

    private static void mkfifo(Path file) throws Exception {
        Process process = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo " + file);
        assertTrue(Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
    }

    private List<Problem> validate() {
        return assertTimeoutPreemptively(NO_HANG, () -> store.readWorkingTree(workspace, RepositoryName.PLAN).problems());
    }

    /** validate names the file with its key; commit refuses with the same finding and records nothing. */
    private void refused(String path, String key) throws Exception {
        List<Problem> problems = validate();
        assertEquals(List.of(path + ":1:1:" + key), problems.stream()
                .map(problem -> problem.path() + ":" + problem.position().line() + ":" + problem.position().column()
                        + ":" + problem.key())
                .toList(), problems::toString);
        String before = head();
        String index = git.ok(plan, "ls-files", "--stage");
        InvalidPlanException refusal = assertTimeoutPreemptively(NO_HANG,
                () -> assertThrows(InvalidPlanException.class, () -> commit("Met " + path)));
        assertEquals(problems, refusal.problems());
        assertEquals(before, head(), "nothing committed");
        assertEquals(index, git.ok(plan, "ls-files", "--stage"), "nothing staged");
        assertFalse(Files.exists(plan.resolve(".git/index.lock")), "the index is not left locked");
        git.assertFsckClean(plan);
    }

    @Test
    void aSymbolicLinkIsAFindingAndIsNeverCommitted() throws Exception {
        Path outside = Files.writeString(temp.resolve("passwd"), "root:x:0:0\n");
        Files.createSymbolicLink(plan.resolve("actions/x.yaml"), outside);
        refused("actions/x.yaml", "workingTree.symlink");
        assertEquals("actions/x.yaml:1:1: 'actions/x.yaml' is a symbolic link; a plan holds regular files only"
                + " (Git would record the link itself and create it on every member's disk): put the file itself there"
                + " or remove the link", validate().get(0).render(Language.EN));
        assertTrue(validate().get(0).render(Language.NL).startsWith(
                "actions/x.yaml:1:1: 'actions/x.yaml' is een symbolische koppeling; een plan bevat alleen gewone bestanden"));

        // a link to a folder, too: the walk never follows it
        Files.delete(plan.resolve("actions/x.yaml"));
        Files.createSymbolicLink(plan.resolve("lessons"), temp.resolve("home"));
        refused("lessons", "workingTree.symlink");

        Files.delete(plan.resolve("lessons"));
        write("actions/winkels.yaml", ACTION.replace("terrassen-verruimen", "winkels"));
        assertEquals(List.of(), validate());
        commit("Zonder koppeling");
        git.assertFsckClean(plan);
        assertEquals("", git.ok(plan, "status", "--porcelain"));
    }

    @Test
    void aFifoIsAFindingAndCommitNeverOpensIt() throws Exception {
        mkfifo(plan.resolve("actions/f.yaml"));
        refused("actions/f.yaml", "workingTree.fifo");
        assertEquals("actions/f.yaml:1:1: 'actions/f.yaml' is een named pipe (FIFO), geen gewoon bestand; Veerkracht"
                + " leest hem niet en legt hem niet vast: haal hem weg", validate().get(0).render(Language.NL));

        // the workspace lock was let go: once the FIFO is gone, the next commit works
        Files.delete(plan.resolve("actions/f.yaml"));
        write("actions/winkels.yaml", ACTION.replace("terrassen-verruimen", "winkels"));
        assertTimeoutPreemptively(NO_HANG, () -> commit("Winkels"));
        git.assertFsckClean(plan);
    }

    @Test
    void aSocketIsAFinding() throws Exception {
        try (ServerSocketChannel socket = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(plan.resolve("sock")));
            refused("sock", "workingTree.socket");
        }
    }

    @Test
    void gitAttributesAndGitModulesChangeHowGitTreatsTheFilesSoTheyAreFindings() throws Exception {
        write(".gitattributes", "* text eol=crlf\n");
        refused(".gitattributes", "workingTree.gitControl");
        Files.delete(plan.resolve(".gitattributes"));

        write("actions/.gitattributes", "*.yaml -text\n");
        refused("actions/.gitattributes", "workingTree.gitControl");
        Files.delete(plan.resolve("actions/.gitattributes"));

        write(".gitmodules", "[submodule \"x\"]\n\tpath = x\n\turl = /etc\n");
        refused(".gitmodules", "workingTree.gitControl");
        assertEquals(".gitmodules:1:1: '.gitmodules' changes how Git treats the plan's files (line endings,"
                + " submodules) and does not belong in a plan: remove it", validate().get(0).render(Language.EN));
    }

    @Test
    void aFolderThatIsARepositoryOfItsOwnWouldBeASubmoduleSoItIsAFinding() throws Exception {
        Path nested = Files.createDirectories(plan.resolve("actions/extern"));
        git.ok(nested, "init", "-q");
        Files.writeString(nested.resolve("x.yaml"), ACTION);
        refused("actions/extern", "workingTree.nestedRepository");
    }

    @Test
    void anExecutableFileIsAFindingWhereGitRecordsTheExecuteBit() throws Exception {
        Path action = plan.resolve("actions/terrassen-verruimen.yaml");
        Files.setPosixFilePermissions(action, PosixFilePermissions.fromString("rwxr-xr-x"));
        refused("actions/terrassen-verruimen.yaml", "workingTree.executable");
        git.ok(plan, "config", "core.fileMode", "false");
        assertEquals(List.of(), validate(), "where Git does not record the bit, it does not count");
    }

    @Test
    void aCommitStagesOnlyRegularFilesEvenWhenNothingValidatedTheTree() throws Exception {
        try (PlanRepository repository = workspace.open(RepositoryName.PLAN)) {
            String before = repository.head().orElseThrow();
            write("actions/winkels.yaml", ACTION.replace("terrassen-verruimen", "winkels"));
            mkfifo(plan.resolve("actions/f.yaml"));
            StoreException fifo = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(StoreException.class,
                    () -> repository.commitWorkingTree("Met FIFO", DE_VRIES, "GM0758")));
            assertEquals("commit.notRegularFile", fifo.key());
            assertTrue(fifo.describe(Locale.ENGLISH).contains(plan.resolve("actions/f.yaml").toString()),
                    fifo.describe(Locale.ENGLISH));
            Files.delete(plan.resolve("actions/f.yaml"));

            Files.createSymbolicLink(plan.resolve("actions/x.yaml"), temp.resolve("elders.yaml"));
            assertEquals("commit.notRegularFile", assertThrows(StoreException.class,
                    () -> repository.commitWorkingTree("Met koppeling", DE_VRIES, "GM0758")).key());
            Files.delete(plan.resolve("actions/x.yaml"));

            assertEquals(before, repository.head().orElseThrow(), "nothing committed");
            assertFalse(Files.exists(plan.resolve(".git/index.lock")));
            assertEquals("?? actions/winkels.yaml\n", git.ok(plan, "status", "--porcelain"), "nothing staged");

            String commit = repository.commitWorkingTree("Winkels", DE_VRIES, "GM0758");
            assertEquals(List.of("actions/terrassen-verruimen.yaml", "actions/winkels.yaml", "plan.yaml"),
                    List.copyOf(repository.filesAt(commit).keySet()));
            assertEquals("100644 100644 100644", git.ok(plan, "ls-tree", "-r", "--format=%(objectmode)", commit)
                    .strip().replace('\n', ' '));
        }
        assertEquals("", git.ok(plan, "status", "--porcelain"), "the index is the commit's");
        git.assertFsckClean(plan);
    }

    @Test
    void aFileOutsideThePlansLayoutIsAFindingAsEveryPeerWouldRefuseIt() throws Exception {
        write("README.md", "# Plan van Breda\n");
        refused("README.md", "workingTree.outsideLayout");
        assertEquals("README.md:1:1: 'README.md' is not a plan file: a plan holds only plan.yaml and the folders of"
                + " its entities (actions/, needs/, ...), and every other municipality refuses a commit with anything"
                + " else (rule PLAN_LAYOUT); remove it, move it out of the plan's folder, or list it in"
                + " .git/info/exclude", validate().get(0).render(Language.EN));
        Files.delete(plan.resolve("README.md"));

        write(".gitignore", "*.bak\n");
        refused(".gitignore", "workingTree.outsideLayout");
        Files.delete(plan.resolve(".gitignore"));

        write("notities/januari.txt", "klad\n");
        write("notities/februari/x.txt", "klad\n");
        refused("notities/", "workingTree.outsideLayout");

        for (String path : List.of("README.md", ".gitignore", "notities/januari.txt")) {
            assertEquals(Optional.of(ReceiveRule.PLAN_LAYOUT),
                    TreeRules.file(path, TreeRules.REGULAR_FILE).map(TreeRules.Breach::rule),
                    path + ": what a commit may not hold is what no peer takes in");
        }

        write(".git/info/exclude", "notities/\n");
        assertEquals(List.of(), validate(), "what Git ignores is not committed, so it is no finding");
        assertEquals("", git.ok(plan, "status", "--porcelain"), "plain git ignores it too");
        assertEquals("commit.nothing", assertThrows(StoreException.class, () -> commit("Notities")).key());
    }

    @Test
    void aCommitStagesWhatGitAddAllWouldIgnoredFilesLeftOutDeletionsIncluded() throws Exception {
        write(".git/info/exclude", "*.bak\n");
        write("notities.bak", "klad\n");
        write("actions/winkels.yaml", ACTION.replace("terrassen-verruimen", "winkels"));
        commit("Winkels");
        try (PlanRepository repository = workspace.open(RepositoryName.PLAN)) {
            assertEquals(List.of("actions/terrassen-verruimen.yaml", "actions/winkels.yaml", "plan.yaml"),
                    List.copyOf(repository.filesAt(repository.head().orElseThrow()).keySet()));
        }
        Files.delete(plan.resolve("actions/winkels.yaml"));
        write("actions/terrassen-verruimen.yaml", ACTION.replace("short", "medium"));
        HistoryEntry second = commit("Middellang, zonder winkels");
        assertEquals(List.of("actions/terrassen-verruimen.yaml", "actions/winkels.yaml"), second.changedPaths());
        assertEquals("", git.ok(plan, "status", "--porcelain"));
        assertEquals("commit: Middellang, zonder winkels", git.ok(plan, "reflog", "-1", "--format=%gs", "main").strip());
        StoreException nothing = assertThrows(StoreException.class, () -> commit("Niets"));
        assertEquals("commit.nothing", nothing.key());
        git.assertFsckClean(plan);
    }
}
