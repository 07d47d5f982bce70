package nl.veerkracht.merge;

import nl.veerkracht.merge.internal.SnapshotMerge;
import nl.veerkracht.model.document.PlanSnapshot;

/**
 * The semantic three-way merge of plan snapshots: entity by entity, field by field. A pure,
 * deterministic function: the same three snapshots give an equal result with the same conflicts in
 * the same order, and exchanging ours and theirs only exchanges the conflicts' labels.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li><b>Entities</b> (files, by path): added, deleted or changed on one side: taken; the same on both
 * sides: taken; changed on one side and deleted on the other: an {@code EDIT_DELETE} conflict at the
 * root field path; added on both sides with different content: merged field by field against an
 * empty base (conflicts {@code ADD_ADD} at the fields that differ); changed on both sides: merged
 * field by field.</li>
 * <li><b>A value</b> changed on one side takes that change; the same change on both sides is no
 * conflict; different changes are an {@code EDIT_EDIT} conflict; a change against a deletion is an
 * {@code EDIT_DELETE} conflict; two different additions are an {@code ADD_ADD} conflict.</li>
 * <li><b>Maps</b> merge key by key (a {@code budget}, the {@code contributions} per member code).</li>
 * <li><b>Multi-line text</b> (base, ours and theirs all strings, one of them with a line feed) merges
 * line by line ({@link LineMerge}); only changes to the same lines conflict, as one conflict on the
 * whole field.</li>
 * <li><b>Keyed lists</b>: a list whose items are all maps with a distinct {@code id} (else
 * {@code code}, {@code period}, {@code role}; the first that fits all three versions) merges element
 * by element, by key, recursively; an element edited on one side and removed on the other is an
 * {@code EDIT_DELETE} conflict at {@code list[key]}.</li>
 * <li><b>Other lists</b> (of scalars, or of maps without such a key, like consultations) merge as
 * sets: additions and removals of both sides combine; they never conflict on their members.</li>
 * <li>A map or list that both sides added where the base has none (or has a value of another kind)
 * merges against an empty map or list: keyed elements added on both sides conflict per differing
 * field, set members of both sides are all in.</li>
 * <li><b>List order</b>: when only one side changed a list it is taken exactly. When both did, the
 * items common to base, ours and theirs keep the base order, or the order of the side that reordered
 * them (of both sides if they reordered alike; if they reordered differently, the whole list is an
 * {@code EDIT_EDIT} conflict). Every other item follows the nearest common item that precedes it on
 * its side (or opens the list); where both sides put items at the same place, each side's run keeps
 * its order and the run that sorts first (by key, or by value for sets) comes first.</li>
 * </ul>
 * A conflicting field is left as ours in {@link MergeResult#merged()} until it is resolved.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /** Merges {@code ours} and {@code theirs}, two descendants of {@code base}. */
    public static MergeResult merge(PlanSnapshot base, PlanSnapshot ours, PlanSnapshot theirs) {
        return SnapshotMerge.merge(base, ours, theirs);
    }
}
