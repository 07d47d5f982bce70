package nl.veerkracht.merge;

import static nl.veerkracht.junit.Documents.edit;
import static nl.veerkracht.junit.Documents.list;
import static nl.veerkracht.junit.Documents.map;
import static nl.veerkracht.junit.Documents.node;
import static nl.veerkracht.junit.Documents.text;
import static nl.veerkracht.merge.WestBrabant.KHN;
import static nl.veerkracht.merge.WestBrabant.LOKET;
import static nl.veerkracht.merge.WestBrabant.OBSERVATIONS;
import static nl.veerkracht.merge.WestBrabant.PLAN;
import static nl.veerkracht.merge.WestBrabant.TERRASSEN;
import static nl.veerkracht.merge.WestBrabant.TERUGVAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The merge rules, one example each, on the West-Brabant regional plan. */
class ThreeWayMergeTest {

    private final PlanSnapshot base = WestBrabant.base();

    @Nested
    class FieldRules {

        @Test
        void changesToDifferentFieldsOfOneActionCombine() {
            PlanSnapshot ours = edit(base, TERRASSEN, action -> action.with("budget",
                    map("amount", 15000, "source", "existing", "line", "ez-2026")));
            PlanSnapshot theirs = edit(base, TERRASSEN, action -> action.with("term", node("medium")));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertEquals(List.of(), result.conflicts());
            assertEquals(node(15000), value(result, TERRASSEN, "budget.amount"));
            assertEquals(node("medium"), value(result, TERRASSEN, "term"));
            assertEquals(edit(ours, TERRASSEN, action -> action.with("term", node("medium"))), result.result());
        }

        @Test
        void differentChangesToOneFieldAreOneConflictWithBaseOursAndTheirs() {
            PlanSnapshot ours = setBudget(base, 15000);
            PlanSnapshot theirs = setBudget(base, 12500);

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            FieldConflict expected = new FieldConflict(TERRASSEN, "GM0758-terrassen-verruimen",
                    FieldPath.parse("budget.amount"), FieldConflict.Kind.EDIT_EDIT, Optional.of(node(10000)),
                    Optional.of(node(15000)), Optional.of(node(12500)));
            assertEquals(List.of(expected), result.conflicts());
            assertEquals(node(15000), value(result, TERRASSEN, "budget.amount"), "left as ours until resolved");
            assertEquals(setBudget(base, 12500), result.resolve(Resolution.theirs(expected)).result());
        }

        @Test
        void theSameChangeOnBothSidesIsNoConflict() {
            PlanSnapshot both = setBudget(base, 15000);

            MergeResult result = ThreeWayMerge.merge(base, both, setBudget(base, 15000));

            assertTrue(result.isClean());
            assertEquals(both, result.merged());
        }

        @Test
        void editAgainstDeletionOfAFieldIsAConflict() {
            PlanSnapshot ours = edit(base, TERRASSEN, action -> action.without("lead"));
            PlanSnapshot theirs = edit(base, TERRASSEN, action -> action.with("lead", node("M. Bakker")));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            FieldConflict conflict = only(result);
            assertEquals(FieldConflict.Kind.EDIT_DELETE, conflict.kind());
            assertEquals(FieldPath.of("lead"), conflict.field());
            assertEquals(Optional.empty(), conflict.ours());
            assertEquals(Optional.of(node("M. Bakker")), conflict.theirs());
            assertEquals(Optional.empty(), Fields.valueAt(result.merged(), TERRASSEN, "lead"), "ours: deleted");
        }

        @Test
        void mapsMergePerKeyLikeContributionsPerMember() {
            PlanSnapshot ours = edit(base, TERRASSEN, action -> action.with("contributions",
                    map("GM0758", 25000, "GM0777", 10000)));
            PlanSnapshot theirs = edit(base, TERRASSEN, action -> action.with("contributions",
                    map("GM0758", 20000, "GM0777", 12000, "GM0760", 5000)));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(map("GM0758", 25000, "GM0777", 12000, "GM0760", 5000),
                    value(result, TERRASSEN, "contributions"));
        }

