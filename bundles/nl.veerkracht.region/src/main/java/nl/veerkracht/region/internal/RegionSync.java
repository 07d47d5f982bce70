package nl.veerkracht.region.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import nl.veerkracht.format.PlanRead;
import nl.veerkracht.merge.MergeResult;
import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SourceReport.Status;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.ReceivedRefusedException;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.TreeRules;
import nl.veerkracht.store.Workspace;

/**
 * The sync of one regional plan of a workspace (steps 1 and 2 of "Sync" in the design): finish a branch
 * move a crash interrupted; refuse to merge into uncommitted changes; finish a pending merge whose
 * conflicts are all settled; fetch every other member (peer to peer) or the hub; and for each incoming
 * tip: nothing if we have it, the rules on every new commit, then a fast-forward, a move between two
 * equal trees that differ only in merge commits, or a semantic merge with a merge commit. With a hub,
 * push, and on a rejected push fetch, merge and push again (bounded). The caller holds the workspace lock.
 */
final class RegionSync {

    /** The ref that keeps the commit of a pending merge, however the member's tracking ref moves. */
    static final String PENDING_REF = "refs/veerkracht/pending";

    /** The source name of the hub, in reports and tracking refs ({@code refs/remotes/hub/main}). */
    static final String HUB = "hub";

    private static final int PUSH_ATTEMPTS = 5;

    private final PlanStore planStore;
    private final Workspace workspace;
    private final RepositoryName name;
    private final Municipality me;
    private final SyncProgress progress;
    private final Path state;

    private RegionRepository repository;
    private MergeBase bases;
    private IncomingRules rules;
    private boolean withHub;
    private RemoteAccess remote;
    private TreeRules.Limits limits = TreeRules.Limits.DEFAULT;

    private final Map<String, SourceReport> sources = new LinkedHashMap<>();
    private final List<RegionReport.Notice> notices = new ArrayList<>();
    private final TreeSet<String> keptOurs = new TreeSet<>();
    private Optional<PendingMerge> pending = Optional.empty();
    /** The pending merge a previous sync left with conflicts still open: its answers are used again. */
    private Optional<StoredMerge> earlier = Optional.empty();
    private Optional<RegionReport.PushResult> push = Optional.empty();

    RegionSync(PlanStore planStore, Workspace workspace, RepositoryName name, Municipality me, SyncProgress progress) {
        this.planStore = planStore;
        this.workspace = workspace;
        this.name = name;
        this.me = me;
        this.progress = progress;
        this.state = workspace.stateOf(name);
    }

    RegionReport run() {
        Optional<String> before = Optional.empty();
        try (RegionRepository opened = new RegionRepository(workspace.open(name))) {
            repository = opened;
            bases = new MergeBase(repository);
            rules = new IncomingRules(repository, bases);
            PlanRepository git = repository.git();
            before = git.head();
            remote = RemoteAccess.of(workspace).cancelledWhen(progress::cancelled);
            if (git.recoverInterruptedUpdate(state)) {
                notices.add(notice("sync.recovered", name.folder()));
            }
            if (!git.isClean()) {
                throw new RegionException("sync.uncommitted", name.folder());
            }
            String head = git.head().orElseThrow(() -> new RegionException("region.noPlan", name.folder()));
            RegionalPlan plan = regionalPlan(head);
            // what a commit from another member may hold: as the regional plan here says, never as theirs does
            limits = TreeRules.Limits.DEFAULT.withFiles(plan.filesLimit());
            withHub = plan.hub().isPresent();
            if (!finishPendingMerge()) {
                return report(before, Optional.empty());
            }
            if (withHub) {
                syncWithHub(plan.hub().get());
            } else {
                syncPeerToPeer(plan);
            }
            if (earlier.isPresent() && pending.isEmpty()) {
                settleEarlier(earlier.get());
            }
            return report(before, Optional.empty());
        } catch (StoreException e) {
            return report(before, Optional.of(e));
        }
    }

