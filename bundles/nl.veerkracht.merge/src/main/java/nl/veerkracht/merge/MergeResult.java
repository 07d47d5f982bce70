package nl.veerkracht.merge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.PlanSnapshot;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The outcome of a {@link ThreeWayMerge}: the merged plan and the conflicts still open. Immutable:
 * resolving a conflict gives a new result.
 *
 * <p>A command {@code resolve <entity-id> <field-path> (--ours|--theirs|--value v)} finds the
 * conflict with {@link #conflictsOf(String, FieldPath)}, makes a {@link Resolution} from it and calls
 * {@link #resolve(Resolution)}. The resolutions are plain data: whoever keeps a pending merge stores
 * them, merges the same three snapshots again later (the merge is deterministic) and applies them with
 * {@link #resolve(Collection)}.
 */
@ProviderType
public interface MergeResult {

    /**
     * The merged plan. A field that is still in conflict has our value (absent where we deleted it);
     * resolved conflicts have their chosen value.
     */
    PlanSnapshot merged();

    /** The conflicts not yet resolved, by path and then field path. */
    List<FieldConflict> conflicts();

    /** Whether every conflict is resolved (or there were none). */
    default boolean isClean() {
        return conflicts().isEmpty();
    }

    /** The open conflict at exactly this entity file and field. */
    Optional<FieldConflict> conflictAt(String path, FieldPath field);

    /**
     * The open conflicts at {@code field} of the entity named {@code entity}: its id, as a user types it,
     * or its path. More than one when entities of different kinds share the id
     * ({@code actions/x.yaml}, {@code needs/x.yaml}); the caller then asks for the path.
     */
    List<FieldConflict> conflictsOf(String entity, FieldPath field);

    /**
     * This result with one more conflict resolved.
     *
     * @throws IllegalArgumentException when no open conflict is at the resolution's path and field, or
     *                                  when a value for an element of a keyed list does not carry that
     *                                  element's key
     */
    MergeResult resolve(Resolution resolution);

    /**
     * This result with several conflicts resolved, in the given order.
     *
     * @throws IllegalArgumentException as {@link #resolve(Resolution)}; nothing is applied then
     */
    MergeResult resolve(Collection<Resolution> resolutions);

    /** The resolutions applied so far, in the order they were applied. */
    List<Resolution> resolutions();

    /**
     * The final merged plan.
     *
     * @throws IllegalStateException while a conflict is open
     */
    PlanSnapshot result();
}
