package nl.veerkracht.region.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.model.document.Node;

/**
 * What one commit's author did to one entity: the entity before (in the parent, or for a merge commit
 * in the deterministic merge of its parents), after, and the field changes that are the author's own.
 *
 * @param path the entity's file
 * @param parents the entity in each parent of the commit (absent where a parent does not have it)
 * @param before the entity the author started from; empty when the author created it
 * @param after the entity the author left; empty when the author deleted it
 * @param fields the author's own field changes (for a merge: those that differ from every parent)
 */
record EntityEdit(String path, List<Optional<Node>> parents, Optional<Node> before, Optional<Node> after,
        List<FieldChange> fields) {

    EntityEdit {
        Objects.requireNonNull(path);
        parents = List.copyOf(parents);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        fields = List.copyOf(fields);
    }

    boolean created() {
        return before.isEmpty() && after.isPresent();
    }

    boolean deleted() {
        return before.isPresent() && after.isEmpty();
    }
}