    private RegionReport report(Optional<String> before, Optional<StoreException> failure) {
        Optional<String> after = before;
        try (PlanRepository git = workspace.open(name)) {
            after = git.head();
        } catch (StoreException e) {
            // the report says where main was; the failure says why the sync stopped
        }
        return new RegionReport(name, before, after, withHub, List.copyOf(sources.values()), push,
                List.copyOf(keptOurs), pending, notices, failure);
    }

    // ---------------------------------------------------------------- a pending merge

    /**
     * Finishes the pending merge a previous sync left, if every conflict is settled; one with conflicts
     * still open is remembered, so that its answers are used again when the same merge conflicts again.
     *
     * @return whether the sync goes on
     */
    private boolean finishPendingMerge() {
        Optional<StoredMerge> found = PendingMergeFile.read(state);
        if (found.isEmpty()) {
            return true;
        }
        StoredMerge stored = found.get();
        String head = repository.git().head().orElseThrow();
        if (!head.equals(stored.ours())) {
            dropPendingMerge();
            notices.add(notice("sync.pendingRestarted", stored.member(), stored.memberName()));
            return true;
        }
        PendingMerges.Recomputed recomputed;
        try {
            recomputed = PendingMerges.recompute(repository, bases, stored);
        } catch (IllegalArgumentException e) {
            dropPendingMerge();
            notices.add(notice("sync.pendingRestarted", stored.member(), stored.memberName()));
            return true;
        }
        if (!recomputed.resolved().isClean()) {
            earlier = Optional.of(stored);
            return true;
        }
        Optional<Refusal> refusal = rules.check(Optional.of(head), stored.theirs());
        if (refusal.isPresent()) {
            dropPendingMerge();
            record(refused(stored.member(), stored.memberName(), refusal.get()));
            return true;
        }
        SourceReport merged = commitMerge(stored.member(), stored.memberName(), head, stored.theirs(),
                recomputed.merge(), recomputed.resolved(), Status.MERGED_RESOLVED);
        record(merged);
        if (merged.status() == Status.INVALID_MERGE) {
            pending = Optional.of(PendingMerges.view(name, repository, recomputed));
            return false;
        }
        dropPendingMerge();
        return true;
    }

    /**
     * The pending merge a previous sync left, that this sync did not meet again: settled by another
     * member's merge (its commit is in ours now), kept as it is (its member could not be fetched), or
     * dropped to start again (our plan moved on without it).
     */
    private void settleEarlier(StoredMerge stored) {
        String head = repository.git().head().orElseThrow();
        if (repository.isAncestor(stored.theirs(), head)) {
            dropPendingMerge();
            notices.add(notice("sync.pendingSettled", stored.member(), stored.memberName()));
        } else if (head.equals(stored.ours())) {
            pending = Optional.of(PendingMerges.view(name, repository, PendingMerges.recompute(repository, bases,
                    stored)));
        } else {
            dropPendingMerge();
            notices.add(notice("sync.pendingRestarted", stored.member(), stored.memberName()));
        }
    }

    private void dropPendingMerge() {
        PendingMergeFile.delete(state);
        repository.git().deleteRef(PENDING_REF);
    }

    // ---------------------------------------------------------------- peer to peer and hub

