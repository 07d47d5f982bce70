package nl.veerkracht.region;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.model.document.Node;

/**
 * What {@code resolve} did.
 *
 * @param pending the pending merge after the answer: fewer open conflicts
 * @param conflict the conflict it settled
 * @param value the value the field gets; empty when it is deleted
 */
public record ResolveOutcome(PendingMerge pending, FieldConflict conflict, Optional<Node> value) {

    public ResolveOutcome {
        Objects.requireNonNull(pending);
        Objects.requireNonNull(conflict);
        Objects.requireNonNull(value);
    }
}
