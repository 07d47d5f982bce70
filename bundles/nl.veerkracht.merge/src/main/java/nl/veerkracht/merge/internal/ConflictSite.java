package nl.veerkracht.merge.internal;

import java.util.List;

import nl.veerkracht.merge.FieldConflict;

/**
 * A conflict with what is needed to put a chosen value in its place later: the key field of each
 * keyed list on the way to the field (the {@code id} of {@code runbook[loket-opschalen]}), and, for a
 * conflict on a whole element of a keyed list, the order of every element that the merged list can
 * hold, so that an element put back by a resolution lands where the merge would have put it.
 *
 * @param conflict  the conflict
 * @param keyFields the key field of each element segment of the conflict's field path, in order
 * @param layout    for a conflict on a whole list element, the keys of the merged list's possible
 *                  elements in their merged order; otherwise empty
 */
record ConflictSite(FieldConflict conflict, List<String> keyFields, List<String> layout) {

    public ConflictSite {
        keyFields = List.copyOf(keyFields);
        layout = List.copyOf(layout);
    }

    ConflictSite withLayout(List<String> order) {
        return new ConflictSite(conflict, keyFields, order);
    }
}
