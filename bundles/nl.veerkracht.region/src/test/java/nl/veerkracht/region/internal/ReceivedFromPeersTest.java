package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.head;
import static nl.veerkracht.region.internal.RegionFixture.read;
import static nl.veerkracht.region.internal.RegionFixture.source;
import static nl.veerkracht.region.internal.RegionFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.store.PlanRepository;

/**
 * Issue 15, items 1 to 3, in the region: Roosendaal (GM1674) sends what Veerkracht would never write, made with
 * C git past every check: a malformed commit, a symbolic link, a gitlink, a {@code .gitattributes}, a file that
 * is too large, too many files. Breda refuses Roosendaal's tip whole, naming the commit and the rule (exit 4),
 * still merges Etten-Leur's edit in the same sync and reports both, keeps no ref to what it refused, and its clone
 * stays {@code git fsck --full --strict} clean.
 */
class ReceivedFromPeersTest extends WestBrabantTest {

    /** C git as a plain Git user, in an empty home of its own. */
    private static final CGit GIT = CGit.inTemporaryHome();

    private static final String AUTHORED = "committer Roosendaal <beleid@roosendaal.nl> 1700000000 +0100\n\n"
            + "Met de hand\n\nVeerkracht-Municipality: GM1674\n";

    @BeforeEach
    void ettenLeurStartsTheFund() throws Exception {
        write(ettenLeur, Actions.FONDS, read(ettenLeur, Actions.FONDS).replace("status: planned", "status: running"));
        region.commit(ettenLeur, "Het fonds loopt");
    }

    /** A commit object of exactly {@code text} in Roosendaal's clone, written by C git, on its {@code main}. */
    private String malformed(String text) throws Exception {
        String head = head(roosendaal).orElseThrow();
        String tree = GIT.ok(roosendaal.region(), "rev-parse", head + "^{tree}").strip();
        Path object = temp.resolve("object");
        Files.writeString(object, "tree " + tree + "\nparent " + head + "\n" + text, StandardCharsets.ISO_8859_1);
        String commit = GIT.ok(roosendaal.region(), "hash-object", "-t", "commit", "--literally", "-w",
                object.toString()).strip();
        GIT.ok(roosendaal.region(), "update-ref", "refs/heads/main", commit);
        return commit;
    }

    /** Roosendaal commits with C git whatever its working tree and index hold now. */
    private String plainCommit() throws Exception {
        GIT.ok(roosendaal.region(), "add", "-A");
        return indexCommit();
    }

    /** Roosendaal commits with C git what its index holds now. */
    private String indexCommit() throws Exception {
        GIT.ok(roosendaal.region(), "commit", "-q", "-m", "Met de hand\n\nVeerkracht-Municipality: GM1674");
        return head(roosendaal).orElseThrow();
    }

    /**
     * Breda syncs: Roosendaal's tip is refused for {@code rule}, naming {@code commit}; Etten-Leur's edit is
     * merged all the same; no ref of Breda's points at the commit and git fsck is clean. A second sync says the
     * same.
     */
    private Refusal refusedButTheOthersMerged(String commit, Rule rule) throws Exception {
        for (int sync = 1; sync <= 2; sync++) {
            RegionSyncReport report = region.sync(breda);
            assertEquals(SyncOutcome.REFUSED, report.outcome(), report::toString);
            SourceReport fromRoosendaal = source(report, "GM1674");
            assertEquals(SourceReport.Status.REFUSED, fromRoosendaal.status(), report::toString);
            assertEquals(sync == 1 ? SourceReport.Status.FAST_FORWARDED : SourceReport.Status.UP_TO_DATE,
                    source(report, "GM0777").status(), report::toString);
            Refusal refusal = fromRoosendaal.refusal().orElseThrow();
            assertEquals(rule, refusal.rule(), refusal::toString);
            assertEquals(commit, refusal.commit());
            assertFalse(rule.describe(java.util.Locale.ENGLISH).isBlank());
            if (sync == 2) {
                assertTrue(read(breda, Actions.FONDS).contains("status: running"), "Etten-Leur's edit is merged");
                assertNothingKept(commit);
                return refusal;
            }
        }
        throw new AssertionError("not reached");
    }

