package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.REGION_REPOSITORY;
import static nl.veerkracht.region.internal.RegionFixture.head;
import static nl.veerkracht.region.internal.RegionFixture.read;
import static nl.veerkracht.region.internal.RegionFixture.tree;
import static nl.veerkracht.region.internal.RegionFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryListener;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.WorkspaceLock;

/** What sync does around the merge itself: safety, reporting, hubs, criss-cross histories. */
class RegionSyncTest {

    /** C git as a plain Git user, in an empty home of its own. */
    private static final CGit GIT = CGit.inTemporaryHome();

    @TempDir
    Path temp;

    private RegionFixture region;
    private RegionFixture.Member breda;
    private RegionFixture.Member ettenLeur;
    private RegionFixture.Member roosendaal;

    @BeforeEach
    void members() {
        region = new RegionFixture(temp);
        breda = region.municipality("GM0758", "Breda");
        ettenLeur = region.municipality("GM0777", "Etten-Leur");
        roosendaal = region.municipality("GM1674", "Roosendaal");
    }

    private void peerToPeer() throws Exception {
        region.create(breda, Optional.empty(), false);
        region.addMember(breda, ettenLeur, Optional.empty());
        region.addMember(breda, roosendaal, Optional.empty());
        write(breda, Actions.FONDS, Actions.fonds());
        region.commit(breda, "Fonds");
        region.join(ettenLeur, breda.region());
        region.join(roosendaal, breda.region());
    }

    private static RegionReport only(RegionSyncReport report) {
        return report.regions().get(0);
    }

    private void edit(RegionFixture.Member member, String path, String from, String to) throws Exception {
        String text = read(member, path);
        assertTrue(text.contains(from), () -> from + " in " + text);
        write(member, path, text.replace(from, to));
        region.commit(member, "Bewerkt: " + to);
    }

    @Test
    void uncommittedChangesStopTheMergeAndAreLeftAlone() throws Exception {
        peerToPeer();
        edit(ettenLeur, Actions.FONDS, "term: medium", "term: long");
        write(breda, Actions.FONDS, read(breda, Actions.FONDS).replace("status: planned", "status: running"));
        String before = head(breda).orElseThrow();

        RegionSyncReport report = region.sync(breda);

        assertEquals(SyncOutcome.FAILED, report.outcome());
        assertEquals("sync.uncommitted", only(report).failure().orElseThrow().key());
        assertEquals(before, head(breda).orElseThrow());
        assertTrue(read(breda, Actions.FONDS).contains("status: running"), "the user's edit is untouched");
    }

    @Test
    void aSecondSyncWaitsBoundedThenStopsWithAClearMessage() throws Exception {
        peerToPeer();
        RegionFixture impatient = new RegionFixture(temp.resolve("other"), Duration.ofMillis(500));
        AtomicBoolean told = new AtomicBoolean();
        try (WorkspaceLock held = breda.workspace().lock(Duration.ofSeconds(1), owner -> { })) {
            StoreException busy = assertThrows(StoreException.class, () -> impatient.sync.sync(breda.workspace(),
                    new SyncProgress() {
                        @Override
                        public void waitingForLock(Optional<WorkspaceLock.Owner> holder) {
                            told.set(true);
                        }
                    }));
            assertEquals("workspace.busy", busy.key());
        }
        assertTrue(told.get(), "the user is told that sync waits");
        assertEquals(SyncOutcome.DONE, region.sync(breda).outcome(), "once the other let go, sync runs");
    }

    @Test
    void aBranchMoveThatACrashInterruptedIsFinishedFirst() throws Exception {
        peerToPeer();
        edit(ettenLeur, Actions.FONDS, "term: medium", "term: long");
        String from = head(breda).orElseThrow();
        String to = head(ettenLeur).orElseThrow();
        // as if killed after main moved and before the working tree followed
        GIT.ok(breda.region(), "fetch", "-q", ettenLeur.region().toString(), "main");
        Path state = breda.workspace().stateOf(REGION_REPOSITORY);
        Files.createDirectories(state);
        Files.writeString(state.resolve("branch-move"), from + " " + to + "\n");
        GIT.ok(breda.region(), "update-ref", "refs/heads/main", to);

        RegionSyncReport report = region.sync(breda);

        assertEquals(List.of("sync.recovered"), only(report).notices().stream().map(RegionReport.Notice::key).toList());
        assertTrue(read(breda, Actions.FONDS).contains("term: long"));
        assertEquals(SyncOutcome.DONE, report.outcome(), report::toString);
        try (PlanRepository git = PlanRepository.open(breda.region())) {
            assertTrue(git.isClean());
        }
    }