        @Test
        void aMapWithKeysThatAFieldPathCannotNameMergesAsOneValue() {
            PlanSnapshot withOddKeys = edit(base, LOKET, action -> action.with("notes", map("v1.0", "eerste")));
            PlanSnapshot ours = edit(withOddKeys, LOKET, action -> action.with("notes", map("v1.0", "eerste", "v1.1", "b")));
            PlanSnapshot theirs = edit(withOddKeys, LOKET, action -> action.with("notes", map("v1.0", "anders")));

            MergeResult result = ThreeWayMerge.merge(withOddKeys, ours, theirs);

            assertEquals(FieldPath.of("notes"), only(result).field());
            assertEquals(FieldConflict.Kind.EDIT_EDIT, only(result).kind());
        }

        @Test
        void valuesOfAnotherTypeOnBothSidesConflict() {
            PlanSnapshot ours = edit(base, TERRASSEN, action -> action.with("progress", node("veertig")));
            PlanSnapshot theirs = edit(base, TERRASSEN, action -> action.with("progress", node(45)));

            FieldConflict conflict = only(ThreeWayMerge.merge(base, ours, theirs));

            assertEquals(FieldPath.of("progress"), conflict.field());
            assertEquals(FieldConflict.Kind.EDIT_EDIT, conflict.kind());
        }
    }

    @Nested
    class TextRules {

        @Test
        void changesToDifferentLinesOfADescriptionCombine() {
            PlanSnapshot ours = describe(base, "Tijdelijk ruimere terrassen in de hele binnenstad.",
                    "Zonder extra leges.", "Handhaving met de horeca afgestemd.");
            PlanSnapshot theirs = describe(base, "Tijdelijk ruimere terrassen in de binnenstad.",
                    "Zonder extra leges.", "Handhaving met KHN Breda afgestemd.", "Evaluatie na de zomer.");

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(text("Tijdelijk ruimere terrassen in de hele binnenstad.", "Zonder extra leges.",
                    "Handhaving met KHN Breda afgestemd.", "Evaluatie na de zomer."),
                    value(result, TERRASSEN, "description"));
        }

        @Test
        void changesToTheSameLineConflictOnTheWholeField() {
            PlanSnapshot ours = describe(base, "Tijdelijk ruimere terrassen in de binnenstad.",
                    "Met halve leges.", "Handhaving met de horeca afgestemd.");
            PlanSnapshot theirs = describe(base, "Tijdelijk ruimere terrassen in de binnenstad.",
                    "Leges worden kwijtgescholden.", "Handhaving met de horeca afgestemd.");

            FieldConflict conflict = only(ThreeWayMerge.merge(base, ours, theirs));

            assertEquals(FieldPath.of("description"), conflict.field());
            assertEquals(FieldConflict.Kind.EDIT_EDIT, conflict.kind());
            assertEquals(Optional.of(description(theirs)), conflict.theirs());
        }

        @Test
        void aOneLineTextThatBecomesMultiLineOnOneSideStillMergesByLine() {
            PlanSnapshot oneLine = edit(base, LOKET, action -> action.with("description", node("Eén loket.")));
            PlanSnapshot ours = edit(oneLine, LOKET, action -> action.with("description",
                    text("Eén loket.", "Ook digitaal bereikbaar.")));
            PlanSnapshot theirs = edit(oneLine, LOKET, action -> action.with("description",
                    node("Samen met de regio.\nEén loket.")));

            MergeResult result = ThreeWayMerge.merge(oneLine, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(text("Samen met de regio.", "Eén loket.", "Ook digitaal bereikbaar."),
                    value(result, LOKET, "description"));
        }

        private PlanSnapshot describe(PlanSnapshot snapshot, String... lines) {
            return edit(snapshot, TERRASSEN, action -> action.with("description", text(lines)));
        }

        private Node description(PlanSnapshot snapshot) {
            return Fields.valueAt(snapshot, TERRASSEN, "description").orElseThrow();
        }
    }

    @Nested
    class SetRules {

        @Test
        void additionsAndRemovalsOfThemesFromBothSidesCombine() {
            PlanSnapshot ours = themes(base, "innovatie", "circulariteit", "digitalisering");
            PlanSnapshot theirs = themes(base, "circulariteit", "energietransitie");

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(list("circulariteit", "digitalisering", "energietransitie"), value(result, TERRASSEN, "themes"));
        }

