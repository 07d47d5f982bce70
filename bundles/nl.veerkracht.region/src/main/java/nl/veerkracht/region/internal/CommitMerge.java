package nl.veerkracht.region.internal;

import java.util.Map;
import java.util.Optional;

import nl.veerkracht.store.PlanRepository;

/**
 * The semantic merge of two commits of a regional plan, from commit ids to a written tree, as
 * {@code git merge-tree --write-tree} does it for text: the base (virtual for criss-cross histories),
 * the files decided by blob id, the plan files both sides changed merged field by field.
 */
public final class CommitMerge {

    private CommitMerge() {
    }

    /** The merge of {@code theirs} into {@code ours}; empty when they share no history. */
    static Optional<TreeMerge.Result> of(RegionRepository repository, MergeBase bases, String ours, String theirs) {
        return bases.of(ours, theirs).map(base -> TreeMerge.merge(repository, base, repository.files(ours),
                repository.files(theirs), TreeMerge.OtherFiles.KEEP_OURS));
    }

    /**
     * Merges two commits of the repository and writes the merged tree, without any commit or branch move.
     *
     * @return the merged tree's id; empty when the merge has conflicts or the commits share no history
     */
    public static Optional<String> mergedTree(PlanRepository git, String ours, String theirs) {
        RegionRepository repository = new RegionRepository(git);
        Optional<TreeMerge.Result> merge = of(repository, new MergeBase(repository), ours, theirs);
        if (merge.isEmpty() || !merge.get().semantic().isClean()) {
            return Optional.empty();
        }
        Map<String, String> files = merge.get().files(repository, merge.get().semantic().result());
        return Optional.of(repository.writeTree(files));
    }
}
