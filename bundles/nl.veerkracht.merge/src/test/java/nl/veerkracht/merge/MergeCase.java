package nl.veerkracht.merge;

import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.model.document.PlanSnapshot;

/**
 * A base plan and two descendants made by edit scripts: edits both sides made alike, then each
 * side's own. Their script ends with <em>echoes</em> of our edits: the same operation at the same
 * place with a choice of their own, so that both sides often touch one field (a conflict, or the same
 * change twice). Shown, when a property fails, as the scripts and each side's diff from the base.
 */
record MergeCase(PlanSnapshot base, PlanSnapshot ours, PlanSnapshot theirs, List<PlanEdit> common,
        List<PlanEdit> ourEdits, List<PlanEdit> theirEdits) {

    static MergeCase of(PlanSnapshot base, List<PlanEdit> common, List<PlanEdit> ourEdits, List<PlanEdit> theirOwnEdits,
            List<Integer> echoes) {
        List<PlanEdit> theirEdits = new ArrayList<>(theirOwnEdits);
        for (int i = 0; i < echoes.size() && !ourEdits.isEmpty(); i++) {
            PlanEdit echoed = ourEdits.get(i % ourEdits.size());
            theirEdits.add(new PlanEdit(echoed.operation(), echoed.entity(), echoed.spot(), echoes.get(i)));
        }
        PlanSnapshot shared = apply(base, common);
        return new MergeCase(base, apply(shared, ourEdits), apply(shared, theirEdits), common, ourEdits,
                List.copyOf(theirEdits));
    }

    static PlanSnapshot apply(PlanSnapshot snapshot, List<PlanEdit> edits) {
        PlanSnapshot edited = snapshot;
        for (PlanEdit edit : edits) {
            edited = edit.applyTo(edited);
        }
        return edited;
    }

    MergeResult merge() {
        return ThreeWayMerge.merge(base, ours, theirs);
    }

    MergeResult mergeSwapped() {
        return ThreeWayMerge.merge(base, theirs, ours);
    }

    @Override
    public String toString() {
        return "base " + base.documents().keySet() + "\ncommon " + common + ", ours " + ourEdits + ", theirs " + theirEdits
                + "\nours:\n" + SemanticDiff.between(base, ours) + "\ntheirs:\n" + SemanticDiff.between(base, theirs);
    }
}
