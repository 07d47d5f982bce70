package nl.veerkracht.merge;

import java.util.List;

import nl.veerkracht.model.document.PlanSnapshot;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The jqwik generators of plans, edit scripts and merge cases. */
final class PlanArbitraries {

    private PlanArbitraries() {
    }

    /** Realistic regional plans; random, not shrinkable (the edit scripts shrink). */
    static Arbitrary<PlanSnapshot> plans() {
        return Arbitraries.randomValue(RegionalPlans::generate);
    }

    static Arbitrary<PlanEdit> edits() {
        Arbitrary<PlanEdit.Operation> operations = Arbitraries.frequency(
                Tuple.of(6, PlanEdit.Operation.SET_SCALAR),
                Tuple.of(3, PlanEdit.Operation.EDIT_TEXT),
                Tuple.of(3, PlanEdit.Operation.SET_ADD),
                Tuple.of(2, PlanEdit.Operation.SET_REMOVE),
                Tuple.of(3, PlanEdit.Operation.ELEMENT_ADD),
                Tuple.of(2, PlanEdit.Operation.ELEMENT_REMOVE),
                Tuple.of(2, PlanEdit.Operation.FIELD_REMOVE),
                Tuple.of(2, PlanEdit.Operation.FIELD_ADD),
                Tuple.of(2, PlanEdit.Operation.REORDER),
                Tuple.of(1, PlanEdit.Operation.ENTITY_ADD),
                Tuple.of(1, PlanEdit.Operation.ENTITY_DELETE));
        return Combinators.combine(operations, Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 300)).as(PlanEdit::new);
    }

    static Arbitrary<List<PlanEdit>> editScripts(int maxEdits) {
        return edits().list().ofMaxSize(maxEdits);
    }

    /**
     * A base and two descendants that share up to two edits and make up to four of their own, theirs
     * followed by up to two echoes of ours (see {@link MergeCase}).
     */
    static Arbitrary<MergeCase> mergeCases() {
        Arbitrary<List<Integer>> echoes = Arbitraries.integers().between(0, 300).list().ofMaxSize(2);
        return Combinators.combine(plans(), editScripts(2), editScripts(4), editScripts(4), echoes).as(MergeCase::of);
    }
}
