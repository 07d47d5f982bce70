package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;

/** Whose commit a commit is, without Git: its trailer, else the one member whose emails take its author. */
class AttributionTest {

    private static RegionMember member(String code, String... emails) {
        return new RegionMember(code, code, Optional.empty(), Optional.empty(), Optional.empty(), List.of(emails));
    }

    private static RegionalPlan plan(RegionMember... members) {
        return new RegionalPlan("west-brabant", "West-Brabant", Optional.empty(), Optional.of("GM0758"),
                Optional.empty(), List.of(members));
    }

    private static final RegionalPlan WEST_BRABANT = plan(member("GM0758", "*@breda.nl"),
            member("GM0777", "*@etten-leur.nl", "*@west-brabant.nl"), member("GM1674", "*@west-brabant.nl",
                    "j.devries@breda.nl"));

    @Test
    void aTrailerTellsTheMunicipalityWhateverTheEmailSays() {
        assertEquals(new Attribution(Optional.of("GM1674"), false, List.of()),
                Attribution.of(Optional.of("GM1674"), "p.jansen@etten-leur.nl", List.of(WEST_BRABANT)));
    }

    @Test
    void withoutATrailerTheOneMemberWhoseEmailsTakeTheAuthorIsIt() {
        assertEquals(new Attribution(Optional.of("GM0777"), true, List.of("GM0777")),
                Attribution.of(Optional.empty(), "P.Jansen@Etten-Leur.nl", List.of(WEST_BRABANT)));
    }

    @Test
    void twoMembersThatTakeTheAuthorAreNone() {
        assertEquals(new Attribution(Optional.empty(), false, List.of("GM0777", "GM1674")),
                Attribution.of(Optional.empty(), "regio@west-brabant.nl", List.of(WEST_BRABANT)));
        assertEquals(new Attribution(Optional.empty(), false, List.of("GM0758", "GM1674")),
                Attribution.of(Optional.empty(), "j.devries@breda.nl", List.of(WEST_BRABANT)),
                "a domain and an exact address of two members are two members too");
    }

    @Test
    void noMemberThatTakesTheAuthorIsNone() {
        assertEquals(new Attribution(Optional.empty(), false, List.of()),
                Attribution.of(Optional.empty(), "gast@example.org", List.of(WEST_BRABANT)));
        assertEquals(new Attribution(Optional.empty(), false, List.of()),
                Attribution.of(Optional.empty(), "p.jansen@etten-leur.nl", List.of()), "no regional plan, no members");
    }

    @Test
    void theParentsOfAMergeCountAsOneMembershipUnlessTheyDisagree() {
        RegionalPlan moved = plan(member("GM0758", "*@breda.nl"), member("GM0777"), member("GM1674", "*@etten-leur.nl"));

        assertEquals(Optional.of("GM0758"),
                Attribution.of(Optional.empty(), "a@breda.nl", List.of(WEST_BRABANT, WEST_BRABANT, moved)).municipality());
        assertEquals(new Attribution(Optional.empty(), false, List.of("GM0777", "GM1674")),
                Attribution.of(Optional.empty(), "a@etten-leur.nl", List.of(WEST_BRABANT, moved)));
    }
}
