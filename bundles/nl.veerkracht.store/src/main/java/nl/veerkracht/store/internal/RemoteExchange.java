package nl.veerkracht.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;

import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.ReceiveRule;
import nl.veerkracht.store.ReceivedRefusedException;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.TreeRules;

/**
 * The exchange of {@code main} with another repository: fetch and receive (everything that arrives is
 * checked in a {@link Quarantine} before it is kept, see {@link ReceivedObjects}) and push, each through a
 * {@link RemoteOperation} that says how the remote is reached.
 */
public final class RemoteExchange {

    private final GitRepository git;
    private final Path directory;
    private final Repository repository;
    private final CommitFiles files;
    private final Refs refs;

    public RemoteExchange(GitRepository git, CommitFiles files, Refs refs) {
        this.git = git;
        this.directory = git.directory();
        this.repository = git.repository();
        this.files = files;
        this.refs = refs;
    }

    /**
     * Fetches the {@code main} branch of the repository at {@code url} into the tracking ref
     * {@code refs/remotes/<trackingName>/main}, without tags, reaching the remote as {@code access} says: it gives up
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
        String tracking = PlanRepository.trackingRef(trackingName);
        if (tip.isPresent() && !files.commitOf(tracking).equals(tip)) {
            refs.keepRef(tracking, tip.get());
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
        return receive(access, url, TreeRules.Limits.DEFAULT);
    }

    /** As {@link #receive(RemoteAccess, String)}, with the limits of a region that raised them. */
    public Optional<String> receive(RemoteAccess access, String url, TreeRules.Limits limits) {
        refuseShallowSource(url);
        String shown = RemoteUrls.withoutPasswords(url);
        Optional<String> known = knownLocalTip(url);
        if (known.isPresent()) {
            checkReceived(repository, ObjectId.fromString(known.get()), shown, Set.of(), limits);
            return known;
        }
        git.housekeepInForeground();
        RemoteOperation operation = new RemoteOperation(access, url);
        StrictObjectChecker checker = new StrictObjectChecker();
        try (Quarantine quarantine = Quarantine.open(repository)) {
            Optional<ObjectId> tip;
            try (Git jgit = new Git(quarantine.repository())) {
                FetchResult result = operation.run(monitor -> operation.configure(jgit.fetch(), Optional.of(checker))
                        .setRemote(url)
                        .setRefSpecs(new RefSpec(Constants.R_HEADS + PlanRepository.BRANCH))
                        .setTagOpt(TagOpt.NO_TAGS)
                        .setRemoveDeletedRefs(false)
                        .setProgressMonitor(monitor)::call);
                Ref advertised = result.getAdvertisedRef(Constants.R_HEADS + PlanRepository.BRANCH);
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
            checkReceived(quarantine.repository(), tip.get(), shown, checker.unusualTrees(), limits);
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
    public void checkIncoming(String tip, TreeRules.Limits limits) {
        checkReceived(repository, ObjectId.fromString(tip), directory.toString(), Set.of(), limits);
    }

    /**
     * Checks the commits {@code tip} brings over our branches and Veerkracht's own refs (never over a tracking
     * ref: an older Veerkracht moved those before it checked), with the objects {@code objects} sees.
     */
    private void checkReceived(Repository objects, ObjectId tip, String shown, Set<ObjectId> unusualTrees,
            TreeRules.Limits limits) {
        List<ObjectId> known = new ArrayList<>();
        try {
            for (String prefix : List.of(Constants.R_HEADS, Constants.R_TAGS, "refs/veerkracht/")) {
                for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                    Ref peeled = repository.getRefDatabase().peel(ref);
                    known.add(peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId());
                }
            }
            ReceivedObjects.check(objects, tip, known, shown, unusualTrees, limits);
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }

    /**
     * Refuses a source in a local folder that is a shallow clone ({@code git clone --depth}): its oldest
     * commits lack their parents, and a repository fetched from it would lack them too, which
     * {@code git fsck} rejects and every walk of the history fails on.
     */
    public static void refuseShallowSource(String url) {
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
                Ref main = remote.exactRef(Constants.R_HEADS + PlanRepository.BRANCH);
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

    /**
     * Pushes our {@code main} to the {@code main} of the repository at {@code url}, never forcing, reaching
     * the remote as {@code access} says (timeout, credentials, failures in one line without any password).
     */
    public PlanRepository.PushOutcome push(RemoteAccess access, String url) {
        RemoteOperation operation = new RemoteOperation(access, url);
        String shown = RemoteUrls.withoutPasswords(url);
        Iterable<PushResult> results;
        try (Git jgit = new Git(repository)) {
            results = operation.run(monitor -> operation.configure(jgit.push())
                    .setRemote(url)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + PlanRepository.BRANCH + ":" + Constants.R_HEADS + PlanRepository.BRANCH))
                    .setForce(false)
                    .setProgressMonitor(monitor)::call);
        } catch (Exception e) {
            throw operation.failure(e, "push.failed");
        }
        for (PushResult result : results) {
            RemoteRefUpdate update = result.getRemoteUpdate(Constants.R_HEADS + PlanRepository.BRANCH);
            if (update == null) {
                continue;
            }
            switch (update.getStatus()) {
                case OK:
                    return PlanRepository.PushOutcome.PUSHED;
                case UP_TO_DATE:
                    return PlanRepository.PushOutcome.UP_TO_DATE;
                case REJECTED_NONFASTFORWARD:
                case REJECTED_REMOTE_CHANGED:
                    return PlanRepository.PushOutcome.REJECTED;
                default:
                    throw new StoreException("push.failed", shown, update.getStatus()
                            + (update.getMessage() == null ? "" : ": " + RemoteUrls.withoutPasswords(update.getMessage())));
            }
        }
        throw new StoreException("push.failed", shown, "no answer for " + PlanRepository.BRANCH);
    }
}
