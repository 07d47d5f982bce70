package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.read;
import static nl.veerkracht.region.internal.RegionFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;

/**
 * Every rule on incoming changes: a tip with a commit that breaks one is refused whole, and the receiving
 * member's branch and tree do not move. Breda (GM0758) coordinates; Etten-Leur (GM0777) and Roosendaal
 * (GM1674) are members; Roosendaal does not take part in the vouchers.
 */
class IncomingRulesTest extends WestBrabantTest {

    /** C git as a plain Git user, in an empty home of its own. */
    private static final CGit GIT = CGit.inTemporaryHome();

    /** Breda syncs: Roosendaal's tip is refused for {@code rule}, and Breda's branch and tree stay. */
    private Refusal refusedByBreda(Rule rule) {
        return region.refused(breda, "GM1674", rule);
    }

    private String edit(RegionFixture.Member member, String path, String from, String to) throws Exception {
        String text = read(member, path);
        assertTrue(text.contains(from), () -> from + " in " + text);
        write(member, path, text.replace(from, to));
        return region.commit(member, "Bewerkt").commitId();
    }

    /** A commit written straight into a member's clone, past Veerkracht's own checks, as a plain Git user could. */
    private String plainCommit(RegionFixture.Member member, Map<String, String> changes, String municipality)
            throws Exception {
        try (PlanRepository git = PlanRepository.open(member.region())) {
            String head = git.head().orElseThrow();
            Map<String, byte[]> files = new TreeMap<>(git.filesAt(head));
            changes.forEach((path, content) -> {
                if (content == null) {
                    files.remove(path);
                } else {
                    files.put(path, content.getBytes(StandardCharsets.UTF_8));
                }
            });
            String commit = git.writeCommit(files, List.of(head), "Met de hand", member.author(), municipality);
            git.advanceBranch(Optional.of(head), commit, temp.resolve("state-" + member.code()));
            return commit;
        }
    }

    @Test
    void aParticipantsEditIsMerged() throws Exception {
        edit(roosendaal, Actions.FONDS, "status: planned", "status: running");
        RegionSyncReport report = region.sync(breda);
        assertEquals(SyncOutcome.DONE, report.outcome(), report::toString);
        assertTrue(read(breda, Actions.FONDS).contains("status: running"));
    }

    @Test
    void aMemberChangesASharedActionOnlyIfItTakesPart() throws Exception {
        String commit = edit(roosendaal, Actions.VOUCHERS, "status: planned", "status: running");
        Refusal refusal = refusedByBreda(Rule.PARTICIPANT);
        assertEquals(commit, refusal.commit());
        assertEquals(Optional.of("GM1674"), refusal.municipality());
        assertEquals(List.of(Actions.VOUCHERS, "status"), refusal.subject());
    }

    @Test
    void aNewActionIsAllowedToAnyMember() throws Exception {
        write(roosendaal, "actions/GM1674-fietsroute.yaml", Actions.action("GM1674-fietsroute", "Fietsroute",
                "GM1674", List.of("GM1674"), "GM1674: 5000"));
        region.commit(roosendaal, "Fietsroute");
        assertEquals(SyncOutcome.DONE, region.sync(breda).outcome());
        assertTrue(Files.exists(breda.region().resolve("actions/GM1674-fietsroute.yaml")));
    }

    @Test
    void onlyTheLeadMunicipalityDeletesASharedAction() throws Exception {
        Files.delete(roosendaal.region().resolve(Actions.FONDS));
        region.commit(roosendaal, "Fonds weg");
        Refusal refusal = refusedByBreda(Rule.DELETE_BY_LEAD);
        assertEquals(List.of(Actions.FONDS), refusal.subject());

        Files.delete(breda.region().resolve(Actions.VOUCHERS));
        region.commit(breda, "Vouchers weg");
        RegionSyncReport byTheLead = region.sync(ettenLeur);
        assertEquals(SourceReport.Status.FAST_FORWARDED, RegionFixture.source(byTheLead, "GM0758").status(), byTheLead::toString);
    }

    @Test
    void onlyTheCoordinatorChangesTheMembership() throws Exception {
        edit(roosendaal, "plan.yaml", "    name: Roosendaal\n", "    name: Gemeente Roosendaal\n");
        Refusal refusal = refusedByBreda(Rule.COORDINATOR);
        assertEquals(List.of("plan.yaml", "members[GM1674].name"), refusal.subject());
    }

    @Test
    void aMembersOwnContributionIsChangedOnlyByThatMember() throws Exception {
        edit(roosendaal, Actions.FONDS, "GM0758: 20000", "GM0758: 40000");
        Refusal refusal = refusedByBreda(Rule.OWN_CONTRIBUTION);
        assertEquals(List.of(Actions.FONDS, "contributions.GM0758"), refusal.subject());
    }

    @Test
    void aMemberAddsItsOwnContribution() throws Exception {
        edit(roosendaal, Actions.FONDS, "GM0758: 20000\n", "GM0758: 20000\n  GM1674: 7500\n");
        assertEquals(SyncOutcome.DONE, region.sync(breda).outcome());
        assertTrue(read(breda, Actions.FONDS).contains("GM1674: 7500"));
    }

    @Test
    void onlyMembersCommit() throws Exception {
        plainCommit(roosendaal, Map.of(Actions.FONDS, Actions.fonds().replace("status: planned", "status: done")),
                "GM0826");
        Refusal refusal = refusedByBreda(Rule.MEMBER);
        assertEquals(Optional.of("GM0826"), refusal.municipality());
    }

