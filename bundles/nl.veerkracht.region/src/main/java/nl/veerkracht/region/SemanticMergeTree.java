package nl.veerkracht.region;

import java.util.Optional;

import nl.veerkracht.region.internal.CommitMerge;
import nl.veerkracht.store.PlanRepository;

/**
 * The semantic merge of two commits of a regional plan written as a tree, without a commit or a branch
 * move: what {@code git merge-tree --write-tree} is to text, for plan files merged field by field (the
 * base is virtual for criss-cross histories; files are decided by blob id first). Sync uses the same
 * merge; this entry point serves tools and the benchmark that compares it with C git's.
 */
public final class SemanticMergeTree {

    private SemanticMergeTree() {
    }

    /**
     * Merges {@code theirs} into {@code ours} in {@code repository} and writes the merged tree.
     *
     * @return the merged tree's id; empty when the merge has conflicts or the commits share no history
     */
    public static Optional<String> write(PlanRepository repository, String ours, String theirs) {
        return CommitMerge.mergedTree(repository, ours, theirs);
    }
}
