package nl.veerkracht.merge;

import static nl.veerkracht.junit.Documents.edit;
import static nl.veerkracht.junit.Documents.list;
import static nl.veerkracht.junit.Documents.map;
import static nl.veerkracht.junit.Documents.node;
import static nl.veerkracht.junit.Documents.text;
import static nl.veerkracht.merge.WestBrabant.KHN;
import static nl.veerkracht.merge.WestBrabant.LOKET;
import static nl.veerkracht.merge.WestBrabant.OBSERVATIONS;
import static nl.veerkracht.merge.WestBrabant.TERRASSEN;
import static nl.veerkracht.merge.WestBrabant.TERUGVAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.PlanSnapshot;

import org.junit.jupiter.api.Test;

class SemanticDiffTest {

    private final PlanSnapshot base = WestBrabant.base();

    @Test
    void fieldChangesOfAnActionReadAsOneLine() {
        PlanSnapshot after = edit(ThreeWayMergeTest.setBudget(base, 15000), TERRASSEN,
                action -> action.with("term", node("medium")));

        PlanDiff diff = SemanticDiff.between(base, after);

        assertEquals(1, diff.entities().size());
        EntityChange change = diff.entities().get(0);
        assertEquals(EntityChange.Type.MODIFIED, change.type());
        assertEquals("GM0758-terrassen-verruimen", change.entityId());
        assertEquals("budget.amount 10000 -> 15000; term short -> medium", change.summary());
        assertEquals(new FieldChange(FieldPath.parse("budget.amount"), FieldChange.Kind.CHANGED, Optional.of(node(10000)),
                Optional.of(node(15000))), change.fields().get(0));
    }

    @Test
    void setsReportTheValuesAddedAndRemoved() {
        PlanSnapshot after = edit(base, TERRASSEN, action -> action.with("themes", list("circulariteit", "digitalisering"))
                .with("participants", list("GM0758", "GM0777", "GM0760")));

        assertEquals("participants +GM0760; themes +digitalisering; themes -innovatie",
                SemanticDiff.between(base, after).entities().get(0).summary());
    }

    @Test
    void keyedListsReportElementsAddedRemovedAndChangedAndAReorder() {
        PlanSnapshot after = edit(base, TERUGVAL, scenario -> scenario.with("runbook", list(
                map("id", "persbericht", "what", "Persbericht"),
                map("id", "raad-informeren", "what", "Raad informeren over inzet", "who", "A. Jansen", "within_days", 5))));
        PlanSnapshot reordered = edit(base, TERUGVAL, scenario -> scenario.with("runbook", list(
                ((ListNode) scenario.get("runbook").orElseThrow()).items().get(1),
                ((ListNode) scenario.get("runbook").orElseThrow()).items().get(0))));

        assertEquals("runbook[loket-opschalen] {id: loket-opschalen, what: Ondernemersloket opschalen, "
                + "who: economische-zaken, within_days: 2} -> (none); "
                + "runbook[persbericht] (none) -> {id: persbericht, what: Persbericht}; "
                + "runbook[raad-informeren].within_days 7 -> 5",
                SemanticDiff.between(base, after).entities().get(0).summary());
        assertEquals("runbook reordered", SemanticDiff.between(base, reordered).entities().get(0).summary());
    }

    @Test
    void observationsAreKeyedByPeriod() {
        PlanSnapshot after = base.with(OBSERVATIONS, list(map("period", "2025", "value", 14425, "source", "cbs"),
                map("period", "2026-Q1", "value", 14510, "source", "cbs")));

        List<FieldChange> changes = SemanticDiff.between(base, after).entities().get(0).fields();

        assertEquals("[2025].value 14420 -> 14425", changes.get(0).toString());
        assertEquals("vestigingen", SemanticDiff.between(base, after).entities().get(0).entityId());
    }

    @Test
    void entitiesAddedAndRemovedAreReportedByPathInOrder() {
        MapNode fonds = map("id", "GM0758-binnenstadfonds", "title", "Binnenstadfonds", "term", "long");
        PlanSnapshot after = base.without(LOKET).with("actions/GM0758-binnenstadfonds.yaml", fonds)
                .with(KHN, ((MapNode) base.document(KHN).orElseThrow()).without("role"));

        PlanDiff diff = SemanticDiff.between(base, after);

        assertEquals("actions/GM0758-binnenstadfonds.yaml: added\n" + LOKET + ": removed\n"
                + KHN + ": role vertegenwoordigt horecaondernemers -> (none)", diff.toString());
        assertEquals(Optional.of(fonds), diff.entity("actions/GM0758-binnenstadfonds.yaml").orElseThrow().after());
    }

    @Test
    void equalSnapshotsHaveNoDifferences() {
        assertTrue(SemanticDiff.between(base, WestBrabant.base()).isEmpty());
    }

    @Test
    void multiLineTextIsOneChangeAndRepeatedValuesCountAsAnotherArrangement() {
        PlanSnapshot after = edit(base, TERRASSEN, action -> action.with("description", text("Ruimere terrassen."))
                .with("needs", list("liquiditeit-horeca", "liquiditeit-horeca")));

        assertEquals("description \"Tijdelijk ruimere terrassen in de binnenstad.\\nZonder extra leges.\\n"
                + "Handhaving met de horeca afgestemd.\\n\" -> \"Ruimere terrassen.\\n\"; needs reordered",
                SemanticDiff.between(base, after).entities().get(0).summary());
    }
}
