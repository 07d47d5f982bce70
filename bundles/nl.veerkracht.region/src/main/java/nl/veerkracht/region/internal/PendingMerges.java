package nl.veerkracht.region.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.merge.MergeResult;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.region.PendingConflict;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.RepositoryName;

/** A stored pending merge, merged again and with its answers applied: what {@code conflicts} shows. */
final class PendingMerges {

    /** The merge again, the answers applied. */
    record Recomputed(StoredMerge stored, TreeMerge.Result merge, MergeResult resolved) {
    }

    private PendingMerges() {
    }

    static Recomputed recompute(RegionRepository repository, MergeBase bases, StoredMerge stored) {
        TreeMerge.Result merge = CommitMerge.of(repository, bases, stored.ours(), stored.theirs())
                .orElseThrow(() -> new RegionException("pending.unrelated", stored.region()));
        MergeResult resolved = merge.semantic().resolve(stored.resolutions());
        return new Recomputed(stored, merge, resolved);
    }

    static PendingMerge view(RepositoryName region, RegionRepository repository, Recomputed recomputed) {
        StoredMerge stored = recomputed.stored();
        Map<String, String> ours = repository.files(stored.ours());
        Map<String, String> theirs = repository.files(stored.theirs());
        List<PendingConflict> open = new ArrayList<>();
        for (FieldConflict conflict : recomputed.resolved().conflicts()) {
            open.add(new PendingConflict(conflict, title(repository, conflict, ours, theirs)));
        }
        return new PendingMerge(region, stored.ours(), stored.theirs(), stored.member(), stored.memberName(), open,
                stored.resolutions());
    }

    private static String title(RegionRepository repository, FieldConflict conflict, Map<String, String> ours,
            Map<String, String> theirs) {
        String field = conflict.path().equals(EntityKind.PLAN.pathOf(EntityKind.PLAN_ID)) ? "name" : "title";
        for (Map<String, String> side : List.of(ours, theirs)) {
            String blob = side.get(conflict.path());
            Optional<Node> document = blob == null ? Optional.empty() : repository.document(conflict.path(), blob);
            Optional<String> title = FieldValues.text(document, field);
            if (title.isPresent()) {
                return title.get();
            }
        }
        return conflict.entityId();
    }
}
