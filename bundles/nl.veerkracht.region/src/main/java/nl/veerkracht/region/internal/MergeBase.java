package nl.veerkracht.region.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.merge.MergeResult;
import nl.veerkracht.merge.Resolution;

/**
 * The base of a merge of two commits: their merge base, or, when criss-cross merges left several (which
 * happens all the time peer to peer), a virtual base, as Git's recursive strategy makes one. The bases
 * are taken in the order of their ids, and each is merged into the ones before it against their own
 * (again possibly virtual) base; where they conflict, the base of the bases decides (its value, or its
 * file). So the result depends only on the set of bases, never on which side is ours or on the order
 * in which members are fetched.
 */
final class MergeBase {

    private final RegionRepository repository;
    private final Map<List<String>, Map<String, String>> virtual = new HashMap<>();

    MergeBase(RegionRepository repository) {
        this.repository = repository;
    }

    /** The files of the base of {@code ours} and {@code theirs}; empty when they share no history. */
    Optional<Map<String, String>> of(String ours, String theirs) {
        List<String> bases = repository.mergeBases(ours, theirs);
        return bases.isEmpty() ? Optional.empty() : Optional.of(of(bases));
    }

    private Map<String, String> of(List<String> bases) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(bases));
        if (sorted.size() == 1) {
            return repository.files(sorted.get(0));
        }
        Map<String, String> known = virtual.get(sorted);
        if (known != null) {
            return known;
        }
        Map<String, String> merged = repository.files(sorted.get(0));
        List<String> heads = new ArrayList<>(List.of(sorted.get(0)));
        for (String next : sorted.subList(1, sorted.size())) {
            TreeSet<String> candidates = new TreeSet<>();
            for (String head : heads) {
                candidates.addAll(repository.mergeBases(head, next));
            }
            List<String> best = best(candidates);
            Map<String, String> base = best.isEmpty() ? Map.of() : of(best);
            TreeMerge.Result result = TreeMerge.merge(repository, base, merged, repository.files(next),
                    TreeMerge.OtherFiles.TAKE_BASE);
            MergeResult semantic = result.semantic();
            List<Resolution> toBase = new ArrayList<>();
            for (FieldConflict conflict : semantic.conflicts()) {
                toBase.add(new Resolution(conflict.path(), conflict.field(), conflict.base()));
            }
            merged = result.files(repository, semantic.resolve(toBase).result());
            heads.add(next);
        }
        Map<String, String> result = new TreeMap<>(merged);
        virtual.put(sorted, result);
        return result;
    }

    /** The candidates that are no ancestor of another candidate, by id. */
    private List<String> best(TreeSet<String> candidates) {
        List<String> best = new ArrayList<>();
        for (String candidate : candidates) {
            boolean older = false;
            for (String other : candidates) {
                if (!other.equals(candidate) && repository.isAncestor(candidate, other)) {
                    older = true;
                    break;
                }
            }
            if (!older) {
                best.add(candidate);
            }
        }
        return best;
    }
}
