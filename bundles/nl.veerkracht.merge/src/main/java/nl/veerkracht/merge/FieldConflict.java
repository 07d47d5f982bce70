package nl.veerkracht.merge;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.Node;

/**
 * A place where the two sides of a merge disagree: one field of one entity (or the entity as a whole,
 * at the root path), with the value of the base and of each side. An empty value is an absent one:
 * the field (element, entity) does not exist there, or was deleted.
 *
 * @param path     the entity's file in the plan repository, {@code actions/terrassen-verruimen.yaml}
 * @param entityId the entity's id, as its file name gives it ({@code plan} for {@code plan.yaml}); the
 *                 path itself for a file that is not a plan file
 * @param field    the field, {@code budget.amount} or {@code runbook[loket-opschalen]}; the root for
 *                 the whole entity
 * @param kind     how the sides disagree
 * @param base     the value in the common ancestor
 * @param ours     the value on our side
 * @param theirs   the value on their side
 */
public record FieldConflict(String path, String entityId, FieldPath field, Kind kind, Optional<Node> base,
        Optional<Node> ours, Optional<Node> theirs) implements Comparable<FieldConflict> {

    /** The order of conflicts in a {@link MergeResult}: by path, then by field path. */
    public static final Comparator<FieldConflict> ORDER = Comparator.comparing(FieldConflict::path)
            .thenComparing(FieldConflict::field);

    /** How the two sides disagree. */
    public enum Kind {
        /** Both sides changed the value, differently. */
        EDIT_EDIT,
        /** One side changed the value, the other deleted it. */
        EDIT_DELETE,
        /** Both sides added a value where the base had none, different ones. */
        ADD_ADD
    }

    public FieldConflict {
        Objects.requireNonNull(path);
        Objects.requireNonNull(entityId);
        Objects.requireNonNull(field);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(base);
        Objects.requireNonNull(ours);
        Objects.requireNonNull(theirs);
    }

    /** The value of one side. */
    public Optional<Node> value(Side side) {
        return side == Side.OURS ? ours : theirs;
    }

    /** The same conflict seen from the other side: ours and theirs exchanged. */
    public FieldConflict swapped() {
        return new FieldConflict(path, entityId, field, kind, base, theirs, ours);
    }

    @Override
    public int compareTo(FieldConflict other) {
        return ORDER.compare(this, other);
    }

    /** One line for logs and tests: {@code actions/x.yaml budget.amount EDIT_EDIT base 10000, ours 15000, theirs 12000}. */
    @Override
    public String toString() {
        return path + " " + (field.isRoot() ? "(entity)" : field.toString()) + " " + kind + " base "
                + show(base) + ", ours " + show(ours) + ", theirs " + show(theirs);
    }

    private static String show(Optional<Node> value) {
        return value.map(Node::toString).orElse("(none)");
    }
}