    private void syncPeerToPeer(RegionalPlan plan) {
        List<RegionMember> others = plan.members().stream().filter(member -> !member.code().equals(me.code()))
                .sorted(Comparator.comparing(RegionMember::code)).toList();
        int total = (int) others.stream().filter(member -> member.url().isPresent()).count();
        Map<RegionMember, String> tips = new LinkedHashMap<>();
        int index = 0;
        for (RegionMember member : others) {
            if (member.url().isEmpty()) {
                record(SourceReport.of(member.code(), member.name(), Status.NO_URL, 0));
                continue;
            }
            ++index;
            if (progress.cancelled()) {
                record(SourceReport.of(member.code(), member.name(), Status.CANCELLED, 0));
                continue;
            }
            progress.fetching(name, member.code(), member.name(), index, total);
            try {
                Optional<String> tip = repository.git().receive(remote, member.url().get(), limits);
                if (tip.isPresent()) {
                    tips.put(member, tip.get());
                } else {
                    record(SourceReport.of(member.code(), member.name(), Status.UP_TO_DATE, 0));
                }
            } catch (ReceivedRefusedException e) {
                forget(member.code());
                record(refused(member.code(), member.name(), IncomingRules.refusal(e)));
            } catch (StoreException e) {
                record(isCancellation(e) ? SourceReport.of(member.code(), member.name(), Status.CANCELLED, 0)
                        : new SourceReport(member.code(), member.name(), Status.UNREACHABLE, 0, List.of(), 0,
                                Optional.empty(), Optional.of(e), Optional.empty()));
            }
        }
        if (progress.cancelled()) {
            // stopped while fetching: what arrived stays unused until the next sync (which finds it at once)
            tips.keySet().forEach(member -> record(SourceReport.of(member.code(), member.name(), Status.CANCELLED, 0)));
            return;
        }
        List<RegionMember> conflicting = new ArrayList<>();
        for (Map.Entry<RegionMember, String> tip : tips.entrySet()) {
            SourceReport report = integrate(tip.getKey().code(), tip.getKey().name(), tip.getValue(), false);
            if (report.status() == Status.CONFLICTS) {
                conflicting.add(tip.getKey());
            }
            record(report);
        }
        // merge the others first; then the first member still in conflict becomes the pending merge
        for (RegionMember member : conflicting) {
            if (pending.isPresent()) {
                record(SourceReport.of(member.code(), member.name(), Status.WAITING, 0));
            } else {
                sources.remove(member.code());
                record(integrate(member.code(), member.name(), tips.get(member), true));
            }
        }
    }