        @Test
        void participantsAddedByTwoMembersAreBothIn() {
            PlanSnapshot ours = edit(base, LOKET, action -> action.with("participants", list("GM0777", "GM0758")));
            PlanSnapshot theirs = edit(base, LOKET, action -> action.with("participants", list("GM0777", "GM0760")));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(list("GM0777", "GM0758", "GM0760"), value(result, LOKET, "participants"),
                    "both added after GM0777: the run that sorts first comes first");
        }

        @Test
        void consultationsWithoutAKeyMergeAsASetOfValues() {
            MapNode march = map("date", "2026-03-10", "topic", "Terrasseizoen");
            MapNode april = map("date", "2026-04-02", "topic", "Evaluatie terrassen");
            MapNode may = map("date", "2026-05-12", "topic", "Najaar");
            PlanSnapshot ours = edit(base, KHN, stakeholder -> stakeholder.with("consultations", list(march, april)));
            PlanSnapshot theirs = edit(base, KHN, stakeholder -> stakeholder.with("consultations",
                    list(map("date", "2026-03-11", "topic", "Terrasseizoen"), may)));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(list(map("date", "2026-03-11", "topic", "Terrasseizoen"), may, april),
                    value(result, KHN, "consultations"),
                    "theirs changed the date: the old one left, all new ones came in, theirs' run first by date");
        }

        @Test
        void aListOnlyOneSideChangedIsTakenExactlyWithItsOrder() {
            PlanSnapshot theirs = themes(base, "circulariteit", "innovatie");
            PlanSnapshot ours = setBudget(base, 15000);

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertEquals(list("circulariteit", "innovatie"), value(result, TERRASSEN, "themes"));
        }

        @Test
        void aReorderOnOneSideSurvivesAnAdditionOnTheOther() {
            PlanSnapshot ours = themes(base, "circulariteit", "innovatie");
            PlanSnapshot theirs = themes(base, "innovatie", "circulariteit", "digitalisering");

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(list("circulariteit", "digitalisering", "innovatie"), value(result, TERRASSEN, "themes"),
                    "ours' order; digitalisering follows circulariteit, after which theirs put it");
        }

        @Test
        void reordersOfBothSidesThatDifferConflictOnTheWholeList() {
            PlanSnapshot withThree = themes(base, "innovatie", "circulariteit", "digitalisering");
            PlanSnapshot ours = themes(withThree, "digitalisering", "innovatie", "circulariteit");
            PlanSnapshot theirs = themes(withThree, "circulariteit", "innovatie", "digitalisering", "energietransitie");

            FieldConflict conflict = only(ThreeWayMerge.merge(withThree, ours, theirs));

            assertEquals(FieldPath.of("themes"), conflict.field());
            assertEquals(FieldConflict.Kind.EDIT_EDIT, conflict.kind());
        }

        @Test
        void repeatedValuesCollapseWhenBothSidesChangeTheList() {
            PlanSnapshot twice = themes(base, "innovatie", "innovatie");
            PlanSnapshot ours = themes(twice, "innovatie", "innovatie", "digitalisering");
            PlanSnapshot theirs = themes(twice, "circulariteit", "innovatie", "innovatie");

            MergeResult result = ThreeWayMerge.merge(twice, ours, theirs);

            assertEquals(list("circulariteit", "innovatie", "digitalisering"), value(result, TERRASSEN, "themes"));
        }

        private PlanSnapshot themes(PlanSnapshot snapshot, String... themes) {
            return edit(snapshot, TERRASSEN, action -> action.with("themes", list((Object[]) themes)));
        }
    }

    @Nested
    class KeyedListRules {

        private final MapNode loketOpschalen = map("id", "loket-opschalen", "what", "Ondernemersloket opschalen",
                "who", "economische-zaken", "within_days", 2);
        private final MapNode raadInformeren = map("id", "raad-informeren", "what", "Raad informeren over inzet",
                "who", "A. Jansen", "within_days", 7);
        private final MapNode persbericht = map("id", "persbericht", "what", "Persbericht", "who", "communicatie",
                "within_days", 1);

