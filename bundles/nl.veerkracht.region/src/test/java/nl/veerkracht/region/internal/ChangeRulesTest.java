package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.merge.SemanticDiff;
import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.region.Rule;

/** The rules on what a member may change, as pure functions of one commit's edits. */
class ChangeRulesTest {

    private static final RegionalPlan PLAN = new RegionalPlan("west-brabant", "West-Brabant", Optional.of("PV30"),
            Optional.of("GM0758"), Optional.of(false), List.of(
                    new RegionMember("GM0758", "Breda", Optional.empty(), Optional.empty(), Optional.empty()),
                    new RegionMember("GM0777", "Etten-Leur", Optional.empty(), Optional.empty(), Optional.empty()),
                    new RegionMember("GM1674", "Roosendaal", Optional.empty(), Optional.empty(), Optional.empty())));

    private static final String FONDS = "actions/GM0758-fonds.yaml";

    private static MapNode action(Map<String, Long> contributions, String status) {
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("id", ScalarNode.string("GM0758-fonds"));
        fields.put("title", ScalarNode.string("Fonds"));
        fields.put("status", ScalarNode.string(status));
        fields.put("lead_municipality", ScalarNode.string("GM0758"));
        fields.put("participants", ListNode.of(List.of(ScalarNode.string("GM0758"), ScalarNode.string("GM0777"))));
        Map<String, Node> amounts = new LinkedHashMap<>();
        contributions.forEach((code, amount) -> amounts.put(code, ScalarNode.integer(amount)));
        fields.put("contributions", MapNode.of(amounts));
        return MapNode.of(fields);
    }

    private static Optional<Rule> check(String municipality, Optional<Node> before, Optional<Node> after) {
        EntityEdit edit = new EntityEdit(FONDS, List.of(before), before, after,
                before.isPresent() && after.isPresent() ? SemanticDiff.fields(before.get(), after.get()) : List.of());
        return ChangeRules.check(municipality, List.of(PLAN), List.of(edit)).map(ChangeRules.Breach::rule);
    }

    @Test
    void participantsChangeSharedActionsAndTheirOwnContribution() {
        MapNode before = action(Map.of("GM0758", 20000L), "planned");
        assertEquals(Optional.empty(), check("GM0777", Optional.of(before),
                Optional.of(action(Map.of("GM0758", 20000L), "running"))));
        assertEquals(Optional.empty(), check("GM0777", Optional.of(before),
                Optional.of(action(Map.of("GM0758", 20000L, "GM0777", 5000L), "planned"))));
        assertEquals(Optional.of(Rule.OWN_CONTRIBUTION), check("GM0777", Optional.of(before),
                Optional.of(action(Map.of("GM0758", 1L), "planned"))));
        assertEquals(Optional.of(Rule.PARTICIPANT), check("GM1674", Optional.of(before),
                Optional.of(action(Map.of("GM0758", 20000L), "running"))));
    }

    @Test
    void anyoneCreatesOnlyTheLeadDeletes() {
        MapNode fonds = action(Map.of("GM1674", 100L), "planned");
        assertEquals(Optional.empty(), check("GM1674", Optional.empty(), Optional.of(fonds)));
        assertEquals(Optional.of(Rule.OWN_CONTRIBUTION), check("GM0777", Optional.empty(), Optional.of(fonds)),
                "a new action carries only its creator's contribution");
        assertEquals(Optional.of(Rule.DELETE_BY_LEAD), check("GM0777", Optional.of(fonds), Optional.empty()));
        assertEquals(Optional.empty(), check("GM0758", Optional.of(fonds), Optional.empty()));
    }
}
