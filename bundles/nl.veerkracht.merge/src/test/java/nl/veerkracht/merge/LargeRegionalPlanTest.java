package nl.veerkracht.merge;

import static nl.veerkracht.junit.Documents.list;
import static nl.veerkracht.junit.Documents.map;
import static nl.veerkracht.junit.Documents.node;
import static nl.veerkracht.junit.Documents.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;

import org.junit.jupiter.api.Test;

/**
 * The shape of the sync benchmark: a regional plan of 10,000 actions, 1,000 changed on each side, 500
 * of them on both (different fields, 50 of them the same field differently). Every snapshot is built
 * on its own, so unchanged actions are equal but never the same instance, as when each is read from
 * Git separately.
 */
class LargeRegionalPlanTest {

    private static final int ACTIONS = 10_000;

    @Test
    void mergesTwoBranchesOfATenThousandActionPlan() {
        PlanSnapshot base = plan(Map.of());
        Map<Integer, MapNode> ourChanges = new LinkedHashMap<>();
        Map<Integer, MapNode> theirChanges = new LinkedHashMap<>();
        for (int i = 0; i < 1_000; i++) {
            ourChanges.put(i * 10, action(i * 10).with("status", node("done")));
            int their = i < 500 ? i * 10 : i * 10 + 5;
            MapNode changed = action(their).with("term", node("long"));
            theirChanges.put(their, i < 50 ? changed.with("status", node("stopped")) : changed);
        }

        MergeResult result = ThreeWayMerge.merge(base, plan(ourChanges), plan(theirChanges));

        assertEquals(50, result.conflicts().size());
        assertEquals(node("done"), ThreeWayMergeTest.value(result, path(10), "status"));
        assertEquals(node("long"), ThreeWayMergeTest.value(result, path(10), "term"));
        assertEquals(node("long"), ThreeWayMergeTest.value(result, path(9_995), "term"));
        assertEquals(node("done"), ThreeWayMergeTest.value(result, path(9_990), "status"));
        assertEquals(ACTIONS, result.merged().size());
    }

    private static PlanSnapshot plan(Map<Integer, MapNode> changed) {
        Map<String, Node> documents = new LinkedHashMap<>();
        for (int i = 0; i < ACTIONS; i++) {
            documents.put(path(i), changed.containsKey(i) ? changed.get(i) : action(i));
        }
        return PlanSnapshot.of(documents);
    }

    private static String path(int i) {
        return "actions/GM0758-actie-" + i + ".yaml";
    }

    private static MapNode action(int i) {
        return map("id", "GM0758-actie-" + i, "title", "Actie " + i,
                "description", text("Een gedeelde actie van de regio.", "Nummer " + i + "."),
                "term", "short", "themes", list("innovatie", "digitalisering"),
                "budget", map("amount", 1000 * (i % 50), "source", "region"),
                "indicators", list(map("id", "bereik", "target", 100)), "status", "running",
                "participants", list("GM0758", "GM0777"), "contributions", map("GM0758", 500, "GM0777", 500));
    }
}
