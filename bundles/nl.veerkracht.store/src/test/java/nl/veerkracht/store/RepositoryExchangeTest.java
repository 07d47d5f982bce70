package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;

/** What the regional sync does with repositories: fetch, compare histories, write merges, move branches, push. */
class RepositoryExchangeTest {

    private static final Author BREDA = new Author("J. de Vries", "j.devries@breda.nl");
    private static final Author ETTEN_LEUR = new Author("P. Bakker", "p.bakker@etten-leur.nl");

    @TempDir
    Path temp;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private PlanRepository repositoryWith(String name, Map<String, String> files, Author author) throws Exception {
        PlanRepository repository = PlanRepository.create(temp.resolve(name));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = repository.directory().resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        repository.commitWorkingTree("Begonnen", author, "GM0758");
        return repository;
    }

    @Test
    void fetchKeepsTheOthersMainUnderATrackingRef() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "id: west-brabant\n"), BREDA);
                PlanRepository ettenLeur = PlanRepository.create(temp.resolve("etten-leur"))) {
            Optional<String> tip = ettenLeur.fetch(breda.directory().toString(), "GM0758");
            assertEquals(breda.head(), tip);
            assertEquals(tip, ettenLeur.commitOf(PlanRepository.trackingRef("GM0758")));
            assertEquals(Optional.empty(), ettenLeur.head(), "fetching moves no branch");
        }
    }

    @Test
    void theTrackingRefFollowsTheRemotesMainAlsoToACommitWeHaveAlready() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "id: west-brabant\n"), BREDA);
                PlanRepository ettenLeur = PlanRepository.create(temp.resolve("etten-leur"))) {
            String first = breda.head().orElseThrow();
            Files.writeString(breda.directory().resolve("plan.yaml"), "id: west-brabant\nname: West-Brabant\n");
            String second = breda.commitWorkingTree("Naam", BREDA, "GM0758");
            assertEquals(Optional.of(second), ettenLeur.fetch(breda.directory().toString(), "GM0758"));
            assertEquals(Optional.of(second), ettenLeur.fetch("file://" + breda.directory(), "GM0758"), "nothing new");

            breda.advanceBranch(Optional.of(second), first, temp.resolve("state"));

            assertEquals(Optional.of(first), ettenLeur.fetch(breda.directory().toString(), "GM0758"));
            assertEquals(Optional.of(first), ettenLeur.commitOf(PlanRepository.trackingRef("GM0758")));
        }
    }

    @Test
    void anUnreachableRemoteIsOneClearError() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "x\n"), BREDA)) {
            StoreException error = assertThrows(StoreException.class,
                    () -> breda.fetch(temp.resolve("nergens").toString(), "GM0777"));
            assertEquals("fetch.failed", error.key());
            assertEquals(1, error.describe(java.util.Locale.ENGLISH).lines().count());
        }
    }

    @Test
    void aMergeCommitIsWrittenWithoutTouchingTheWorkingTreeThenTheBranchAdvances() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "base\n"), BREDA)) {
            String base = breda.head().orElseThrow();
            String theirs = breda.writeCommit(Map.of("plan.yaml", bytes("theirs\n")), List.of(base), "Hunne", ETTEN_LEUR,
                    "GM0777");
            Files.writeString(breda.directory().resolve("plan.yaml"), "ours\n");
            String ours = breda.commitWorkingTree("Onze", BREDA, "GM0758");

            String merge = breda.writeCommit(Map.of("plan.yaml", bytes("merged\n"), "actions/a.yaml", bytes("id: a\n")),
                    List.of(ours, theirs), "Samengevoegd", BREDA, "GM0758");
            assertEquals("ours\n", Files.readString(breda.directory().resolve("plan.yaml")), "working tree untouched");
            assertEquals(Optional.of(ours), breda.head());

            breda.advanceBranch(Optional.of(ours), merge, temp.resolve("state"));
            assertEquals(Optional.of(merge), breda.head());
            assertEquals("merged\n", Files.readString(breda.directory().resolve("plan.yaml")));
            assertEquals("id: a\n", Files.readString(breda.directory().resolve("actions/a.yaml")));
            assertTrue(breda.isClean());
            assertEquals(List.of(ours, theirs), breda.history(List.of()).get(0).parentIds());
            assertEquals(List.of(base), breda.mergeBases(ours, theirs));
            assertTrue(breda.isAncestor(theirs, merge));
            assertFalse(breda.isAncestor(merge, theirs));
            new CGit(Files.createDirectories(temp.resolve("home"))).assertFsckClean(breda.directory());
        }
    }

    @Test
    void theBranchDoesNotMoveWhenSomeoneElseMovedItMeanwhile() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "base\n"), BREDA)) {
            String base = breda.head().orElseThrow();
            String other = breda.writeCommit(Map.of("plan.yaml", bytes("other\n")), List.of(base), "Ander", BREDA, "GM0758");
            String stale = breda.writeCommit(Map.of("plan.yaml", bytes("stale\n")), List.of(base), "Oud", BREDA, "GM0758");
            breda.advanceBranch(Optional.of(base), other, temp.resolve("state"));
            StoreException error = assertThrows(StoreException.class,
                    () -> breda.advanceBranch(Optional.of(base), stale, temp.resolve("state")));
            assertEquals("branch.moved", error.key());
            assertEquals(Optional.of(other), breda.head());
        }
    }

    @Test
    void aCrissCrossHistoryHasTwoMergeBases() throws Exception {
        try (PlanRepository region = repositoryWith("region", Map.of("plan.yaml", "0\n"), BREDA)) {
            String root = region.head().orElseThrow();
            String a = region.writeCommit(Map.of("plan.yaml", bytes("a\n")), List.of(root), "A", BREDA, "GM0758");
            String b = region.writeCommit(Map.of("plan.yaml", bytes("b\n")), List.of(root), "B", ETTEN_LEUR, "GM0777");
            String aMergesB = region.writeCommit(Map.of("plan.yaml", bytes("ab\n")), List.of(a, b), "A+B", BREDA, "GM0758");
            String bMergesA = region.writeCommit(Map.of("plan.yaml", bytes("ba\n")), List.of(b, a), "B+A", ETTEN_LEUR,
                    "GM0777");
            List<String> expected = new java.util.ArrayList<>(List.of(a, b));
            expected.sort(null);
            assertEquals(expected, region.mergeBases(aMergesB, bMergesA));
            assertEquals(List.of("B+A"),
                    region.commitsBetween(Optional.of(aMergesB), bMergesA).stream().map(HistoryEntry::subject).toList());
        }
    }

    @Test
    void theCommitsAMemberAddsAreListedOldestFirst() throws Exception {
        try (PlanRepository region = repositoryWith("region", Map.of("plan.yaml", "0\n"), BREDA)) {
            String root = region.head().orElseThrow();
            String first = region.writeCommit(Map.of("plan.yaml", bytes("1\n")), List.of(root), "Eerste", ETTEN_LEUR,
                    "GM0777");
            String second = region.writeCommit(Map.of("plan.yaml", bytes("2\n")), List.of(first), "Tweede", ETTEN_LEUR,
                    "GM0777");
            assertEquals(List.of("Eerste", "Tweede"),
                    region.commitsBetween(Optional.of(root), second).stream().map(HistoryEntry::subject).toList());
            assertEquals(Optional.of("GM0777"), region.commitsBetween(Optional.of(root), second).get(0).municipality());
        }
    }

    @Test
    void anInterruptedBranchMoveIsFinishedByTheNextRun() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "base\n", "needs/a.yaml", "a\n"), BREDA)) {
            // as if killed after the branch moved and halfway through the working tree
            Path state = interruptedMove(breda, Map.of("plan.yaml", "next\n", "actions/b.yaml", "b\n"));
            Files.writeString(breda.directory().resolve("plan.yaml"), "next\n");

            assertTrue(breda.recoverInterruptedUpdate(state));
            assertTrue(breda.isClean());
            assertEquals("b\n", Files.readString(breda.directory().resolve("actions/b.yaml")));
            assertFalse(Files.exists(breda.directory().resolve("needs/a.yaml")));
            assertFalse(breda.recoverInterruptedUpdate(state), "nothing left to finish");
        }
    }

    @Test
    void theHalfWrittenFileOfAnInterruptedCheckoutIsRemovedAndTheMoveFinished() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "base\n"), BREDA)) {
            // as if killed while JGit wrote the new action to its temporary file, before renaming it
            Path state = interruptedMove(breda, Map.of("plan.yaml", "base\n", "actions/GM0777-actie.yaml",
                    "id: GM0777-actie\ntitle: Actie\n"));
            Path actions = Files.createDirectories(breda.directory().resolve("actions"));
            Path leftover = Files.writeString(actions.resolve("._GM0777-actie.yaml4721398361298475.tmp"), "id: GM07");

            assertTrue(breda.recoverInterruptedUpdate(state));
            assertFalse(Files.exists(leftover));
            assertTrue(breda.isClean(), "the working tree matches main");
            assertEquals("id: GM0777-actie\ntitle: Actie\n", Files.readString(actions.resolve("GM0777-actie.yaml")));
        }
    }

    @Test
    void aFileThatOnlyLooksLikeACheckoutLeftoverIsTheUsersAndStopsTheRecovery() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "base\n"), BREDA)) {
            Path state = interruptedMove(breda, Map.of("plan.yaml", "next\n"));
            Path notALeftover = Files.writeString(breda.directory().resolve("._plan.yaml123.tmp"), "mijn aantekeningen\n");

            StoreException error = assertThrows(StoreException.class, () -> breda.recoverInterruptedUpdate(state));
            assertEquals("recover.userChanges", error.key());
            assertTrue(Files.exists(notALeftover));
        }
    }

    @Test
    void anInterruptedMoveNeverOverwritesAChangeTheUserMadeSince() throws Exception {
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "base\n"), BREDA)) {
            Path state = interruptedMove(breda, Map.of("plan.yaml", "next\n"));
            Files.writeString(breda.directory().resolve("plan.yaml"), "mijn eigen wijziging\n");

            StoreException error = assertThrows(StoreException.class, () -> breda.recoverInterruptedUpdate(state));
            assertEquals("recover.userChanges", error.key());
            assertEquals("mijn eigen wijziging\n", Files.readString(breda.directory().resolve("plan.yaml")));
        }
    }

    @Test
    void pushIsRefusedWhenTheHubIsAheadAndAcceptedAfterMerging() throws Exception {
        Path hub = temp.resolve("hub.git");
        org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(hub.toFile()).setInitialBranch("main").call().close();
        try (PlanRepository breda = repositoryWith("breda", Map.of("plan.yaml", "base\n"), BREDA);
                PlanRepository ettenLeur = PlanRepository.create(temp.resolve("etten-leur"))) {
            assertEquals(PlanRepository.PushOutcome.PUSHED, breda.push(hub.toString()));
            assertEquals(PlanRepository.PushOutcome.UP_TO_DATE, breda.push(hub.toString()));

            String tip = ettenLeur.fetch(hub.toString(), "hub").orElseThrow();
            ettenLeur.advanceBranch(Optional.empty(), tip, temp.resolve("state-el"));
            Files.writeString(ettenLeur.directory().resolve("plan.yaml"), "etten-leur\n");
            ettenLeur.commitWorkingTree("Etten-Leur", ETTEN_LEUR, "GM0777");
            assertEquals(PlanRepository.PushOutcome.PUSHED, ettenLeur.push(hub.toString()));

            Files.writeString(breda.directory().resolve("actions.yaml"), "breda\n");
            breda.commitWorkingTree("Breda", BREDA, "GM0758");
            assertEquals(PlanRepository.PushOutcome.REJECTED, breda.push(hub.toString()));
            String hubTip = breda.fetch(hub.toString(), "hub").orElseThrow();
            assertEquals("etten-leur\n", text(breda.filesAt(hubTip).get("plan.yaml")));

            String own = breda.head().orElseThrow();
            String merge = breda.writeCommit(Map.of("plan.yaml", bytes("etten-leur\n"), "actions.yaml", bytes("breda\n")),
                    List.of(own, hubTip), "Samengevoegd", BREDA, "GM0758");
            breda.advanceBranch(Optional.of(own), merge, temp.resolve("state-breda"));
            assertEquals(PlanRepository.PushOutcome.PUSHED, breda.push(hub.toString()));
            try (org.eclipse.jgit.api.Git atHub = org.eclipse.jgit.api.Git.open(hub.toFile())) {
                assertEquals(merge, atHub.getRepository().resolve("refs/heads/main").name(), "the hub holds the merge");
            }
        }
    }

    /**
     * Commits {@code files} on top of {@code main} and moves {@code main} there as a sync killed after the
     * ref moved would have: journal written, ref moved, working tree untouched.
     *
     * @return the state folder holding the journal
     */
    private Path interruptedMove(PlanRepository repository, Map<String, String> files) throws IOException {
        String base = repository.head().orElseThrow();
        Map<String, byte[]> contents = new TreeMap<>();
        files.forEach((path, text) -> contents.put(path, bytes(text)));
        String next = repository.writeCommit(contents, List.of(base), "Volgende", BREDA, "GM0758");
        Path state = temp.resolve("state");
        repository.advanceBranchRefOnly(Optional.of(base), next, state);
        return state;
    }

}
