package nl.veerkracht.merge;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;

/**
 * The user's answer to one conflict: the value that the field of the entity at {@code path} gets, or
 * its deletion (empty). Plain data, so that a pending merge's answers can be stored and applied again
 * to the same merge later.
 *
 * @param path  the entity's file, as in {@link FieldConflict#path()}
 * @param field the field, as in {@link FieldConflict#field()}
 * @param value the chosen value; empty to delete the field (or the element, or the whole entity at
 *              the root)
 */
public record Resolution(String path, FieldPath field, Optional<Node> value) {

    public Resolution {
        PlanSnapshot.checkPath(path);
        Objects.requireNonNull(field);
        Objects.requireNonNull(value);
    }

    /** Takes {@code side}'s value (which may be a deletion). */
    public static Resolution take(FieldConflict conflict, Side side) {
        return new Resolution(conflict.path(), conflict.field(), conflict.value(side));
    }

    /** Takes our value: {@code resolve <id> <field> --ours}. */
    public static Resolution ours(FieldConflict conflict) {
        return take(conflict, Side.OURS);
    }

    /** Takes their value: {@code resolve <id> <field> --theirs}. */
    public static Resolution theirs(FieldConflict conflict) {
        return take(conflict, Side.THEIRS);
    }

    /** Gives the field a value of the user's own: {@code resolve <id> <field> --value v}. */
    public static Resolution value(FieldConflict conflict, Node value) {
        return new Resolution(conflict.path(), conflict.field(), Optional.of(value));
    }

    /** Deletes the field (element, entity). */
    public static Resolution deletion(FieldConflict conflict) {
        return new Resolution(conflict.path(), conflict.field(), Optional.empty());
    }

    public boolean isDeletion() {
        return value.isEmpty();
    }
}
