package nl.veerkracht.store;

import java.util.List;

import nl.veerkracht.merge.FieldChange;

/** One commit in the history of one entity, with what it changed in that entity, field by field. */
public record EntityRevision(HistoryEntry commit, String path, Change change, List<FieldChange> fields) {

    /** What the commit did with the entity. */
    public enum Change {
        ADDED, CHANGED, REMOVED
    }

    public EntityRevision {
        fields = List.copyOf(fields);
    }
}