    @Test
    void anUnreachableMemberDoesNotStopTheOthers() throws Exception {
        peerToPeer();
        edit(roosendaal, Actions.FONDS, "status: planned", "status: running");
        try (var paths = Files.walk(ettenLeur.region())) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }

        RegionSyncReport report = region.sync(breda);

        assertEquals(SourceReport.Status.UNREACHABLE, RegionFixture.source(report, "GM0777").status());
        assertEquals(SourceReport.Status.FAST_FORWARDED, RegionFixture.source(report, "GM1674").status());
        assertEquals(SyncOutcome.FAILED, report.outcome(), "exit 5 when nothing worse happened");
        assertTrue(read(breda, Actions.FONDS).contains("status: running"));
    }

    @Test
    void aRefusalOutweighsConflictsAndConflictsOutweighAnUnreachableMember() {
        assertEquals(SyncOutcome.REFUSED, SyncOutcome.worst(List.of(SyncOutcome.FAILED, SyncOutcome.REFUSED,
                SyncOutcome.CONFLICTS)));
        assertEquals(SyncOutcome.CONFLICTS, SyncOutcome.worst(List.of(SyncOutcome.FAILED, SyncOutcome.CONFLICTS)));
        assertEquals(SyncOutcome.FAILED, SyncOutcome.worst(List.of(SyncOutcome.DONE, SyncOutcome.FAILED)));
        assertEquals(SyncOutcome.DONE, SyncOutcome.worst(List.of()));
    }

    @Test
    void aFileOutsideThePlanIsRefusedAndThePlanFilesOfOthersAreStillMerged() throws Exception {
        peerToPeer();
        // Veerkracht does not commit it (a finding); plain git does
        write(breda, "README.md", "# West-Brabant volgens Breda\n");
        GIT.ok(breda.region(), "add", "-A");
        GIT.ok(breda.region(), "commit", "-q", "-m", "Leesmij\n\nVeerkracht-Municipality: GM0758");
        edit(roosendaal, Actions.FONDS, "term: medium", "term: long");

        RegionSyncReport report = region.sync(ettenLeur);

        assertEquals(SyncOutcome.REFUSED, report.outcome(), report::toString);
        assertEquals(nl.veerkracht.region.Rule.PLAN_LAYOUT,
                RegionFixture.source(report, "GM0758").refusal().orElseThrow().rule());
        assertEquals(SourceReport.Status.FAST_FORWARDED, RegionFixture.source(report, "GM1674").status());
        assertTrue(read(ettenLeur, Actions.FONDS).contains("term: long"), "the plan files are merged");
        assertFalse(Files.exists(ettenLeur.region().resolve("README.md")));
    }

    @Test
    void aMergeThatWouldBreakAReferenceIsNotMade() throws Exception {
        peerToPeer();
        write(breda, "stakeholders/khn.yaml", "id: khn\norganisation: KHN West-Brabant\nsector: entrepreneurs\n");
        region.commit(breda, "KHN");
        region.sync(ettenLeur);
        Files.delete(breda.region().resolve("stakeholders/khn.yaml"));
        region.commit(breda, "KHN weg");
        edit(ettenLeur, Actions.FONDS, "status: planned\n", "status: planned\nstakeholders:\n  - khn\n");
        String before = head(breda).orElseThrow();

        RegionSyncReport report = region.sync(breda);

        SourceReport fromEttenLeur = RegionFixture.source(report, "GM0777");
        assertEquals(SourceReport.Status.INVALID_MERGE, fromEttenLeur.status(), report::toString);
        assertEquals(Actions.FONDS, fromEttenLeur.problem().orElseThrow().path());
        assertEquals(SyncOutcome.CONFLICTS, report.outcome());
        assertEquals(before, head(breda).orElseThrow());
    }

    @Test
    void crissCrossMergesGiveTheSameTreeWhicheverSideMerges() throws Exception {
        peerToPeer();
        edit(breda, Actions.FONDS, "term: medium", "term: long");
        edit(ettenLeur, Actions.FONDS, "status: planned", "status: running");
        // both merge each other at once: two merge commits with the same two parents
        try (PlanRepository bredaGit = PlanRepository.open(breda.region());
                PlanRepository ettenLeurGit = PlanRepository.open(ettenLeur.region())) {
            bredaGit.fetch(ettenLeur.region().toString(), "GM0777");
            ettenLeurGit.fetch(breda.region().toString(), "GM0758");
        }
        RegionFixture.Member[] pair = {breda, ettenLeur};
        for (RegionFixture.Member member : pair) {
            try (RegionRepository repository = new RegionRepository(PlanRepository.open(member.region()))) {
                String other = member == breda ? "GM0777" : "GM0758";
                String ours = repository.git().head().orElseThrow();
                String theirs = repository.git().commitOf(PlanRepository.trackingRef(other)).orElseThrow();
                TreeMerge.Result merge = TreeMerge.merge(repository, new MergeBase(repository).of(ours, theirs).orElseThrow(),
                        repository.files(ours), repository.files(theirs), TreeMerge.OtherFiles.KEEP_OURS);
                String commit = repository.git().writeCommit(repository.writeTree(merge.files(repository,
                        merge.semantic().result())), List.of(ours, theirs), "Kruiselings", member.author(), member.code(),
                        Optional.empty());
                repository.git().advanceBranch(Optional.of(ours), commit, temp.resolve("state-" + member.code()));
            }
        }
        assertEquals(tree(breda), tree(ettenLeur));
        edit(breda, Actions.FONDS, "amount: 50000", "amount: 60000");
        edit(ettenLeur, Actions.FONDS, "GM0758: 20000\n", "GM0758: 20000\n  GM0777: 5000\n");
        try (PlanRepository git = PlanRepository.open(breda.region())) {
            assertEquals(2, git.mergeBases(head(breda).orElseThrow(),
                    git.fetch(ettenLeur.region().toString(), "GM0777").orElseThrow()).size(), "criss-cross");
        }
        RegionSyncReport bredaMerges = region.sync(breda);
        RegionSyncReport ettenLeurMerges = region.sync(ettenLeur);
        assertEquals(SyncOutcome.DONE, bredaMerges.outcome(), bredaMerges::toString);
        assertEquals(SyncOutcome.DONE, ettenLeurMerges.outcome(), ettenLeurMerges::toString);
        assertEquals(tree(breda), tree(ettenLeur));
        String fonds = read(breda, Actions.FONDS);
        assertTrue(fonds.contains("term: long") && fonds.contains("status: running") && fonds.contains("amount: 60000")
                && fonds.contains("GM0777: 5000"), fonds);
    }

    @Test
    void membersWhoseMergesDifferOnlyInMergeCommitsSettleOnOneOfThem() throws Exception {
        peerToPeer();
        edit(breda, Actions.FONDS, "term: medium", "term: long");
        edit(ettenLeur, Actions.FONDS, "status: planned", "status: running");
        try (PlanRepository bredaGit = PlanRepository.open(breda.region());
                PlanRepository ettenLeurGit = PlanRepository.open(ettenLeur.region())) {
            // each member merges the other before either has seen the other's merge
            bredaGit.fetch(ettenLeur.region().toString(), "GM0777");
            ettenLeurGit.fetch(breda.region().toString(), "GM0758");
        }
        RegionSyncReport first = region.sync(breda);
        assertEquals(SourceReport.Status.MERGED, RegionFixture.source(first, "GM0777").status(), first::toString);
        // Etten-Leur merges Breda's old tip itself (its fetch of Breda's merge comes later)
        try (RegionRepository repository = new RegionRepository(PlanRepository.open(ettenLeur.region()))) {
            String ours = repository.git().head().orElseThrow();
            String theirs = repository.git().commitOf(PlanRepository.trackingRef("GM0758")).orElseThrow();
            TreeMerge.Result merge = TreeMerge.merge(repository, new MergeBase(repository).of(ours, theirs).orElseThrow(),
                    repository.files(ours), repository.files(theirs), TreeMerge.OtherFiles.KEEP_OURS);
            String commit = repository.git().writeCommit(repository.writeTree(merge.files(repository,
                    merge.semantic().result())), List.of(ours, theirs), "Samengevoegd", ettenLeur.author(), "GM0777",
                    Optional.empty());
            repository.git().advanceBranch(Optional.of(ours), commit, temp.resolve("state"));
        }
        assertEquals(tree(breda), tree(ettenLeur));
        String smaller = head(breda).orElseThrow().compareTo(head(ettenLeur).orElseThrow()) < 0
                ? head(breda).orElseThrow() : head(ettenLeur).orElseThrow();

        region.sync(breda);
        region.sync(ettenLeur);

        assertEquals(smaller, head(breda).orElseThrow(), "both settle on the merge with the smaller id");
        assertEquals(smaller, head(ettenLeur).orElseThrow());
        GIT.assertFsckClean(breda.region());
        GIT.assertFsckClean(ettenLeur.region());
    }

    @Test
    void withAHubMembersFetchFromAndPushToItOnly() throws Exception {
        Path hub = temp.resolve("hub/west-brabant.git");
        region.create(breda, Optional.of(hub.toString()), false);
        region.addMember(breda, ettenLeur, Optional.empty());
        region.addMember(breda, roosendaal, Optional.empty());
        write(breda, Actions.FONDS, Actions.fonds());
        region.commit(breda, "Fonds");
        RegionSyncReport pushed = region.sync(breda);
        assertEquals(Optional.of(RegionReport.PushResult.PUSHED), only(pushed).push(), pushed::toString);

        region.join(ettenLeur, hub);
        edit(ettenLeur, Actions.FONDS, "term: medium", "term: long");
        assertEquals(Optional.of(RegionReport.PushResult.PUSHED), only(region.sync(ettenLeur)).push());
        edit(breda, Actions.FONDS, "status: planned", "status: running");

        RegionSyncReport merged = region.sync(breda);

        assertEquals(List.of("hub"), only(merged).sources().stream().map(SourceReport::code).toList());
        assertEquals(SourceReport.Status.MERGED, only(merged).sources().get(0).status(), merged::toString);
        assertEquals(Optional.of(RegionReport.PushResult.PUSHED), only(merged).push());
        region.sync(ettenLeur);
        assertEquals(tree(breda), tree(ettenLeur));
        assertEquals(head(breda), head(ettenLeur));
        GIT.assertFsckClean(hub);
    }

    @Test
    void aPushThatTheHubRejectsIsFetchedMergedAndPushedAgain() throws Exception {
        Path hub = temp.resolve("hub.git");
        region.create(breda, Optional.of(hub.toString()), false);
        region.addMember(breda, ettenLeur, Optional.empty());
        region.addMember(breda, roosendaal, Optional.empty());
        write(breda, Actions.FONDS, Actions.fonds());
        region.commit(breda, "Fonds");
        region.sync(breda);
        region.join(ettenLeur, hub);
        edit(breda, Actions.FONDS, "status: planned", "status: running");
        edit(ettenLeur, Actions.FONDS, "term: medium", "term: long");
        region.sync(ettenLeur);
        edit(ettenLeur, Actions.FONDS, "amount: 50000", "amount: 55000");
        // while Breda merges, Etten-Leur pushes again: Breda's first push is rejected
        AtomicBoolean once = new AtomicBoolean();
        RepositoryListener meanwhile = (workspace, repository, from, to) -> {
            if (workspace.root().equals(breda.workspace().root()) && once.compareAndSet(false, true)) {
                region.sync(ettenLeur);
            }
        };
        region.store.addListener(meanwhile);

        RegionSyncReport report = region.sync(breda);

        assertEquals(Optional.of(RegionReport.PushResult.PUSHED), only(report).push(), report::toString);
        assertTrue(once.get());
        region.sync(ettenLeur);
        assertEquals(head(breda), head(ettenLeur));
        String fonds = read(ettenLeur, Actions.FONDS);
        assertTrue(fonds.contains("status: running") && fonds.contains("term: long") && fonds.contains("amount: 55000"),
                fonds);
    }

    @Test
    void joiningIsForMembersOnly() throws Exception {
        region.create(breda, Optional.empty(), false);
        StoreException refused = assertThrows(StoreException.class, () -> region.join(ettenLeur, breda.region()));
        assertEquals("region.notMember", refused.key());
        assertFalse(ettenLeur.workspace().has(REGION_REPOSITORY));
        assertTrue(refused.describe(java.util.Locale.ENGLISH).startsWith("GM0777 Etten-Leur is not a member of West-Brabant"),
                refused::getMessage);
    }

    @Test
    void onlyTheCoordinatorAddsMembers() throws Exception {
        peerToPeer();
        StoreException refused = assertThrows(StoreException.class, () -> region.addMember(ettenLeur,
                region.municipality("GM0748", "Bergen op Zoom"), Optional.empty()));
        assertEquals("region.notCoordinator", refused.key());
    }
}
