package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.store.Peer.Entry;

/**
 * What a peer sends is checked before any of it is kept: a malformed commit (as C git's fsck sees it, or one
 * Veerkracht cannot read), and a commit whose files break the tree rules, are refused whole, named with the
 * object and the rule; no object of it reaches the receiving repository, no ref points at it, and
 * {@code git fsck --full --strict} stays clean there.
 */
class ReceiveTest {

    private static final String COMMITTER = "committer Roosendaal <beleid@roosendaal.nl> 1700000000 +0100\n";

    @TempDir
    Path temp;

    private CGit git;
    private Peer peer;
    private PlanRepository receiver;

    @BeforeEach
    void peerAndReceiver() throws IOException {
        git = new CGit(Files.createDirectories(temp.resolve("git-home")));
        peer = Peer.at(temp.resolve("peer"));
        receiver = PlanRepository.cloneFrom(peer.directory().toString(), temp.resolve("receiver"));
    }

    @AfterEach
    void close() {
        peer.close();
        receiver.close();
    }

    /** Malformed commits: the problem as C git's fsck names it (or Veerkracht's own), and the object's text. */
    static Stream<Arguments> malformedCommits() {
        String head = "tree %TREE%\nparent %PARENT%\n";
        return Stream.of(
                Arguments.of("badDateOverflow", head + "author A <a@b.nl> 99999999999999999999 +0000\n" + COMMITTER
                        + "\nx\n"),
                Arguments.of("badDateOverflow", head + "author A <a@b.nl> 9223372036854775808 +0000\n" + COMMITTER
                        + "\nx\n"),
                Arguments.of("badDateOverflow", head + "author A <a@b.nl> -5 +0000\n" + COMMITTER + "\nx\n"),
                Arguments.of("dateOutOfRange", head + "author A <a@b.nl> 9223372036854775807 +0000\n" + COMMITTER
                        + "\nx\n"),
                Arguments.of("missingAuthor", head + COMMITTER + "\nx\n"),
                Arguments.of("missingEmail", head + "author garbage\n" + COMMITTER + "\nx\n"),
                Arguments.of("missingEmail", head + "author A <a@b.nl> 1700000000 +0000\ncommitter garbage\n\nx\n"),
                Arguments.of("blankName", head + "author  <a@b.nl> 1700000000 +0000\n" + COMMITTER + "\nx\n"),
                Arguments.of("missingNameBeforeEmail", head + "author <a@b.nl> 1700000000 +0000\n" + COMMITTER
                        + "\nx\n"),
                Arguments.of("badName", head + "author A>B <a@b.nl> 1700000000 +0000\n" + COMMITTER + "\nx\n"),
                Arguments.of("zeroPaddedDate", head + "author A <a@b.nl> 01700000000 +0000\n" + COMMITTER
                        + "\nx\n"),
                Arguments.of("badTimezone", head + "author A <a@b.nl> 1700000000 +99\n" + COMMITTER + "\nx\n"),
                Arguments.of("nulInCommit", head + "author A <a@b.nl> 1700000000 +0000\n" + COMMITTER
                        + "\nx\u0000y\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedCommits")
    void aMalformedCommitIsRefusedAndNothingOfItIsKept(String problem, String text) throws Exception {
        String bad = peer.commitText(text);
        peer.point(bad);

        ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                () -> receiver.fetch(peer.directory().toString(), "GM1674"));

        assertEquals(ReceiveRule.WELL_FORMED, refused.rule());
        assertEquals("commit", refused.objectType());
        assertEquals(bad, refused.objectId());
        assertEquals(List.of(problem), refused.subject());
        assertNothingKept(bad);
    }

    @Test
    void aMalformedCommitIsRefusedOverTheNetworkToo() throws Exception {
        String bad = peer.commitText("tree %TREE%\nparent %PARENT%\nauthor A <a@b.nl> 99999999999999999999 +0000\n"
                + COMMITTER + "\nx\n");
        peer.point(bad);
        try (GitDaemon daemon = GitDaemon.serving(temp)) {
            ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                    () -> receiver.fetch(daemon.url("peer"), "GM1674"));
            assertEquals(List.of("badDateOverflow"), refused.subject());
            assertEquals(bad, refused.objectId());
        }
        assertNothingKept(bad);
    }

