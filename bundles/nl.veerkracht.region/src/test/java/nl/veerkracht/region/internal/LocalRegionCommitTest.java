package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.head;
import static nl.veerkracht.region.internal.RegionFixture.read;
import static nl.veerkracht.region.internal.RegionFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.store.InvalidPlanException;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;

/**
 * {@code commit --repo region/<id>} runs the region's rules on incoming changes on the new commit before it is
 * recorded, as every other member will: what they would refuse is refused where it is made, naming the rule,
 * and nothing is recorded (no ref reaches the commit, the branch and the index stay, the edit stays in the
 * working tree). Breda (GM0758) coordinates; Roosendaal (GM1674) does not take part in the vouchers.
 */
class LocalRegionCommitTest extends WestBrabantTest {

    /** C git as a plain Git user, in an empty home of its own. */
    private static final CGit GIT = CGit.inTemporaryHome();

    @BeforeEach
    void bindTheRegionsCommitCheck() throws Exception {
        // as Declarative Services binds it in the product
        region.store.addCommitCheck(new RegionCommitRules());
    }

    private void edit(RegionFixture.Member member, String path, String from, String to) throws Exception {
        String text = read(member, path);
        assertTrue(text.contains(from), () -> from + " in " + text);
        write(member, path, text.replace(from, to));
    }

    /** {@code member}'s commit is refused for {@code rule}, and nothing of it is recorded. */
    private RefusedException refused(RegionFixture.Member member, Rule rule) throws Exception {
        String before = head(member).orElseThrow();
        String status = GIT.ok(member.region(), "status", "--porcelain");
        String staged = GIT.ok(member.region(), "ls-files", "--stage");
        RefusedException refused = assertThrows(RefusedException.class, () -> region.commit(member, "Bewerkt"));
        assertEquals(rule, refused.refusal().rule(), refused.refusal()::toString);
        assertEquals(before, head(member).orElseThrow(), "main did not move");
        assertEquals(status, GIT.ok(member.region(), "status", "--porcelain"), "the edit stays, unstaged");
        assertEquals(staged, GIT.ok(member.region(), "ls-files", "--stage"), "the index stays");
        assertFalse(Files.exists(member.region().resolve(".git/index.lock")));
        String commit = refused.refusal().commit();
        assertEquals("", GIT.ok(member.region(), "for-each-ref", "--contains", commit), "no ref reaches " + commit);
        assertFalse(GIT.ok(member.region(), "rev-list", "--all", "--reflog").contains(commit), "nor a reflog");
        GIT.assertFsckClean(member.region());
        return refused;
    }

    @Test
    void aNonParticipantsEditOfASharedActionIsRefusedWhereItIsMade() throws Exception {
        edit(roosendaal, Actions.VOUCHERS, "status: planned", "status: running");
        RefusedException refused = refused(roosendaal, Rule.PARTICIPANT);
        assertEquals(" M " + Actions.VOUCHERS + "\n", GIT.ok(roosendaal.region(), "status", "--porcelain"));
        assertEquals("niets vastgelegd in region/west-brabant: de andere leden zouden deze commit weigeren, want hij"
                + " overtreedt een regel van de regio (alleen deelnemers wijzigen een gedeelde actie): "
                + Actions.VOUCHERS + " status", refused.describe(Locale.forLanguageTag("nl")));
        assertEquals("nothing recorded in region/west-brabant: the other members would refuse this commit, because it"
                + " breaks a rule of the region (only participants change a shared action): " + Actions.VOUCHERS
                + " status", refused.describe(Locale.ENGLISH));

        // taking the edit back and making one Roosendaal may make: recorded, and every peer takes it
        write(roosendaal, Actions.VOUCHERS, Actions.vouchers());
        edit(roosendaal, Actions.FONDS, "term: medium", "term: long");
        String commit = region.commit(roosendaal, "Fonds voor de lange termijn").commitId();
        assertEquals(commit, head(roosendaal).orElseThrow());
        assertEquals("", GIT.ok(roosendaal.region(), "status", "--porcelain"));
        for (RegionFixture.Member peer : List.of(breda, ettenLeur)) {
            RegionSyncReport report = region.sync(peer);
            assertEquals(SyncOutcome.DONE, report.outcome(), report::toString);
            assertEquals(commit, head(peer).orElseThrow(), report::toString);
            GIT.assertFsckClean(peer.region());
        }
        GIT.assertFsckClean(roosendaal.region());
    }

    @Test
    void aFileThatEveryMembersFetchRefusesIsAFindingWhereItIsMade() throws Exception {
        write(ettenLeur, "README.md", "Ons deel van de regio\n");
        String before = head(ettenLeur).orElseThrow();
        InvalidPlanException invalid = assertThrows(InvalidPlanException.class, () -> region.commit(ettenLeur, "Leesmij"));
        assertEquals(List.of("README.md workingTree.outsideLayout"),
                invalid.problems().stream().map(problem -> problem.path() + " " + problem.key()).toList());
        assertEquals(before, head(ettenLeur).orElseThrow(), "main did not move");
        GIT.assertFsckClean(ettenLeur.region());
    }

    @Test
    void onlyTheCoordinatorChangesTheMembershipAndOnlyAMemberItsContribution() throws Exception {
        edit(ettenLeur, "plan.yaml", "    name: Roosendaal\n", "    name: Gemeente Roosendaal\n");
        RefusedException membership = refused(ettenLeur, Rule.COORDINATOR);
        assertTrue(membership.describe(Locale.ENGLISH).endsWith(
                "(only the coordinator changes the membership): plan.yaml members[GM1674].name"),
                membership.describe(Locale.ENGLISH));
        write(ettenLeur, "plan.yaml", read(breda, "plan.yaml"));

        edit(ettenLeur, Actions.FONDS, "GM0758: 20000", "GM0758: 40000");
        refused(ettenLeur, Rule.OWN_CONTRIBUTION);

        // the coordinator may rename a member
        edit(breda, "plan.yaml", "    name: Roosendaal\n", "    name: Gemeente Roosendaal\n");
        region.commit(breda, "Naam van Roosendaal");
        GIT.assertFsckClean(breda.region());
    }

    @Test
    void aCommitThatTheCheckRefusesCanBeMadeOnceFixedAndTheOwnPlanIsNotChecked() throws Exception {
        edit(roosendaal, Actions.VOUCHERS, "status: planned", "status: running");
        refused(roosendaal, Rule.PARTICIPANT);
        refused(roosendaal, Rule.PARTICIPANT);
        write(roosendaal, Actions.VOUCHERS, Actions.vouchers());
        assertEquals("commit.nothing", assertThrows(StoreException.class,
                () -> region.commit(roosendaal, "Niets")).key());

        // the regional rules are for regional plans only
        Path action = roosendaal.workspace().directoryOf(RepositoryName.PLAN)
                .resolve("actions/winkels.yaml");
        Files.createDirectories(action.getParent());
        Files.writeString(action, "id: winkels\ntitle: Winkels\nterm: short\nstatus: running\n");
        region.store.commit(roosendaal.workspace(), RepositoryName.PLAN, "Winkels",
                Optional.of(roosendaal.author()));
    }
}
