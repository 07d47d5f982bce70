package nl.veerkracht.merge;

import static nl.veerkracht.junit.Documents.edit;
import static nl.veerkracht.junit.Documents.list;
import static nl.veerkracht.junit.Documents.map;
import static nl.veerkracht.junit.Documents.node;
import static nl.veerkracht.merge.ThreeWayMergeTest.setBudget;
import static nl.veerkracht.merge.ThreeWayMergeTest.value;
import static nl.veerkracht.merge.WestBrabant.LOKET;
import static nl.veerkracht.merge.WestBrabant.TERRASSEN;
import static nl.veerkracht.merge.WestBrabant.TERUGVAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.PlanSnapshot;

import org.junit.jupiter.api.Test;

/** Resolving conflicts the way {@code resolve <entity-id> <field-path> (--ours|--theirs|--value v)} does. */
class MergeResultTest {

    private final PlanSnapshot base = WestBrabant.base();
    private final PlanSnapshot ours = edit(setBudget(base, 15000), LOKET, action -> action.with("term", node("long")));
    private final PlanSnapshot theirs = edit(setBudget(base, 12500), LOKET, action -> action.with("term", node("short")));
    private final MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

    @Test
    void aConflictIsFoundByEntityIdAndFieldPathAsAUserTypesThem() {
        List<FieldConflict> found = result.conflictsOf("GM0758-terrassen-verruimen", FieldPath.parse("budget.amount"));

        assertEquals(1, found.size());
        assertEquals(TERRASSEN, found.get(0).path());
        assertEquals(found, result.conflictsOf(TERRASSEN, FieldPath.parse("budget.amount")), "by path too");
        assertEquals(Optional.of(found.get(0)), result.conflictAt(TERRASSEN, FieldPath.parse("budget.amount")));
        assertEquals(List.of(), result.conflictsOf("GM0758-terrassen-verruimen", FieldPath.parse("term")));
    }

    @Test
    void entitiesOfDifferentKindsWithOneIdAreAllFound() {
        String need = "needs/GM0758-terrassen-verruimen.yaml";
        PlanSnapshot withNeed = base.with(need, map("id", "GM0758-terrassen-verruimen", "title", "Ruimte voor terrassen"));
        MergeResult twoKinds = ThreeWayMerge.merge(withNeed,
                edit(edit(withNeed, need, n -> n.with("title", node("Meer terrasruimte"))), TERRASSEN,
                        action -> action.with("title", node("Terrassen ruimer"))),
                edit(edit(withNeed, need, n -> n.with("title", node("Terrasruimte"))), TERRASSEN,
                        action -> action.with("title", node("Ruimere terrassen"))));

        assertEquals(List.of(TERRASSEN, need), twoKinds.conflictsOf("GM0758-terrassen-verruimen", FieldPath.of("title"))
                .stream().map(FieldConflict::path).toList());
    }

    @Test
    void resolvingEveryConflictGivesTheFinalPlan() {
        FieldConflict budget = result.conflicts().get(0);
        FieldConflict term = result.conflicts().get(1);

        MergeResult half = result.resolve(Resolution.ours(budget));
        MergeResult done = half.resolve(Resolution.value(term, node("medium")));

        assertEquals(List.of(term), half.conflicts());
        assertThrows(IllegalStateException.class, half::result);
        assertTrue(done.isClean());
        assertEquals(edit(setBudget(base, 15000), LOKET, action -> action.with("term", node("medium"))), done.result());
        assertEquals(List.of(Resolution.ours(budget), Resolution.value(term, node("medium"))), done.resolutions());
    }

    @Test
    void storedResolutionsReplayedOnTheSameMergeGiveTheSamePlan() {
        List<Resolution> stored = List.of(
                new Resolution(LOKET, FieldPath.of("term"), Optional.of(node("short"))),
                new Resolution(TERRASSEN, FieldPath.parse("budget.amount"), Optional.of(node(14000))));

        PlanSnapshot replayed = ThreeWayMerge.merge(base, ours, theirs).resolve(stored).result();

        assertEquals(edit(setBudget(base, 14000), LOKET, action -> action.with("term", node("short"))), replayed);
    }

    @Test
    void aResolutionWhereNoConflictIsOpenIsRefusedAndChangesNothing() {
        FieldConflict budget = result.conflicts().get(0);
        Resolution stray = new Resolution(TERRASSEN, FieldPath.of("status"), Optional.of(node("done")));

        assertThrows(IllegalArgumentException.class, () -> result.resolve(stray));
        assertThrows(IllegalArgumentException.class,
                () -> result.resolve(List.of(Resolution.ours(budget), Resolution.theirs(budget))), "resolved twice");
        assertEquals(2, result.conflicts().size());
    }

    @Test
    void aFieldCanBeResolvedByDeletingIt() {
        FieldConflict term = result.conflicts().get(1);

        MergeResult resolved = result.resolve(Resolution.deletion(term));

        assertEquals(Optional.empty(), Fields.valueAt(resolved.merged(), LOKET, "term"));
    }

    @Test
    void aWholeEntityConflictIsResolvedByKeepingOrDeletingTheEntity() {
        PlanSnapshot edited = edit(base, LOKET, action -> action.with("status", node("running")));
        MergeResult deleted = ThreeWayMerge.merge(base, edited, base.without(LOKET));
        FieldConflict entity = deleted.conflicts().get(0);

        assertEquals(edited, deleted.resolve(Resolution.ours(entity)).result());
        assertEquals(base.without(LOKET), deleted.resolve(Resolution.theirs(entity)).result());
    }

    @Test
    void aValueForARunbookStepMustCarryTheStepsId() {
        MapNode step = map("id", "loket-opschalen", "what", "Ondernemersloket opschalen", "who", "economische-zaken",
                "within_days", 2);
        MapNode raad = map("id", "raad-informeren", "what", "Raad informeren over inzet", "who", "A. Jansen",
                "within_days", 7);
        MergeResult removedAndEdited = ThreeWayMerge.merge(base,
                edit(base, TERUGVAL, scenario -> scenario.with("runbook", list(raad))),
                edit(base, TERUGVAL, scenario -> scenario.with("runbook", list(step.with("within_days", node(1)), raad))));
        FieldConflict conflict = removedAndEdited.conflicts().get(0);

        assertThrows(IllegalArgumentException.class,
                () -> removedAndEdited.resolve(Resolution.value(conflict, map("id", "iets-anders", "what", "x"))));
        MergeResult resolved = removedAndEdited.resolve(Resolution.value(conflict, step.with("within_days", node(3))));
        assertEquals(list(step.with("within_days", node(3)), raad), value(resolved, TERUGVAL, "runbook"));
    }
}