    private void syncWithHub(String hubUrl) {
        // the hub is named by its URL in progress, reports and merge messages: never with a password
        String hub = RemoteUrls.withoutPasswords(hubUrl);
        for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
            if (progress.cancelled()) {
                record(SourceReport.of(HUB, hub, Status.CANCELLED, 0));
                push = Optional.of(RegionReport.PushResult.NOT_TRIED);
                return;
            }
            progress.fetching(name, HUB, hub, 1, 1);
            Optional<String> tip;
            try {
                tip = repository.git().receive(remote, hubUrl, limits);
            } catch (ReceivedRefusedException e) {
                forget(HUB);
                record(refused(HUB, hub, IncomingRules.refusal(e)));
                push = Optional.of(RegionReport.PushResult.NOT_TRIED);
                return;
            } catch (StoreException e) {
                record(isCancellation(e) ? SourceReport.of(HUB, hub, Status.CANCELLED, 0)
                        : new SourceReport(HUB, hub, Status.UNREACHABLE, 0, List.of(), 0, Optional.empty(),
                                Optional.of(e), Optional.empty()));
                push = Optional.of(RegionReport.PushResult.NOT_TRIED);
                return;
            }
            if (progress.cancelled()) {
                record(SourceReport.of(HUB, hub, Status.CANCELLED, 0));
                push = Optional.of(RegionReport.PushResult.NOT_TRIED);
                return;
            }
            SourceReport report = tip.isPresent() ? integrate(HUB, hub, tip.get(), true)
                    : SourceReport.of(HUB, hub, Status.UP_TO_DATE, 0);
            record(report);
            if (report.outcome() != nl.veerkracht.region.SyncOutcome.DONE) {
                push = Optional.of(RegionReport.PushResult.NOT_TRIED);
                return;
            }
            String head = repository.git().head().orElseThrow();
            if (tip.isPresent() && tip.get().equals(head)) {
                push = Optional.of(RegionReport.PushResult.UP_TO_DATE);
                return;
            }
            PlanRepository.PushOutcome outcome;
            try {
                outcome = repository.git().push(remote, hubUrl);
            } catch (StoreException e) {
                push = Optional.of(RegionReport.PushResult.UNREACHABLE);
                notices.add(notice("sync.pushFailed", hub, e.getMessage()));
                return;
            }
            if (outcome != PlanRepository.PushOutcome.REJECTED) {
                push = Optional.of(outcome == PlanRepository.PushOutcome.PUSHED ? RegionReport.PushResult.PUSHED
                        : RegionReport.PushResult.UP_TO_DATE);
                return;
            }
        }
        push = Optional.of(RegionReport.PushResult.REJECTED);
    }

    private static boolean isCancellation(StoreException e) {
        return e.key().equals("remote.cancelled");
    }

    /** Keeps the most telling report per member: an earlier merge is not hidden by a later "up to date". */
    private void record(SourceReport report) {
        SourceReport earlier = sources.get(report.code());
        if (earlier != null && report.status() == Status.UP_TO_DATE && earlier.status() != Status.UP_TO_DATE) {
            return;
        }
        sources.put(report.code(), report);
    }

    // ---------------------------------------------------------------- one incoming tip

    private SourceReport integrate(String code, String memberName, String tip, boolean keepConflicts) {
        PlanRepository git = repository.git();
        String head = git.head().orElseThrow();
        if (tip.equals(head) || repository.isAncestor(tip, head)) {
            track(code, tip);
            return SourceReport.of(code, memberName, Status.UP_TO_DATE, 0);
        }
        Optional<Refusal> refusal = rules.check(Optional.of(head), tip);
        if (refusal.isPresent()) {
            forget(code);
            return refused(code, memberName, refusal.get());
        }
        track(code, tip);
        int incoming = git.commitsBetween(Optional.of(head), tip).size();
        if (repository.isAncestor(head, tip)) {
            move(head, tip);
            return SourceReport.of(code, memberName, Status.FAST_FORWARDED, incoming);
        }
        if (git.treeOf(head).equals(git.treeOf(tip))
                && git.commitsBetween(Optional.of(tip), head).stream().allMatch(HistoryEntry::isMerge)) {
            String target = withHub || tip.compareTo(head) < 0 ? tip : head;
            if (target.equals(head)) {
                return SourceReport.of(code, memberName, Status.UP_TO_DATE, 0);
            }
            move(head, tip);
            return SourceReport.of(code, memberName, Status.CONVERGED, incoming);
        }
        Optional<TreeMerge.Result> merged = CommitMerge.of(repository, bases, head, tip);
        if (merged.isEmpty()) {
            forget(code);
            return refused(code, memberName, rules.refusal(tip, Rule.HISTORY, List.of("unrelated")));
        }
        TreeMerge.Result merge = merged.get();
        if (!merge.semantic().isClean()) {
            if (!keepConflicts) {
                return new SourceReport(code, memberName, Status.CONFLICTS, incoming, List.of(),
                        merge.semantic().conflicts().size(), Optional.empty(), Optional.empty(), Optional.empty());
            }
            StoredMerge stored = earlier.filter(known -> known.ours().equals(head) && known.theirs().equals(tip))
                    .orElse(new StoredMerge(name.folder(), head, tip, code, memberName, List.of()));
            MergeResult resolved;
            try {
                resolved = merge.semantic().resolve(stored.resolutions());
            } catch (IllegalArgumentException e) {
                stored = new StoredMerge(name.folder(), head, tip, code, memberName, List.of());
                resolved = merge.semantic();
            }
            if (resolved.isClean()) {
                return commitMerge(code, memberName, head, tip, merge, resolved, Status.MERGED_RESOLVED);
            }
            git.keepRef(PENDING_REF, tip);
            PendingMergeFile.write(state, stored);
            pending = Optional.of(PendingMerges.view(name, repository,
                    new PendingMerges.Recomputed(stored, merge, resolved)));
            return new SourceReport(code, memberName, Status.CONFLICTS, incoming, List.of(),
                    resolved.conflicts().size(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        return commitMerge(code, memberName, head, tip, merge, merge.semantic(), Status.MERGED);
    }

    /** Keeps the tip of {@code code} (a member, or the hub) under its tracking ref, once the rules accepted it. */
    private void track(String code, String tip) {
        PlanRepository git = repository.git();
        if (!git.commitOf(PlanRepository.trackingRef(code)).equals(Optional.of(tip))) {
            git.keepRef(PlanRepository.trackingRef(code), tip);
        }
    }

    /**
     * A refused tip keeps no ref: the tracking ref of {@code code} goes when it points at a commit we have not
     * merged, such as a tip an older Veerkracht fetched before it checked anything (the next accepted tip
     * brings it back).
     */
    private void forget(String code) {
        PlanRepository git = repository.git();
        String tracking = PlanRepository.trackingRef(code);
        Optional<String> tracked = git.commitOf(tracking);
        if (tracked.isEmpty()) {
            return;
        }
        boolean merged;
        try {
            merged = git.head().map(head -> repository.isAncestor(tracked.get(), head)).orElse(false);
        } catch (StoreException e) {
            merged = false;
        }
        if (!merged) {
            git.deleteRef(tracking);
        }
    }

    private static SourceReport refused(String code, String memberName, Refusal refusal) {
        return new SourceReport(code, memberName, Status.REFUSED, 0, List.of(), 0, Optional.of(refusal),
                Optional.empty(), Optional.empty());
    }

    /** Makes the merge commit of a clean (or fully resolved) merge and moves {@code main} to it. */
    private SourceReport commitMerge(String code, String memberName, String head, String tip, TreeMerge.Result merge,
            MergeResult resolved, Status status) {
        PlanRepository git = repository.git();
        Map<String, String> files = merge.files(repository, resolved.result());
        List<HistoryEntry> incoming = git.commitsBetween(Optional.of(head), tip);
        PlanRead read = repository.read(files);
        if (!read.isValid()) {
            return new SourceReport(code, memberName, Status.INVALID_MERGE, incoming.size(), List.of(), 0,
                    Optional.empty(), Optional.empty(), Optional.of(read.problems().get(0)));
        }
        Map<String, String> ours = repository.files(head);
        List<String> entities = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(files.keySet());
        paths.addAll(ours.keySet());
        for (String path : paths) {
            if (!Objects.equals(files.get(path), ours.get(path))) {
                entities.add(path);
            }
        }
        keptOurs.addAll(merge.keptOurs());
        String message = MergeMessage.of(code, memberName, incoming, rules::municipalityOf, entities,
                resolved.resolutions().size());
        boolean signed = read.contents().plan().filter(RegionalPlan.class::isInstance).map(RegionalPlan.class::cast)
                .map(RegionalPlan::signedCommitsRequired).orElse(false)
                || regionalPlan(head).signedCommitsRequired();
        Optional<SigningKey> signing = signed ? Optional.of(me.signingKey(workspace)) : Optional.empty();
        String tree = repository.writeTree(files);
        String commit = git.writeCommit(tree, List.of(head, tip), message, me.author(git), me.code(), signing);
        move(head, commit);
        return new SourceReport(code, memberName, status, incoming.size(), entities, 0, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private void move(String from, String to) {
        repository.git().advanceBranch(Optional.of(from), to, state);
        planStore.announceUpdate(workspace, name, Optional.of(from), to);
    }

    private RegionalPlan regionalPlan(String commit) {
        return RegionalPlans.at(repository, commit)
                .orElseThrow(() -> new RegionException("region.notRegional", name.folder()));
    }

    private static RegionReport.Notice notice(String key, String... args) {
        return new RegionReport.Notice(key, List.of(args));
    }
}
