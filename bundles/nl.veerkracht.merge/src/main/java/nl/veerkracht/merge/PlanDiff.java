package nl.veerkracht.merge;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The semantic differences between two snapshots: the entities that were added, removed or modified,
 * by path.
 *
 * @param entities the changed entities, by path
 */
public record PlanDiff(List<EntityChange> entities) {

    public PlanDiff {
        entities = List.copyOf(entities);
    }

    public boolean isEmpty() {
        return entities.isEmpty();
    }

    /** The change of the entity at {@code path}, if it changed. */
    public Optional<EntityChange> entity(String path) {
        return entities.stream().filter(change -> change.path().equals(path)).findFirst();
    }

    /** One line per changed entity. */
    @Override
    public String toString() {
        return entities.stream().map(EntityChange::toString).collect(Collectors.joining("\n"));
    }
}
