package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.read;
import static nl.veerkracht.region.internal.RegionFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.region.EditRules;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.RuleBreach;

/**
 * The region's rules told while a file is edited ({@code RegionService.editRules}, for the desktop client's
 * form) say exactly what {@code commit --repo region/<id>} then refuses: each edit is judged first, then
 * committed. Breda (GM0758) coordinates; Roosendaal (GM1674) does not take part in the vouchers.
 */
class EditRulesTest extends WestBrabantTest {

    @BeforeEach
    void bindTheRegionsCommitCheck() {
        region.store.addCommitCheck(new RegionCommitRules());
    }

    /** What the rules say of {@code member}'s edit, and what its commit then does: refused for that rule, or made. */
    private Optional<Rule> judgedAndCommitted(RegionFixture.Member member, String path, String from, String to)
            throws Exception {
        String text = read(member, path);
        String edited = text.replace(from, to);
        assertEquals(false, edited.equals(text), () -> from + " in " + text);
        EditRules rules = region.regions.editRules(member.workspace(), RegionFixture.REGION_REPOSITORY);
        Node document = PlanFiles.read(path, edited.getBytes(StandardCharsets.UTF_8));
        Optional<RuleBreach> breach = rules.check(path, Optional.of(document));

        write(member, path, edited);
        if (breach.isPresent()) {
            RefusedException refused = assertThrows(RefusedException.class, () -> region.commit(member, "Bewerkt"));
            assertEquals(breach.get().rule(), refused.refusal().rule());
            assertEquals(breach.get().subject(), refused.refusal().subject());
            write(member, path, text);
        } else {
            region.commit(member, "Bewerkt");
        }
        return breach.map(RuleBreach::rule);
    }

    @Test
    void aMemberChangesItsOwnContributionAndNoOneElses() throws Exception {
        EditRules rules = region.regions.editRules(ettenLeur.workspace(), RegionFixture.REGION_REPOSITORY);
        assertEquals("GM0777", rules.municipality());

        assertEquals(Optional.of(Rule.OWN_CONTRIBUTION),
                judgedAndCommitted(ettenLeur, Actions.FONDS, "GM0758: 20000", "GM0758: 40000"));
        assertEquals(Optional.empty(),
                judgedAndCommitted(ettenLeur, Actions.FONDS, "GM0758: 20000", "GM0758: 20000\n  GM0777: 5000"));
        assertEquals(Optional.empty(), judgedAndCommitted(ettenLeur, Actions.FONDS, "GM0777: 5000", "GM0777: 7500"));
        assertEquals(Optional.of(Rule.OWN_CONTRIBUTION),
                judgedAndCommitted(ettenLeur, Actions.FONDS, "GM0777: 7500", "GM0777: 7500\n  GM1674: 100"));
    }

    @Test
    void aNonParticipantChangesNothingOfASharedActionAndOnlyTheCoordinatorTheMembership() throws Exception {
        assertEquals(Optional.of(Rule.PARTICIPANT),
                judgedAndCommitted(roosendaal, Actions.VOUCHERS, "status: planned", "status: running"));
        assertEquals(Optional.empty(), judgedAndCommitted(roosendaal, Actions.FONDS, "term: medium", "term: long"));
        assertEquals(Optional.of(Rule.COORDINATOR),
                judgedAndCommitted(roosendaal, "plan.yaml", "    name: Roosendaal\n", "    name: Gemeente Roosendaal\n"));
        assertEquals(Optional.empty(),
                judgedAndCommitted(breda, "plan.yaml", "    name: Roosendaal\n", "    name: Gemeente Roosendaal\n"));
    }

    @Test
    void anUnchangedFileBreaksNothingAndABreachIsToldInWords() throws Exception {
        EditRules rules = region.regions.editRules(ettenLeur.workspace(), RegionFixture.REGION_REPOSITORY);
        Node fonds = PlanFiles.read(Actions.FONDS, read(ettenLeur, Actions.FONDS).getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), rules.check(Actions.FONDS, Optional.of(fonds)));

        RuleBreach deleted = rules.check(Actions.FONDS, Optional.empty()).orElseThrow();
        assertEquals(Rule.DELETE_BY_LEAD, deleted.rule());
        assertEquals(List.of(Actions.FONDS), deleted.subject());
        assertEquals(Optional.empty(), deleted.field());
        assertEquals("only the lead municipality deletes a shared action", deleted.describe(Locale.ENGLISH));
    }
}
