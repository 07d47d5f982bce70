package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.read;
import static nl.veerkracht.region.internal.RegionFixture.tree;
import static nl.veerkracht.region.internal.RegionFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.region.MissingMunicipality;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;

/**
 * Members who use plain Git: a commit without the trailer {@code Veerkracht-Municipality} is the member's whose
 * {@code emails} take its author, and then keeps every rule as that member's; one that no member's (or two
 * members') {@code emails} take is refused with the command that adds the trailer. Breda (GM0758) coordinates;
 * Etten-Leur (GM0777) and Roosendaal (GM1674) share {@code *@west-brabant.nl}; Roosendaal does not take part in
 * the vouchers.
 */
class PlainGitCommitsTest extends WestBrabantTest {

    @BeforeEach
    void listTheMembersEmails() throws Exception {
        write(breda, "plan.yaml", withEmails(read(breda, "plan.yaml"), Map.of("GM0758", List.of("*@breda.nl"),
                "GM0777", List.of("*@etten-leur.nl", "*@west-brabant.nl"),
                "GM1674", List.of("*@roosendaal.nl", "*@west-brabant.nl"))));
        region.commit(breda, "Wie met gewone Git werkt, herkennen we aan het e-mailadres");
        assertEquals(SyncOutcome.DONE, region.sync(ettenLeur).outcome());
        assertEquals(SyncOutcome.DONE, region.sync(roosendaal).outcome());
    }

    /** The regional plan.yaml with these {@code emails} for these members, written canonically. */
    static String withEmails(String planYaml, Map<String, List<String>> emails) throws Exception {
        MapNode plan = (MapNode) PlanFiles.read("plan.yaml", planYaml.getBytes(StandardCharsets.UTF_8));
        List<Node> members = new ArrayList<>();
        for (Node node : ((ListNode) plan.get("members").orElseThrow()).items()) {
            MapNode member = (MapNode) node;
            List<String> patterns = emails.get(((ScalarNode) member.get("code").orElseThrow()).text());
            members.add(patterns == null ? member
                    : member.with("emails", ListNode.of(patterns.stream().map(ScalarNode::string).toList())));
        }
        return new String(PlanFiles.write("plan.yaml", plan.with("members", ListNode.of(members))),
                StandardCharsets.UTF_8);
    }

    /**
     * A commit as plain Git makes it, with JGit's porcelain and no Veerkracht: the member's clone edited in
     * its working tree, committed by {@code author} without any trailer.
     */
    static String plainGitCommit(RegionFixture.Member member, String path, String from, String to, Author author)
            throws Exception {
        String text = read(member, path);
        assertTrue(text.contains(from), () -> from + " in " + text);
        write(member, path, text.replace(from, to));
        try (Git git = Git.open(member.region().toFile())) {
            git.add().addFilepattern(path).call();
            RevCommit commit = git.commit().setMessage("Met gewone Git bewerkt\n").setAuthor(author.name(), author.email())
                    .setCommitter(author.name(), author.email()).setSign(false).call();
            assertTrue(!commit.getFullMessage().contains("Veerkracht-Municipality"), commit::getFullMessage);
            return commit.name();
        }
    }

    private Refusal refusedByBreda(String from, Rule rule) {
        return region.refused(breda, from, rule);
    }

    @Test
    void aPlainGitCommitIsTheMembersWhoseEmailsTakeItsAuthorAndIsMergedAsItsOwn() throws Exception {
        String commit = plainGitCommit(ettenLeur, Actions.VOUCHERS, "status: planned", "status: running",
                new Author("Piet Jansen", "P.Jansen@Etten-Leur.nl"));
        write(breda, Actions.FONDS, read(breda, Actions.FONDS).replace("term: medium", "term: long"));
        region.commit(breda, "Fonds loopt langer");

        RegionSyncReport report = region.sync(breda);

        assertEquals(SyncOutcome.DONE, report.outcome(), report::toString);
        assertEquals(SourceReport.Status.MERGED, RegionFixture.source(report, "GM0777").status(), report::toString);
        assertTrue(read(breda, Actions.VOUCHERS).contains("status: running"));
        try (PlanRepository git = PlanRepository.open(breda.region())) {
            String merge = git.commit(git.head().orElseThrow()).message();
            assertTrue(merge.contains("- " + commit.substring(0, 10) + " Met gewone Git bewerkt (GM0777)\n"), merge);
        }
        assertEquals(SyncOutcome.DONE, region.sync(ettenLeur).outcome(), "Etten-Leur takes Breda's merge");
        assertEquals(tree(breda), tree(ettenLeur));
    }

