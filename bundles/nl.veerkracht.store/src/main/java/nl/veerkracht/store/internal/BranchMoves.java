package nl.veerkracht.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.StoreException;

/**
 * Moves {@code main} of a repository with a working tree (a sync that fast-forwards or records a merge, a
 * clone) and brings the working tree along, with a {@link BranchJournal} that lets the next command finish
 * a move that a crash interrupted, without overwriting anything of the user's.
 */
public final class BranchMoves {

    /** How JGit names the file it writes a checked-out file to before renaming it: {@code ._<name><digits>.tmp}. */
    private static final String CHECKOUT_TEMP_PREFIX = "._";
    private static final String CHECKOUT_TEMP_SUFFIX = ".tmp";
    private static final int CHECKOUT_TEMP_NAME_LIMIT = 50;

    private final GitRepository git;
    private final Path directory;
    private final Repository repository;
    private final CommitFiles files;
    private final WorkingTree workingTree;

    public BranchMoves(GitRepository git, CommitFiles files, WorkingTree workingTree) {
        this.git = git;
        this.directory = git.directory();
        this.repository = git.repository();
        this.files = files;
        this.workingTree = workingTree;
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
            RefUpdate update = repository.updateRef(Constants.R_HEADS + PlanRepository.BRANCH);
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
            throw git.writeFailed(e);
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
        try (Git jgit = new Git(repository)) {
            var status = jgit.status().call();
            List<String> changed = new ArrayList<>();
            changed.addAll(status.getModified());
            changed.addAll(status.getMissing());
            changed.addAll(status.getUntracked());
            changed.addAll(status.getChanged());
            changed.addAll(status.getAdded());
            changed.addAll(status.getRemoved());
            Map<String, byte[]> before = move.get().from().map(files::filesAt).orElse(Map.of());
            Map<String, byte[]> after = files.filesAt(move.get().to());
            Map<String, byte[]> working = workingTree.files();
            for (String path : status.getUntracked()) {
                if (isCheckoutLeftover(path, working.get(path), before, after)) {
                    Files.deleteIfExists(directory.resolve(path));
                    changed.remove(path);
                }
            }
            for (String path : changed) {
                byte[] now = working.get(path);
                boolean fromMove = Arrays.equals(now, before.get(path))
                        || Arrays.equals(now, after.get(path));
                if (!fromMove) {
                    throw new StoreException("recover.userChanges", directory, path);
                }
            }
            resetWorkingTree();
            journal.end();
            return true;
        } catch (GitAPIException e) {
            throw git.unreadable(e);
        } catch (IOException e) {
            throw git.writeFailed(e);
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
                        && Arrays.equals(content, 0, content.length, file.getValue(), 0, content.length)) {
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
    public void advanceBranchRefOnly(Optional<String> expected, String target, Path stateDirectory) throws IOException {
        new BranchJournal(stateDirectory).begin(expected, target);
        RefUpdate update = repository.updateRef(Constants.R_HEADS + PlanRepository.BRANCH);
        update.setNewObjectId(ObjectId.fromString(target));
        update.setForceUpdate(true);
        update.update();
    }

    /**
     * Points the {@code main} of a repository that has none yet at {@code target} and checks it out: the
     * last step of a clone.
     */
    public void startAt(String target) {
        try {
            RefUpdate update = repository.updateRef(Constants.R_HEADS + PlanRepository.BRANCH);
            update.setNewObjectId(ObjectId.fromString(target));
            update.setExpectedOldObjectId(ObjectId.zeroId());
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW) {
                throw new StoreException("repository.createFailed", directory, "main: " + result);
            }
        } catch (IOException e) {
            throw new StoreException(e, "repository.createFailed", directory, e.getMessage());
        }
        resetWorkingTree();
    }

    private void resetWorkingTree() {
        try (Git jgit = new Git(repository)) {
            jgit.reset().setMode(ResetCommand.ResetType.HARD).setRef(Constants.R_HEADS + PlanRepository.BRANCH).call();
        } catch (GitAPIException e) {
            throw git.writeFailed(e);
        }
    }
}
