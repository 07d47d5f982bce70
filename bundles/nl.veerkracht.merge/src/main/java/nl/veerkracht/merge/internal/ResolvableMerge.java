package nl.veerkracht.merge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.merge.MergeResult;
import nl.veerkracht.merge.Resolution;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;

/** A merge result whose open conflicts remember where their values go. */
final class ResolvableMerge implements MergeResult {

    private final PlanSnapshot merged;
    private final Map<Location, ConflictSite> open;
    private final List<FieldConflict> conflicts;
    private final List<Resolution> resolutions;

    /** @param sites the open conflicts, in their order */
    ResolvableMerge(PlanSnapshot merged, List<ConflictSite> sites, List<Resolution> resolutions) {
        this.merged = merged;
        this.open = new LinkedHashMap<>();
        List<FieldConflict> list = new ArrayList<>(sites.size());
        for (ConflictSite site : sites) {
            open.put(Location.of(site.conflict()), site);
            list.add(site.conflict());
        }
        this.conflicts = List.copyOf(list);
        this.resolutions = List.copyOf(resolutions);
    }

    @Override
    public PlanSnapshot merged() {
        return merged;
    }

    @Override
    public List<FieldConflict> conflicts() {
        return conflicts;
    }

    @Override
    public Optional<FieldConflict> conflictAt(String path, FieldPath field) {
        return Optional.ofNullable(open.get(new Location(path, field))).map(ConflictSite::conflict);
    }

    @Override
    public List<FieldConflict> conflictsOf(String entity, FieldPath field) {
        return conflicts.stream()
                .filter(conflict -> conflict.field().equals(field)
                        && (conflict.entityId().equals(entity) || conflict.path().equals(entity)))
                .toList();
    }

    @Override
    public MergeResult resolve(Resolution resolution) {
        return resolve(List.of(resolution));
    }

    @Override
    public MergeResult resolve(Collection<Resolution> chosen) {
        Map<Location, ConflictSite> remaining = new LinkedHashMap<>(open);
        TreeMap<String, Node> documents = new TreeMap<>(merged.documents());
        for (Resolution resolution : chosen) {
            ConflictSite site = remaining.remove(new Location(resolution.path(), resolution.field()));
            if (site == null) {
                throw new IllegalArgumentException("no open conflict at " + resolution.path() + " "
                        + (resolution.field().isRoot() ? "(entity)" : resolution.field()));
            }
            Optional<Node> document = FieldUpdate.apply(Optional.ofNullable(documents.get(resolution.path())), site,
                    resolution.value());
            if (document.isPresent()) {
                documents.put(resolution.path(), document.get());
            } else {
                documents.remove(resolution.path());
            }
        }
        List<Resolution> applied = new ArrayList<>(resolutions);
        applied.addAll(chosen);
        return new ResolvableMerge(PlanSnapshot.of(documents), new ArrayList<>(remaining.values()), applied);
    }

    @Override
    public List<Resolution> resolutions() {
        return resolutions;
    }

    @Override
    public PlanSnapshot result() {
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException(conflicts.size() + " conflict(s) not resolved, the first: "
                    + conflicts.get(0));
        }
        return merged;
    }

    @Override
    public String toString() {
        return "MergeResult" + merged.documents().keySet() + " with " + conflicts.size() + " open conflict(s)";
    }

    /** Where a conflict is: an entity file and a field. */
    private record Location(String path, FieldPath field) {
        static Location of(FieldConflict conflict) {
            return new Location(conflict.path(), conflict.field());
        }
    }
}