    @Test
    void aPlainGitCommitWhoseAuthorNoMemberTakesIsRefusedWithTheCommandThatAddsTheTrailer() throws Exception {
        String commit = plainGitCommit(ettenLeur, Actions.VOUCHERS, "status: planned", "status: running",
                new Author("Gast", "gast@example.org"));

        Refusal refusal = refusedByBreda("GM0777", Rule.MUNICIPALITY);

        assertEquals(commit, refusal.commit());
        assertEquals(Optional.empty(), refusal.municipality());
        assertEquals(Optional.of(new Author("Gast", "gast@example.org")), refusal.author());
        MissingMunicipality missing = refusal.missingMunicipality().orElseThrow();
        assertEquals(new MissingMunicipality(List.of(), Optional.empty()), missing);
        assertEquals("git commit --amend --trailer \"Veerkracht-Municipality: GMxxxx\"", missing.amendCommand());
        assertEquals("the author's e-mail address belongs to no member (emails: in the regional plan.yaml)",
                missing.why(Locale.ENGLISH));
        assertEquals("the author adds the trailer with git commit --amend --trailer \"Veerkracht-Municipality: GMxxxx\","
                + " with their own municipality's code for GMxxxx, and then pushes the commit again"
                + " (git push --force-with-lease), because --amend makes it a new commit", missing.fix(Locale.ENGLISH));
        String joinRefused = new RefusedException(refusal).describe(Locale.ENGLISH);
        assertEquals("the regional plan is refused: commit " + commit.substring(0, 10) + " by Gast <gast@example.org>"
                + " has no Veerkracht-Municipality trailer and " + missing.why(Locale.ENGLISH) + "; "
                + missing.fix(Locale.ENGLISH), joinRefused);
        assertTrue(new RefusedException(refusal).describe(Locale.forLanguageTag("nl")).contains(
                "heeft geen trailer Veerkracht-Municipality en het e-mailadres van de auteur hoort bij geen lid"));
    }

    @Test
    void anAuthorThatTwoMembersEmailsTakeIsNoMembersAndIsRefused() throws Exception {
        plainGitCommit(ettenLeur, Actions.FONDS, "status: planned", "status: running",
                new Author("Regiobureau", "bureau@west-brabant.nl"));

        Refusal refusal = refusedByBreda("GM0777", Rule.MUNICIPALITY);

        assertEquals(Optional.empty(), refusal.municipality());
        assertEquals(List.of("GM0777", "GM1674"), refusal.subject());
        MissingMunicipality missing = refusal.missingMunicipality().orElseThrow();
        assertEquals("the author's e-mail address matches more than one member (GM0777, GM1674)",
                missing.why(Locale.ENGLISH));
        assertEquals("git commit --amend --trailer \"Veerkracht-Municipality: GMxxxx\"", missing.amendCommand());
    }

    @Test
    void theAuthorsEarlierCommitsWithATrailerTellTheCodeForTheCommand() throws Exception {
        // Etten-Leur's own Veerkracht commits carry GM0777 and its author's address, which no pattern takes
        write(ettenLeur, Actions.FONDS, read(ettenLeur, Actions.FONDS).replace("term: medium", "term: long"));
        region.commit(ettenLeur, "Met Veerkracht bewerkt");
        plainGitCommit(ettenLeur, Actions.VOUCHERS, "status: planned", "status: running", ettenLeur.author());

        Refusal refusal = refusedByBreda("GM0777", Rule.MUNICIPALITY);

        MissingMunicipality missing = refusal.missingMunicipality().orElseThrow();
        assertEquals(Optional.of("GM0777"), missing.likely());
        assertEquals("git commit --amend --trailer \"Veerkracht-Municipality: GM0777\"", missing.amendCommand());
        assertEquals("the author adds the trailer with git commit --amend --trailer \"Veerkracht-Municipality: GM0777\""
                + " and then pushes the commit again (git push --force-with-lease), because --amend makes it a new commit",
                missing.fix(Locale.ENGLISH));
    }

    @Test
    void aCommitAttributedByEmailKeepsTheRulesOfItsMember() throws Exception {
        // Roosendaal does not take part in the vouchers
        String commit = plainGitCommit(roosendaal, Actions.VOUCHERS, "status: planned", "status: running",
                new Author("Kees", "kees@roosendaal.nl"));

        Refusal refusal = refusedByBreda("GM1674", Rule.PARTICIPANT);

        assertEquals(commit, refusal.commit());
        assertEquals(Optional.of("GM1674"), refusal.municipality(), "the municipality the e-mail tells");
        assertEquals(List.of(Actions.VOUCHERS, "status"), refusal.subject());
        assertEquals(Optional.of(new Author("Kees", "kees@roosendaal.nl")), refusal.author());
        assertEquals(Optional.empty(), refusal.missingMunicipality());
    }

    @Test
    void aCommitWithATrailerIsItsTrailersWhateverItsAuthorsEmail() throws Exception {
        write(roosendaal, Actions.VOUCHERS, read(roosendaal, Actions.VOUCHERS).replace("status: planned", "status: done"));
        try (PlanRepository git = PlanRepository.open(roosendaal.region())) {
            git.commitWorkingTree("Met trailer", new Author("Piet", "piet@etten-leur.nl"), "GM1674");
        }

        Refusal refusal = refusedByBreda("GM1674", Rule.PARTICIPANT);

        assertEquals(Optional.of("GM1674"), refusal.municipality());
    }

    @Test
    void onlyTheCoordinatorChangesWhoseEmailsAreWhose() throws Exception {
        write(roosendaal, "plan.yaml", withEmails(read(roosendaal, "plan.yaml"),
                Map.of("GM1674", List.of("*@roosendaal.nl", "*@west-brabant.nl", "*@etten-leur.nl"))));
        region.commit(roosendaal, "Etten-Leur is ook van ons");

        Refusal refusal = refusedByBreda("GM1674", Rule.COORDINATOR);

        assertEquals(List.of("plan.yaml", "members[GM1674].emails"), refusal.subject());
    }
}
