package nl.veerkracht.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.veerkracht.model.document.Node;

/**
 * What happened to one entity file between two snapshots.
 *
 * @param path     the file, {@code actions/terrassen-verruimen.yaml}
 * @param entityId the entity's id as its file name gives it; the path for a file that is not a plan file
 * @param type     added, removed or modified
 * @param before   the document before; empty when added
 * @param after    the document after; empty when removed
 * @param fields   for a modified entity, its field changes by field path; empty otherwise
 */
public record EntityChange(String path, String entityId, Type type, Optional<Node> before, Optional<Node> after,
        List<FieldChange> fields) {

    /** What happened to an entity. */
    public enum Type {
        ADDED, REMOVED, MODIFIED
    }

    public EntityChange {
        Objects.requireNonNull(path);
        Objects.requireNonNull(entityId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        fields = List.copyOf(fields);
    }

    /** The field changes on one line: {@code budget.amount 10000 -> 15000; term short -> medium}. */
    public String summary() {
        return switch (type) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case MODIFIED -> fields.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
        };
    }

    /** {@code actions/terrassen-verruimen.yaml: budget.amount 10000 -> 15000; term short -> medium}. */
    @Override
    public String toString() {
        return path + ": " + summary();
    }
}