        @Test
        void anEditedStepAndANewStepCombine() {
            PlanSnapshot ours = runbook(base, loketOpschalen.with("within_days", node(1)), raadInformeren);
            PlanSnapshot theirs = runbook(base, loketOpschalen, persbericht, raadInformeren);

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(list(loketOpschalen.with("within_days", node(1)), persbericht, raadInformeren),
                    value(result, TERUGVAL, "runbook"));
        }

        @Test
        void differentEditsOfOneStepConflictAtItsField() {
            PlanSnapshot ours = runbook(base, loketOpschalen.with("within_days", node(1)), raadInformeren);
            PlanSnapshot theirs = runbook(base, loketOpschalen.with("within_days", node(3)), raadInformeren);

            FieldConflict conflict = only(ThreeWayMerge.merge(base, ours, theirs));

            assertEquals("runbook[loket-opschalen].within_days", conflict.field().toString());
            assertEquals("terugval", conflict.entityId());
        }

        @Test
        void aStepMovedAndEditedThatTheOtherSideRemovedStaysAfterItsAnchorUnderTheConflict() {
            MapNode extraLoket = map("id", "extra-loket", "what", "Tweede loket openen", "who", "economische-zaken",
                    "within_days", 14);
            PlanSnapshot four = runbook(base, loketOpschalen, raadInformeren, persbericht, extraLoket);
            MapNode shorterPersbericht = persbericht.with("within_days", node(0));
            PlanSnapshot ours = runbook(four, loketOpschalen, shorterPersbericht, raadInformeren, extraLoket);
            PlanSnapshot theirs = runbook(four, raadInformeren, loketOpschalen, extraLoket);

            MergeResult result = ThreeWayMerge.merge(four, ours, theirs);

            FieldConflict conflict = only(result);
            assertEquals("runbook[persbericht]", conflict.field().toString());
            assertEquals(FieldConflict.Kind.EDIT_DELETE, conflict.kind());
            assertEquals(list(raadInformeren, loketOpschalen, shorterPersbericht, extraLoket),
                    value(result, TERUGVAL, "runbook"),
                    "theirs' order of the common steps; ours' edited step after the step ours has before it");
            assertEquals(list(raadInformeren, loketOpschalen, extraLoket),
                    value(result.resolve(Resolution.theirs(conflict)), TERUGVAL, "runbook"));
        }

        @Test
        void anEditedStepThatTheOtherSideRemovedIsAConflictOnTheElement() {
            PlanSnapshot ours = runbook(base, raadInformeren);
            PlanSnapshot theirs = runbook(base, loketOpschalen.with("who", node("J. de Vries")), persbericht,
                    raadInformeren);

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            FieldConflict conflict = only(result);
            assertEquals("runbook[loket-opschalen]", conflict.field().toString());
            assertEquals(FieldConflict.Kind.EDIT_DELETE, conflict.kind());
            assertEquals(list(persbericht, raadInformeren), value(result, TERUGVAL, "runbook"), "ours: removed");
            assertEquals(list(loketOpschalen.with("who", node("J. de Vries")), persbericht, raadInformeren),
                    value(result.resolve(Resolution.theirs(conflict)), TERUGVAL, "runbook"),
                    "put back where the merge has it: before the step theirs added after it");
        }

        @Test
        void observationsAppendedOnBothSidesAreBothKeptInPeriodOrder() {
            ListNode ours = append(WestBrabant.observations(), map("period", "2026-Q3", "value", 14600, "source", "cbs"));
            ListNode theirs = append(WestBrabant.observations(), map("period", "2026-Q2", "value", 14550, "source", "cbs"));

            MergeResult result = ThreeWayMerge.merge(base, base.with(OBSERVATIONS, ours), base.with(OBSERVATIONS, theirs));

            assertTrue(result.isClean());
            assertEquals(List.of("2025", "2026-Q1", "2026-Q2", "2026-Q3"),
                    ((ListNode) result.merged().document(OBSERVATIONS).orElseThrow()).items().stream()
                            .map(item -> ((MapNode) item).get("period").orElseThrow().toString().replace("\"", ""))
                            .toList());
        }

