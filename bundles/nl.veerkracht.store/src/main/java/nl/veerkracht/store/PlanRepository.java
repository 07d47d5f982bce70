package nl.veerkracht.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.internal.BranchMoves;
import nl.veerkracht.store.internal.CommitFiles;
import nl.veerkracht.store.internal.CommitSignatures;
import nl.veerkracht.store.internal.CommitWriter;
import nl.veerkracht.store.internal.CouncilTags;
import nl.veerkracht.store.internal.GitRepository;
import nl.veerkracht.store.internal.HistoryQueries;
import nl.veerkracht.store.internal.Refs;
import nl.veerkracht.store.internal.RemoteExchange;
import nl.veerkracht.store.internal.WorkingTree;

/**
 * One plan repository (a municipality's plan, a regional plan, a province's programme): an
 * ordinary Git repository with a working tree on branch {@code main}, read and written with JGit.
 *
 * <p>Plans are read straight from Git objects at any revision, without a checkout. Every write
 * either completes or leaves the repository as it was: JGit writes objects first and moves the
 * branch last, under a lock file.
 *
 * <p>This class is the front of the store's Git work, as JGit's {@code Git} is of its commands: each
 * method hands over to the part of {@code nl.veerkracht.store.internal} that does one job, on the same
 * opened repository ({@code GitRepository}): the files of a commit ({@code CommitFiles}), the working
 * tree ({@code WorkingTree}), writing commits ({@code CommitWriter}) and signing them
 * ({@code CommitSignatures}), the history ({@code HistoryQueries}), council approvals
 * ({@code CouncilTags}), fetch and push ({@code RemoteExchange}), refs and remotes ({@code Refs}), and
 * moves of {@code main} with their journal and crash recovery ({@code BranchMoves}).
 */
public final class PlanRepository implements AutoCloseable {

    /** The branch every plan repository works on. */
    public static final String BRANCH = "main";

    /**
     * Files larger than this are read only up to it (plus one byte), so that a huge blob is reported
     * as too large by the format instead of filling the memory.
     */
    public static final int READ_LIMIT = 2 * 1024 * 1024;

    private final GitRepository git;
    private final CommitFiles files;
    private final WorkingTree workingTree;
    private final CommitWriter writer;
    private final CommitSignatures signatures;
    private final HistoryQueries history;
    private final CouncilTags councilTags;
    private final Refs refs;
    private final RemoteExchange exchange;
    private final BranchMoves branchMoves;

    private PlanRepository(GitRepository git) {
        this.git = git;
        this.files = new CommitFiles(git);
        this.workingTree = new WorkingTree(git);
        this.writer = new CommitWriter(git, files);
        this.signatures = new CommitSignatures(git);
        this.history = new HistoryQueries(git);
        this.councilTags = new CouncilTags(git);
        this.refs = new Refs(git);
        this.exchange = new RemoteExchange(git, files, refs);
        this.branchMoves = new BranchMoves(git, files, workingTree);
    }

    // ---------------------------------------------------------------- opening, creating, cloning

    /** Opens the repository whose working tree is {@code directory}. */
    public static PlanRepository open(Path directory) {
        return new PlanRepository(GitRepository.open(directory));
    }