    @Test
    void aCommitWithoutItsMunicipalityIsRefused() throws Exception {
        write(roosendaal, "actions/GM1674-fietsroute.yaml", Actions.action("GM1674-fietsroute", "Fietsroute",
                "GM1674", List.of("GM1674")));
        GIT.ok(roosendaal.region(), "add", "actions");
        GIT.ok(roosendaal.region(), "commit", "-q", "-m", "Fietsroute, zonder gemeente");
        Refusal refusal = refusedByBreda(Rule.MUNICIPALITY);
        assertEquals(Optional.empty(), refusal.municipality());
    }

    @Test
    void aCommitWithAnInvalidFileIsRefused() throws Exception {
        plainCommit(roosendaal, Map.of(Actions.FONDS, Actions.fonds().replace("term: medium", "term: kort")), "GM1674");
        Refusal refusal = refusedByBreda(Rule.VALID_FILES);
        assertEquals(Actions.FONDS, refusal.problem().orElseThrow().path());
    }

    @Test
    void aTipThatIsInvalidAsAWholeIsRefused() throws Exception {
        // each file is fine on its own, but the action names a participant that is no member
        plainCommit(roosendaal, Map.of(Actions.FONDS, Actions.fonds().replace("  - GM1674\n", "  - GM1674\n  - GM0826\n")),
                "GM1674");
        Refusal refusal = refusedByBreda(Rule.VALID_FILES);
        assertEquals(Actions.FONDS, refusal.problem().orElseThrow().path());
    }

    @Test
    void aTipIsRefusedWholeEvenWhenOnlyAnEarlierCommitBreaksARule() throws Exception {
        String offending = edit(roosendaal, Actions.VOUCHERS, "status: planned", "status: running");
        edit(roosendaal, Actions.FONDS, "status: planned", "status: running");
        Refusal refusal = refusedByBreda(Rule.PARTICIPANT);
        assertEquals(offending, refusal.commit(), "the offending commit is named, not the tip");
        assertTrue(read(breda, Actions.FONDS).contains("status: planned"), "the good commit is not merged either");
    }

    @Test
    void anUnrelatedHistoryIsRefused() throws Exception {
        Path elsewhere = temp.resolve("elsewhere");
        try (PlanRepository other = PlanRepository.create(elsewhere)) {
            Files.writeString(elsewhere.resolve("plan.yaml"), read(roosendaal, "plan.yaml"));
            other.commitWorkingTree("Ander begin", new Author("X", "x@example.nl"), "GM0758");
            try (PlanRepository git = PlanRepository.open(roosendaal.region())) {
                String tip = git.fetch(elsewhere.toString(), "elsewhere").orElseThrow();
                git.advanceBranch(git.head(), tip, temp.resolve("state-elsewhere"));
            }
        }
        refusedByBreda(Rule.HISTORY);
    }

    @Test
    void aMergeCommitThatPicksASideOfAConflictIsNotItsAuthorsOwnEdit() throws Exception {
        // Roosendaal does not take part in the vouchers; Breda and Etten-Leur change the same field of it
        edit(breda, Actions.VOUCHERS, "amount: 50000", "amount: 60000");
        edit(ettenLeur, Actions.VOUCHERS, "amount: 50000", "amount: 70000");
        assertEquals(SyncOutcome.CONFLICTS, region.sync(ettenLeur).outcome());
        assertEquals(SyncOutcome.CONFLICTS, region.sync(roosendaal).outcome());
        var pending = region.regions.conflicts(roosendaal.workspace());
        assertEquals(1, pending.size(), pending::toString);
        var open = pending.get(0).open();
        assertEquals(List.of("GM0758-vouchers budget.amount 60000/70000"), open.stream()
                .map(conflict -> conflict.conflict().entityId() + " " + conflict.conflict().field() + " "
                        + conflict.conflict().ours().orElseThrow() + "/" + conflict.conflict().theirs().orElseThrow())
                .toList());
        region.regions.resolve(roosendaal.workspace(), open.get(0).conflict().entityId(), open.get(0).conflict().field(),
                nl.veerkracht.region.ResolutionChoice.theirs(), Optional.empty());
        assertEquals(SyncOutcome.DONE, region.sync(roosendaal).outcome());

        RegionSyncReport report = region.sync(breda);
        assertEquals(SyncOutcome.DONE, report.outcome(), report::toString);
        assertTrue(read(breda, Actions.VOUCHERS).contains("amount: 70000"), "Breda takes the merge Roosendaal settled");
    }

    @Test
    void aMergeCommitThatAuthorsANewValueIsChecked() throws Exception {
        edit(breda, Actions.VOUCHERS, "amount: 50000", "amount: 60000");
        edit(ettenLeur, Actions.VOUCHERS, "amount: 50000", "amount: 70000");
        region.sync(ettenLeur);
        RegionSyncReport conflicted = region.sync(roosendaal);
        assertEquals(SyncOutcome.CONFLICTS, conflicted.outcome(), conflicted::toString);
        region.regions.resolve(roosendaal.workspace(), "GM0758-vouchers",
                nl.veerkracht.model.document.FieldPath.parse("budget.amount"),
                nl.veerkracht.region.ResolutionChoice.value("65000"), Optional.empty());
        assertEquals(SyncOutcome.DONE, region.sync(roosendaal).outcome());
        Refusal refusal = refusedByBreda(Rule.PARTICIPANT);
        assertEquals(List.of(Actions.VOUCHERS, "budget.amount"), refusal.subject());
    }
}