        @Test
        void aCorrectedObservationOnBothSidesConflictsAtItsValue() {
            ListNode ours = ListNode.of(List.of(WestBrabant.observations().items().get(0),
                    map("period", "2026-Q1", "value", 14515, "source", "cbs")));
            ListNode theirs = ListNode.of(List.of(WestBrabant.observations().items().get(0),
                    map("period", "2026-Q1", "value", 14512, "source", "cbs")));

            FieldConflict conflict = only(ThreeWayMerge.merge(base, base.with(OBSERVATIONS, ours),
                    base.with(OBSERVATIONS, theirs)));

            assertEquals("[2026-Q1].value", conflict.field().toString());
            assertEquals("vestigingen", conflict.entityId());
        }

        @Test
        void membersAreKeyedByCodeAndRolesByRole() {
            PlanSnapshot ours = edit(base, PLAN, plan -> plan.with("members", append(
                    (ListNode) plan.get("members").orElseThrow(), map("code", "GM0760", "name", "Bergen op Zoom"))));
            PlanSnapshot theirs = edit(edit(base, PLAN, plan -> plan.with("members", list(
                    map("code", "GM0758", "name", "Gemeente Breda", "url", "https://git.example.nl/breda/regio.git"),
                    ((ListNode) plan.get("members").orElseThrow()).items().get(1)))), TERUGVAL,
                    scenario -> scenario.with("roles", list(map("role", "crisiscoördinator", "who", "A. Jansen"))));
            PlanSnapshot oursRoles = edit(ours, TERUGVAL, scenario -> scenario.with("roles",
                    list(map("role", "crisiscoördinator", "who", "J. de Vries"), map("role", "woordvoerder", "who", "B. Smit"))));

            MergeResult result = ThreeWayMerge.merge(base, oursRoles, theirs);

            assertTrue(result.isClean(), () -> result.conflicts().toString());
            assertEquals(node("Gemeente Breda"), value(result, PLAN, "members[GM0758].name"));
            assertEquals(node("Bergen op Zoom"), value(result, PLAN, "members[GM0760].name"));
            assertEquals(list(map("role", "crisiscoördinator", "who", "A. Jansen"), map("role", "woordvoerder", "who", "B. Smit")),
                    value(result, TERUGVAL, "roles"));
        }

        @Test
        void aReorderedRunbookKeepsItsOrderWhileTheOtherSideEditsAStep() {
            PlanSnapshot ours = runbook(base, raadInformeren, loketOpschalen);
            PlanSnapshot theirs = runbook(base, loketOpschalen.with("within_days", node(1)), raadInformeren);

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(list(raadInformeren, loketOpschalen.with("within_days", node(1))),
                    value(result, TERUGVAL, "runbook"));
        }

        private PlanSnapshot runbook(PlanSnapshot snapshot, MapNode... steps) {
            return edit(snapshot, TERUGVAL, scenario -> scenario.with("runbook", list((Object[]) steps)));
        }

        private ListNode append(ListNode list, Node item) {
            List<Node> items = new ArrayList<>(list.items());
            items.add(item);
            return ListNode.of(items);
        }
    }

    @Nested
    class EntityRules {

        @Test
        void anEntityAddedOnOneSideAndOneDeletedOnTheOtherBothHappen() {
            MapNode binnenstadfonds = map("id", "GM0758-binnenstadfonds", "title", "Binnenstadfonds", "term", "long",
                    "status", "idea");
            PlanSnapshot ours = base.with("actions/GM0758-binnenstadfonds.yaml", binnenstadfonds);
            PlanSnapshot theirs = base.without(LOKET);

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertTrue(result.isClean());
            assertEquals(base.with("actions/GM0758-binnenstadfonds.yaml", binnenstadfonds).without(LOKET),
                    result.merged());
        }