    /** Makes a new, empty repository in {@code directory} (which must not hold one yet), on {@code main}. */
    public static PlanRepository create(Path directory) {
        return new PlanRepository(GitRepository.create(directory));
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
        RemoteExchange.refuseShallowSource(url);
        // not JGit's CloneCommand: its fetch would start housekeeping in the background before the new
        // repository's configuration says otherwise
        PlanRepository cloned = create(directory);
        try {
            String tip = cloned.fetch(access, url, "origin")
                    .orElseThrow(() -> new StoreException("clone.empty", RemoteUrls.withoutPasswords(url)));
            cloned.branchMoves.startAt(tip);
            cloned.setRemote("origin", RemoteUrls.withoutPasswords(url));
            return cloned;
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
        GitRepository.createBare(directory);
    }

    public Path directory() {
        return git.directory();
    }

    /** The JGit repository, for the tests of this bundle. */
    Repository repository() {
        return git.repository();
    }

    // ---------------------------------------------------------------- the files of a commit

    /** The commit {@code main} points at, or empty for a repository without commits. */
    public Optional<String> head() {
        return git.head();
    }

    /**
     * The commit a user's revision names: a commit id or a prefix of one, {@code main},
     * {@code raad/2026-05-01}, {@code HEAD~2}.
     *
     * @throws StoreException when it names no commit here
     */
    public String resolve(String revision) {
        return files.resolve(revision);
    }

    /**
     * Every file of the commit a revision names, by path, read from Git objects (no checkout).
     * Files above {@link #READ_LIMIT} are cut off just after it.
     */
    public Map<String, byte[]> filesAt(String revision) {
        return files.filesAt(revision);
    }

    /**
     * Every file of the commit a revision names, as the id of its blob, by path (no file is read):
     * comparing two commits' maps tells which files differ without reading them.
     */
    public Map<String, String> blobsAt(String revision) {
        return files.blobsAt(revision);
    }

    /** The bytes of one blob, cut off just after {@link #READ_LIMIT}. */
    public byte[] readBlob(String blobId) {
        return files.readBlob(blobId);
    }

    /** The id of a commit's tree: two commits with the same tree hold exactly the same files. */
    public String treeOf(String commitId) {
        return files.treeOf(commitId);
    }

    /** The commit a ref points at, if the ref exists: {@code refs/remotes/GM0777/main}. */
    public Optional<String> commitOf(String ref) {
        return files.commitOf(ref);
    }

    // ---------------------------------------------------------------- the working tree

    /**
     * Every regular file of the working tree, by path relative to it, except Git's own folder and
     * Veerkracht's local state. Files are read only after their type is read without following links, so a
     * symbolic link is never followed (a plan never reaches outside its folder) and a FIFO, a socket or a
     * device is never opened (opening a FIFO would wait for a writer for ever); {@link #workingTreeProblems()}
     * names them.
     */
    public Map<String, byte[]> workingTreeFiles() {
        return workingTree.files();
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
        return workingTree.problems();
    }

    /** Whether the working tree and the index hold nothing that is not committed. */
    public boolean isClean() {
        return workingTree.isClean();
    }

    // ---------------------------------------------------------------- writing commits

    /**
     * The author the user's Git configuration names ({@code user.name}, {@code user.email}).
     *
     * @throws StoreException when it names none, so that no commit gets an invented author
     */
    public Author configuredAuthor() {
        return writer.configuredAuthor();
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
        return new StagedCommit(writer.stageWorkingTree(message, author, municipality, signing));
    }

    /**
     * Writes the commit of {@code main} with {@code files} written over it (new or changed files), without
     * moving {@code main} and without touching the working tree, so that it can be checked before it is
     * recorded. Recording it writes the files into the working tree, stages exactly them and moves
     * {@code main}; every other change of the working tree stays as it is, uncommitted. The repository's index
     * stays locked until the staged commit is recorded or closed.
     *
     * @throws StoreException {@code commit.uncommittedChanges} naming the files when the working tree or the
     *         index holds a change to one of them that is not committed (nothing is written then);
     *         {@code commit.nothing} when the files are as committed; {@code signing.*}
     */
    public StagedCommit stageFiles(Map<String, byte[]> files, String message, Author author, String municipality,
            Optional<SigningKey> signing) {
        return new StagedCommit(writer.stageFiles(files, message, author, municipality, signing));
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
        return writer.writeTree(existing, files);
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
        return writer.writeCommit(treeId, parents, message, author, municipality, signing);
    }

    /**
     * Checks the SSH signature of a commit against one OpenSSH public key line
     * ({@code ssh-ed25519 AAAA... comment}): verified only when it was made with exactly that key.
     */
    public SignatureCheck verifySignature(String commitId, String publicKeyLine) {
        return signatures.verifySignature(commitId, publicKeyLine);
    }

    /** The fingerprint of an OpenSSH public key, as {@code ssh-keygen -lf} prints it ({@code SHA256:...}). */
    public static String fingerprint(String publicKeyLine) {
        return CommitSignatures.fingerprint(publicKeyLine);
    }

    // ---------------------------------------------------------------- history

    /**
     * The commits on {@code main} that changed any of {@code paths} (all commits when empty), newest
     * first.
     */
    public List<HistoryEntry> history(Collection<String> paths) {
        return history.history(paths);
    }

    /** The commits reachable from {@code tip} but not from {@code known}, oldest first. */
    public List<HistoryEntry> commitsBetween(Optional<String> known, String tip) {
        return history.commitsBetween(known, tip);
    }

    /** One commit, as the history shows it. */
    public HistoryEntry commit(String commitId) {
        return history.commit(commitId);
    }

    /** Whether {@code ancestor} is {@code descendant} or one of its ancestors. */
    public boolean isAncestor(String ancestor, String descendant) {
        return history.isAncestor(ancestor, descendant);
    }

    /**
     * The best common ancestors of two commits, sorted by id: one for an ordinary history, several
     * after criss-cross merges, none for unrelated histories.
     */
    public List<String> mergeBases(String first, String second) {
        return history.mergeBases(first, second);
    }

    // ---------------------------------------------------------------- council approvals

    /**
     * Records that the council approved the plan as it is on {@code main}: an annotated tag
     * {@code raad/<date>} with the message and the tagger.
     *
     * @throws StoreException when that date is approved already, or there is nothing to approve
     */
    public CouncilApproval approve(LocalDate date, String message, Author tagger) {
        return councilTags.approve(date, message, tagger);
    }

    /** Every council approval ({@code raad/<date>} tag), oldest first. */
    public List<CouncilApproval> approvals() {
        return councilTags.approvals();
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
        return exchange.fetch(access, url, trackingName);
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
        return exchange.receive(access, url);
    }

    /**
     * As {@link #receive(RemoteAccess, String)}, with other limits: those of a region that raised the count
     * of files in its plan (the region's plan as this repository has it, never as the tip says).
     */
    public Optional<String> receive(RemoteAccess access, String url, TreeRules.Limits limits) {
        return exchange.receive(access, url, limits);
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
        checkIncoming(tip, TreeRules.Limits.DEFAULT);
    }

    /** As {@link #checkIncoming(String)}, with the limits of a region that raised them. */
    public void checkIncoming(String tip, TreeRules.Limits limits) {
        exchange.checkIncoming(tip, limits);
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
        return exchange.push(access, url);
    }

    // ---------------------------------------------------------------- refs and remotes

    /**
     * Points the ref {@code name} ({@code refs/veerkracht/...}) at a commit, so that Git keeps the
     * commit however the branches move.
     */
    public void keepRef(String name, String commitId) {
        refs.keepRef(name, commitId);
    }

    /** Removes the ref {@code name}, if it exists. */
    public void deleteRef(String name) {
        refs.deleteRef(name);
    }

    /**
     * Records the remote {@code name} with its URL in the repository's configuration, fetching
     * {@code main} into {@code refs/remotes/<name>/main}, so that plain {@code git fetch <name>} works
     * as Veerkracht's own fetch does.
     */
    public void setRemote(String name, String url) {
        refs.setRemote(name, url);
    }

    /** The URL of the remote {@code name}, as the repository's configuration records it. */
    public Optional<String> remoteUrl(String name) {
        return refs.remoteUrl(name);
    }

    // ---------------------------------------------------------------- moving main

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
        branchMoves.advanceBranch(expected, target, stateDirectory);
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
        return branchMoves.recoverInterruptedUpdate(stateDirectory);
    }

    /**
     * Moves {@code main} as a move killed after the ref moved would have: journal written, ref moved,
     * working tree untouched. For tests that stage a crash.
     */
    void advanceBranchRefOnly(Optional<String> expected, String target, Path stateDirectory) throws IOException {
        branchMoves.advanceBranchRefOnly(expected, target, stateDirectory);
    }

    @Override
    public void close() {
        git.close();
    }
}