    private void assertNothingKept(String commit) throws Exception {
        String refs = GIT.ok(breda.region(), "for-each-ref", "--format=%(objectname) %(refname)");
        assertFalse(refs.contains(commit), refs);
        try (PlanRepository git = PlanRepository.open(breda.region())) {
            assertNotEquals(Optional.of(commit), git.commitOf(PlanRepository.trackingRef("GM1674")));
        }
        assertThrows(AssertionError.class, () -> GIT.ok(breda.region(), "cat-file", "-e", commit),
                "the object is not in Breda's clone");
        GIT.assertFsckClean(breda.region());
    }

    static Stream<Arguments> malformedCommits() {
        return Stream.of(
                Arguments.of("badDateOverflow", "author Roosendaal <beleid@roosendaal.nl> 99999999999999999999 +0100\n"
                        + AUTHORED),
                Arguments.of("missingAuthor", AUTHORED),
                Arguments.of("missingEmail", "author garbage\n" + AUTHORED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedCommits")
    void aMalformedCommitIsRefusedAndTheOthersAreStillMerged(String problem, String text) throws Exception {
        String bad = malformed(text);

        Refusal refusal = refusedButTheOthersMerged(bad, Rule.WELL_FORMED);

        assertEquals(List.of(problem), refusal.subject());
        assertEquals(Optional.empty(), refusal.author(), "an author that cannot be read is not shown");
    }

    @Test
    void aMalformedCommitIsRefusedByEveryMemberItReaches() throws Exception {
        String bad = malformed("author garbage\n" + AUTHORED);
        refusedButTheOthersMerged(bad, Rule.WELL_FORMED);

        RegionSyncReport report = region.sync(ettenLeur);

        assertEquals(Rule.WELL_FORMED, source(report, "GM1674").refusal().orElseThrow().rule(), report::toString);
        assertEquals(SourceReport.Status.UP_TO_DATE, source(report, "GM0758").status(), report::toString);
        GIT.assertFsckClean(ettenLeur.region());
    }

    @Test
    void aSymbolicLinkIsRefused() throws Exception {
        Files.createSymbolicLink(roosendaal.region().resolve("actions/GM1674-wachtwoorden.yaml"), Path.of("/etc/passwd"));
        String bad = plainCommit();

        Refusal refusal = refusedButTheOthersMerged(bad, Rule.REGULAR_FILES);

        assertEquals(List.of("actions/GM1674-wachtwoorden.yaml", "120000"), refusal.subject());
        assertEquals(Optional.of("GM1674"), refusal.municipality());
        assertFalse(Files.exists(breda.region().resolve("actions/GM1674-wachtwoorden.yaml"),
                java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aGitlinkAndItsGitmodulesAreRefused() throws Exception {
        String someCommit = head(breda).orElseThrow();
        Files.writeString(roosendaal.region().resolve(".gitmodules"),
                "[submodule \"extern\"]\n\tpath = extern\n\turl = ../extern\n");
        GIT.ok(roosendaal.region(), "update-index", "--add", "--cacheinfo", "160000," + someCommit + ",extern");
        GIT.ok(roosendaal.region(), "add", ".gitmodules");
        String bad = indexCommit();

        Refusal refusal = refusedButTheOthersMerged(bad, Rule.PLAN_LAYOUT);

        assertEquals(List.of(".gitmodules"), refusal.subject());
    }

    @Test
    void aGitlinkAloneIsRefused() throws Exception {
        GIT.ok(roosendaal.region(), "update-index", "--add", "--cacheinfo",
                "160000," + head(breda).orElseThrow() + ",actions/GM1674-extern");
        String bad = indexCommit();

        Refusal refusal = refusedButTheOthersMerged(bad, Rule.REGULAR_FILES);

        assertEquals(List.of("actions/GM1674-extern", "160000"), refusal.subject());
    }

    @Test
    void aGitattributesFileIsRefused() throws Exception {
        Files.writeString(roosendaal.region().resolve(".gitattributes"), "* text eol=crlf\n");
        String bad = plainCommit();

        Refusal refusal = refusedButTheOthersMerged(bad, Rule.PLAN_LAYOUT);

        assertEquals(List.of(".gitattributes"), refusal.subject());
        assertFalse(Files.exists(breda.region().resolve(".gitattributes")));
        assertTrue(region.sync(breda).regions().get(0).failure().isEmpty());
        assertFalse(read(breda, Actions.FONDS).contains("\r"), "Breda's files keep their line ends");
    }

    @Test
    void filesOutsideThePlansLayoutAreRefused() throws Exception {
        Files.createDirectories(roosendaal.region().resolve(".veerkracht"));
        Files.writeString(roosendaal.region().resolve(".veerkracht/index.cfg"), "url = jdbc:h2:/tmp/gestolen\n");
        String bad = plainCommit();

        Refusal refusal = refusedButTheOthersMerged(bad, Rule.PLAN_LAYOUT);

        assertEquals(List.of(".veerkracht/"), refusal.subject());
    }

    @Test
    void aFileThatIsTooLargeIsRefused() throws Exception {
        Files.write(roosendaal.region().resolve("actions/GM1674-groot.yaml"), new byte[1024 * 1024 + 1]);
        String bad = plainCommit();

        Refusal refusal = refusedButTheOthersMerged(bad, Rule.FILE_SIZE);

        assertEquals(List.of("actions/GM1674-groot.yaml", "1048577 bytes"), refusal.subject());
    }

    @Test
    void tooManyFilesAreRefused() throws Exception {
        Path needs = Files.createDirectories(roosendaal.region().resolve("needs"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(needs.resolve("GM1674-n" + i + ".yaml"), "id: GM1674-n" + i + "\n");
        }
        String bad = plainCommit();

        Refusal refusal = refusedButTheOthersMerged(bad, Rule.FILE_COUNT);

        assertTrue(Integer.parseInt(refusal.subject().get(0)) > 10_000, refusal::toString);
    }

    @Test
    void aRegionWhoseCoordinatorRaisedTheLimitTakesInMoreFiles() throws Exception {
        write(breda, "plan.yaml", read(breda, "plan.yaml") + "max_files: 20000\n");
        region.commit(breda, "Ruimte voor meer behoeften");
        region.sync(roosendaal);
        assertTrue(read(roosendaal, "plan.yaml").contains("max_files: 20000"));
        Path needs = Files.createDirectories(roosendaal.region().resolve("needs"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(needs.resolve("GM1674-n" + i + ".yaml"), "id: GM1674-n" + i + "\ntitle: Behoefte " + i
                    + "\n");
        }
        String many = plainCommit();

        RegionSyncReport report = region.sync(breda);

        SourceReport fromRoosendaal = source(report, "GM1674");
        assertEquals(SourceReport.Status.MERGED, fromRoosendaal.status(),
                () -> fromRoosendaal.status() + " " + fromRoosendaal.refusal());
        assertTrue(GIT.ok(breda.region(), "merge-base", "--is-ancestor", many, "HEAD").isEmpty(),
                "Roosendaal's commit is in Breda's history");
        assertTrue(Files.isRegularFile(breda.region().resolve("needs/GM1674-n9999.yaml")));
        GIT.assertFsckClean(breda.region());
    }

    @Test
    void aMalformedCommitOnTheHubIsRefusedAndNothingIsPushed() throws Exception {
        Path hub = temp.resolve("hub.git");
        GIT.ok(temp, "clone", "-q", "--bare", breda.region().toString(), hub.toString());
        String bad = malformed("author garbage\n" + AUTHORED);
        GIT.ok(roosendaal.region(), "push", "-q", hub.toString(), "main");
        write(breda, "plan.yaml", read(breda, "plan.yaml") + "hub: " + hub + "\n");
        region.commit(breda, "Met een hub");

        RegionSyncReport report = region.sync(breda);

        RegionReport only = report.regions().get(0);
        assertEquals(SyncOutcome.REFUSED, report.outcome(), report::toString);
        assertEquals(Rule.WELL_FORMED, source(report, RegionSync.HUB).refusal().orElseThrow().rule());
        assertEquals(Optional.of(RegionReport.PushResult.NOT_TRIED), only.push());
        assertNothingKept(bad);
    }

    @Test
    void joiningARegionWhoseHistoryBreaksATreeRuleIsRefused() throws Exception {
        Files.writeString(roosendaal.region().resolve("README.md"), "# West-Brabant\n");
        plainCommit();
        RegionFixture.Member bergen = region.municipality("GM0748", "Bergen op Zoom");

        RefusedException refused = assertThrows(RefusedException.class, () -> region.join(bergen, roosendaal.region()));

        assertEquals(Rule.PLAN_LAYOUT, refused.refusal().rule());
        assertFalse(Files.exists(bergen.region()));
    }
}
