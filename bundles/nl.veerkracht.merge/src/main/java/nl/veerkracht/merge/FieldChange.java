package nl.veerkracht.merge;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.merge.internal.NodeText;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.Node;

/**
 * One change inside an entity.
 *
 * @param field  where: {@code budget.amount}, {@code runbook[loket-opschalen]}, {@code themes}
 * @param kind   what happened there
 * @param before the value before (for a member change: empty, or the removed member); empty when absent
 * @param after  the value after (for a member change: the added member, or empty); empty when absent
 */
public record FieldChange(FieldPath field, Kind kind, Optional<Node> before, Optional<Node> after) {

    /** What happened to a field. */
    public enum Kind {
        /** The field (or the element of a keyed list) appeared: only {@code after}. */
        ADDED,
        /** The field (or the element) disappeared: only {@code before}. */
        REMOVED,
        /** The value changed: {@code before} and {@code after}. */
        CHANGED,
        /** A value was added to a list that is a set: {@code after} is the value. */
        MEMBER_ADDED,
        /** A value was removed from a list that is a set: {@code before} is the value. */
        MEMBER_REMOVED,
        /** The items a list kept are in another order: {@code before} and {@code after} are the lists. */
        REORDERED
    }

    public FieldChange {
        Objects.requireNonNull(field);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }

    /**
     * One line for tests and logs: {@code budget.amount 10000 -> 15000}, {@code themes +innovatie},
     * {@code runbook reordered}. Text for users, with titles, is the store's and the command line's.
     */
    @Override
    public String toString() {
        String name = field.isRoot() ? "(entity)" : field.toString();
        return switch (kind) {
            case MEMBER_ADDED -> name + " +" + NodeText.render(after);
            case MEMBER_REMOVED -> name + " -" + NodeText.render(before);
            case REORDERED -> name + " reordered";
            default -> name + " " + NodeText.render(before) + " -> " + NodeText.render(after);
        };
    }
}