    @Test
    void aMalformedCommitThatWeHaveAlreadyIsRefusedToo() throws Exception {
        // an older Veerkracht took the object in and moved the tracking ref to it, before it checked anything
        String text = "tree %TREE%\nparent %PARENT%\nauthor A <a@b.nl> 99999999999999999999 +0000\n" + COMMITTER
                + "\nx\n";
        String bad = peer.commitText(text);
        peer.point(bad);
        git.ok(receiver.directory(), "fetch", "-q", peer.directory().toString(), "main:refs/remotes/GM1674/main");

        ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                () -> receiver.receive(RemoteAccess.defaults(), peer.directory().toString()));

        assertEquals(List.of("badDateOverflow"), refused.subject());
        assertNotEquals(Optional.of(bad), receiver.head());
    }

    @Test
    void aSoundTipIsTakenAndTracked() throws Exception {
        String tip = peer.commitTree(peer.filesWith(Map.of("actions", Entry.folder(Map.of(
                "GM1674-fietsroute.yaml", Entry.file("id: GM1674-fietsroute\n"))))));
        peer.point(tip);

        assertEquals(Optional.of(tip), receiver.fetch(peer.directory().toString(), "GM1674"));

        assertEquals(Optional.of(tip), receiver.commitOf(PlanRepository.trackingRef("GM1674")));
        git.assertFsckClean(receiver.directory());
        assertQuarantineGone();
    }

    @Test
    void receivingMovesNoRef() throws Exception {
        String tip = peer.commitTree(peer.filesWith(Map.of("needs", Entry.folder(Map.of("ruimte.yaml",
                Entry.file("id: ruimte\n"))))));
        peer.point(tip);
        String refs = git.ok(receiver.directory(), "for-each-ref");

        assertEquals(Optional.of(tip), receiver.receive(RemoteAccess.defaults(), peer.directory().toString()));

        assertEquals(refs, git.ok(receiver.directory(), "for-each-ref"));
        assertEquals(0, git.run(receiver.directory(), "cat-file", "-e", tip).exitCode(), "the objects are kept");
    }

    /** Trees that break a rule: the files a commit adds to a valid plan, the rule, and what it names. */
    static Stream<Arguments> badTrees() {
        Map<String, Entry> symlink = Map.of("actions", Entry.folder(Map.of("x.yaml",
                Entry.file(0120000, "/etc/passwd".getBytes(StandardCharsets.UTF_8)))));
        Map<String, Entry> gitlink = Map.of("actions", Entry.folder(Map.of("sub", new Entry(0160000, new byte[0],
                Map.of()))));
        Map<String, Entry> executable = Map.of("actions", Entry.folder(Map.of("x.yaml",
                Entry.file(0100755, "#!/bin/sh\nid: x\n".getBytes(StandardCharsets.UTF_8)))));
        return Stream.of(
                Arguments.of("a symbolic link", symlink, ReceiveRule.REGULAR_FILES, List.of("actions/x.yaml", "120000")),
                Arguments.of("a gitlink", gitlink, ReceiveRule.REGULAR_FILES, List.of("actions/sub", "160000")),
                Arguments.of("an executable file", executable, ReceiveRule.REGULAR_FILES,
                        List.of("actions/x.yaml", "100755")),
                Arguments.of(".gitattributes", Map.of(".gitattributes", Entry.file("* text eol=crlf\n")),
                        ReceiveRule.PLAN_LAYOUT, List.of(".gitattributes")),
                Arguments.of(".gitmodules", Map.of(".gitmodules",
                        Entry.file("[submodule \"x\"]\n\tpath = x\n\turl = ../x\n")), ReceiveRule.PLAN_LAYOUT,
                        List.of(".gitmodules")),
                Arguments.of("README.md", Map.of("README.md", Entry.file("# Roosendaal\n")), ReceiveRule.PLAN_LAYOUT,
                        List.of("README.md")),
                Arguments.of("Veerkracht's own state", Map.of(".veerkracht", Entry.folder(Map.of("index.cfg",
                        Entry.file("url = jdbc:h2:/tmp/x\n")))), ReceiveRule.PLAN_LAYOUT, List.of(".veerkracht/")),
                Arguments.of("a folder in an entity folder", Map.of("actions", Entry.folder(Map.of("oud",
                        Entry.folder(Map.of("x.yaml", Entry.file("id: x\n")))))), ReceiveRule.PLAN_LAYOUT,
                        List.of("actions/oud/")),
                Arguments.of("a misnamed plan file", Map.of("actions", Entry.folder(Map.of("x.yml",
                        Entry.file("id: x\n")))), ReceiveRule.PLAN_LAYOUT, List.of("actions/x.yml")),
                Arguments.of("a file that is too large", Map.of("actions", Entry.folder(Map.of("groot.yaml",
                        Entry.file(0100644, new byte[1024 * 1024 + 1])))),
                        ReceiveRule.FILE_SIZE, List.of("actions/groot.yaml", "1048577 bytes")),
                Arguments.of("too many files", Map.of("actions", Entry.folder(actions(10_000))), ReceiveRule.FILE_COUNT,
                        List.of("10001")));
    }

    private static Map<String, Entry> actions(int count) {
        Map<String, Entry> actions = new HashMap<>();
        Entry same = Entry.file("id: x\n");
        for (int i = 0; i < count; i++) {
            actions.put("a" + i + ".yaml", same);
        }
        return actions;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTrees")
    void aCommitWhoseFilesBreakATreeRuleIsRefusedWhole(String what, Map<String, Entry> files, ReceiveRule rule,
            List<String> subject) throws Exception {
        String bad = peer.commitTree(peer.filesWith(files));
        peer.point(bad);

        ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                () -> receiver.fetch(peer.directory().toString(), "GM1674"));

        assertEquals(rule, refused.rule(), refused::getMessage);
        assertEquals("commit", refused.objectType());
        assertEquals(bad, refused.objectId());
        assertEquals(subject, refused.subject());
        assertEquals(Optional.of("GM1674"), refused.municipality());
        assertEquals(Optional.of(new Author("Roosendaal", "beleid@roosendaal.nl")), refused.author());
        assertNothingKept(bad);
        String tree = git.ok(peer.directory(), "rev-parse", bad + "^{tree}").strip();
        assertNotEquals(0, git.run(receiver.directory(), "cat-file", "-e", tree).exitCode(), "its tree is not kept");
    }

    @Test
    void theLimitsThemselvesAreAllowed() throws Exception {
        Map<String, Entry> files = new HashMap<>(actions(TreeRules.Limits.DEFAULT.files() - 2));
        files.put("groot.yaml", Entry.file(0100644, new byte[(int) TreeRules.Limits.DEFAULT.fileBytes()]));
        String tip = peer.commitTree(peer.filesWith(Map.of("actions", Entry.folder(files))));
        peer.point(tip);

        assertEquals(Optional.of(tip), receiver.fetch(peer.directory().toString(), "GM1674"));
        git.assertFsckClean(receiver.directory());
    }

    @Test
    void aFileModeThatGitFsckRefusesIsAMalformedTree() throws Exception {
        String bad = peer.commitTree(peer.filesWith(Map.of("actions", Entry.folder(Map.of("x.yaml",
                Entry.file(0100664, "id: x\n".getBytes(StandardCharsets.UTF_8)))))));
        peer.point(bad);

        ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                () -> receiver.fetch(peer.directory().toString(), "GM1674"));

        assertEquals(ReceiveRule.WELL_FORMED, refused.rule());
        assertEquals("tree", refused.objectType());
        assertEquals(List.of("badFilemode"), refused.subject());
        assertNothingKept(bad);
    }

    @Test
    void anEarlierCommitThatBreaksARuleRefusesTheWholeTip() throws Exception {
        String bad = peer.commitTree(peer.filesWith(Map.of("README.md", Entry.file("# Roosendaal\n"))));
        peer.point(bad);
        String fixed = peer.commitTree(peer.filesWith(Map.of()));
        peer.point(fixed);

        ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                () -> receiver.fetch(peer.directory().toString(), "GM1674"));

        assertEquals(bad, refused.objectId(), "the offending commit is named, not the tip");
        assertNothingKept(fixed);
        assertNothingKept(bad);
    }

    @Test
    void aTipThatIsNoCommitIsRefused() throws Exception {
        String tree = peer.tree(peer.filesWith(Map.of("README.md", Entry.file("x\n"))));
        peer.point(tree);

        ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                () -> receiver.fetch(peer.directory().toString(), "GM1674"));

        assertEquals(List.of("notACommit"), refused.subject());
        assertNothingKept(tree);
    }

    @Test
    void aCloneOfARefusedTipLeavesNothing() throws Exception {
        String bad = peer.commitText("tree %TREE%\nparent %PARENT%\nauthor garbage\n" + COMMITTER + "\nx\n");
        peer.point(bad);
        Path clone = temp.resolve("clone");

        assertThrows(ReceivedRefusedException.class, () -> PlanRepository.cloneFrom(peer.directory().toString(), clone));

        assertFalse(Files.exists(clone.resolve(".git/refs/heads/main")));
    }

    @Test
    void theRefusalSaysTheCommitTheRuleAndTheSourceInOneLine() throws Exception {
        String bad = peer.commitTree(peer.filesWith(Map.of("README.md", Entry.file("# Roosendaal\n"))));
        peer.point(bad);

        ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                () -> receiver.fetch(peer.directory().toString(), "GM1674"));

        assertEquals("commit " + bad.substring(0, 10) + " uit " + peer.directory() + " overtreedt een regel (alleen "
                + "planbestanden op hun plaats (plan.yaml, actions/<id>.yaml, ...): geen .gitattributes, .gitmodules of "
                + "andere bestanden): README.md; er is niets van overgenomen",
                refused.describe(java.util.Locale.forLanguageTag("nl")));
        assertTrue(refused.getMessage().contains("breaks a rule"), refused::getMessage);
    }

    @Test
    void aCommitAboutToBeMadeHereIsCheckedAsOneThatArrives() throws Exception {
        String head = receiver.head().orElseThrow();
        String sound = receiver.writeCommit(Map.of("plan.yaml", Peer.PLAN.getBytes(StandardCharsets.UTF_8),
                "needs/werk.yaml", "id: werk\n".getBytes(StandardCharsets.UTF_8)), List.of(head), "Werk",
                new Author("Breda", "beleid@breda.nl"), "GM0758");
        String outside = receiver.writeCommit(Map.of("plan.yaml", Peer.PLAN.getBytes(StandardCharsets.UTF_8),
                "README.md", "# Breda\n".getBytes(StandardCharsets.UTF_8)), List.of(sound), "Leesmij",
                new Author("Breda", "beleid@breda.nl"), "GM0758");

        receiver.checkIncoming(sound);
        ReceivedRefusedException refused = assertThrows(ReceivedRefusedException.class,
                () -> receiver.checkIncoming(outside));

        assertEquals(ReceiveRule.PLAN_LAYOUT, refused.rule());
        assertEquals(outside, refused.objectId());
        assertEquals(Optional.of("GM0758"), refused.municipality());
    }

    /** No ref of the receiver points at {@code commit}, it does not have the object, and git fsck is clean. */
    private void assertNothingKept(String commit) throws Exception {
        String refs = git.ok(receiver.directory(), "for-each-ref", "--format=%(objectname) %(refname)");
        assertFalse(refs.contains(commit), refs);
        Path fetchHead = receiver.directory().resolve(".git/FETCH_HEAD");
        assertFalse(Files.exists(fetchHead) && Files.readString(fetchHead).contains(commit), "FETCH_HEAD");
        assertNotEquals(0, git.run(receiver.directory(), "cat-file", "-e", commit).exitCode(),
                "the object is not in the receiver");
        git.assertFsckClean(receiver.directory());
        assertQuarantineGone();
    }

    private void assertQuarantineGone() throws IOException {
        Path quarantine = receiver.directory().resolve(".git/veerkracht-incoming");
        if (Files.exists(quarantine)) {
            try (Stream<Path> left = Files.list(quarantine)) {
                assertEquals(List.of(), left.toList(), "nothing left in the quarantine");
            }
        }
    }

}
