package nl.veerkracht.region;

import java.util.Objects;

import nl.veerkracht.merge.FieldConflict;

/**
 * One open conflict of a pending merge, with the title of its entity (as ours, else theirs, else the
 * base has it; the id when none has one).
 */
public record PendingConflict(FieldConflict conflict, String entityTitle) {

    public PendingConflict {
        Objects.requireNonNull(conflict);
        Objects.requireNonNull(entityTitle);
    }
}