        @Test
        void anEntityEditedOnOneSideAndDeletedOnTheOtherIsAConflictOnTheWholeEntity() {
            PlanSnapshot ours = base.without(LOKET);
            PlanSnapshot theirs = edit(base, LOKET, action -> action.with("status", node("running")));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            FieldConflict conflict = only(result);
            assertEquals(FieldPath.root(), conflict.field());
            assertEquals(FieldConflict.Kind.EDIT_DELETE, conflict.kind());
            assertEquals("GM0777-ondernemersloket", conflict.entityId());
            assertFalse(result.merged().contains(LOKET), "ours: deleted");
            assertEquals(theirs, result.resolve(Resolution.theirs(conflict)).result());
        }

        @Test
        void theSameEntityAddedAlikeOnBothSidesIsNoConflict() {
            MapNode fonds = map("id", "GM0758-binnenstadfonds", "title", "Binnenstadfonds", "term", "long");
            PlanSnapshot both = base.with("actions/GM0758-binnenstadfonds.yaml", fonds);

            MergeResult result = ThreeWayMerge.merge(base, both, base.with("actions/GM0758-binnenstadfonds.yaml",
                    map("term", "long", "title", "Binnenstadfonds", "id", "GM0758-binnenstadfonds")));

            assertTrue(result.isClean());
            assertEquals(both, result.merged());
        }

        @Test
        void theSameEntityAddedDifferentlyConflictsPerDifferingField() {
            String path = "actions/GM0758-binnenstadfonds.yaml";
            PlanSnapshot ours = base.with(path, map("id", "GM0758-binnenstadfonds", "title", "Binnenstadfonds",
                    "term", "long", "themes", list("innovatie"), "budget", map("amount", 50000, "source", "extra")));
            PlanSnapshot theirs = base.with(path, map("id", "GM0758-binnenstadfonds", "title", "Fonds binnenstad",
                    "term", "long", "status", "idea", "themes", list("circulariteit"),
                    "budget", map("amount", 50000, "source", "province")));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertEquals(List.of("budget.source", "title"),
                    result.conflicts().stream().map(conflict -> conflict.field().toString()).toList());
            assertTrue(result.conflicts().stream().allMatch(conflict -> conflict.kind() == FieldConflict.Kind.ADD_ADD
                    && conflict.base().isEmpty()));
            assertEquals(map("id", "GM0758-binnenstadfonds", "title", "Binnenstadfonds", "term", "long",
                    "status", "idea", "themes", list("circulariteit", "innovatie"),
                    "budget", map("amount", 50000, "source", "extra")), result.merged().document(path).orElseThrow());
        }

        @Test
        void theSameEntityAddedWithOtherObservationsConflictsPerPeriodField() {
            String path = "indicators/bezoekers.csv";
            PlanSnapshot ours = base.with(path, list(map("period", "2026-Q1", "value", 100), map("period", "2026-Q2", "value", 120)));
            PlanSnapshot theirs = base.with(path, list(map("period", "2026-Q1", "value", 101)));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertEquals("[2026-Q1].value", only(result).field().toString());
            assertEquals(FieldConflict.Kind.ADD_ADD, only(result).kind());
        }

        @Test
        void conflictsAreOrderedByPathThenField() {
            PlanSnapshot ours = edit(edit(setBudget(base, 15000), LOKET, action -> action.with("term", node("long"))),
                    TERRASSEN, action -> action.with("status", node("done")));
            PlanSnapshot theirs = edit(edit(setBudget(base, 12000), LOKET, action -> action.with("term", node("short"))),
                    TERRASSEN, action -> action.with("status", node("stopped")));

            MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

            assertEquals(List.of(TERRASSEN + " budget.amount", TERRASSEN + " status", LOKET + " term"),
                    result.conflicts().stream().map(c -> c.path() + " " + c.field()).toList());
        }
    }

    static PlanSnapshot setBudget(PlanSnapshot snapshot, long amount) {
        return edit(snapshot, TERRASSEN, action -> action.with("budget",
                ((MapNode) action.get("budget").orElseThrow()).with("amount", node(amount))));
    }

    static Node value(MergeResult result, String path, String field) {
        return Fields.valueAt(result.merged(), path, field).orElseThrow(() -> new AssertionError("no " + field));
    }

    static FieldConflict only(MergeResult result) {
        assertEquals(1, result.conflicts().size(), () -> "conflicts: " + result.conflicts());
        return result.conflicts().get(0);
    }
}
