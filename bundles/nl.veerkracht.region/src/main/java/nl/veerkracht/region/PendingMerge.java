package nl.veerkracht.region;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.merge.Resolution;
import nl.veerkracht.store.RepositoryName;

/**
 * A merge that sync could not finish because the two sides conflict: the branch stayed at
 * {@code ours}; once every conflict is settled ({@code resolve}), the next {@code sync} makes the
 * merge commit.
 *
 * @param region the regional plan
 * @param ours where our {@code main} was (and is)
 * @param theirs the member's (or hub's) commit being merged
 * @param member the CBS code of the member it came from, or {@code hub}
 * @param memberName the member's name, or the hub's URL
 * @param open the conflicts not settled yet, by file and field
 * @param resolved the answers given so far, in the order they were given
 */
public record PendingMerge(RepositoryName region, String ours, String theirs, String member, String memberName,
        List<PendingConflict> open, List<Resolution> resolved) {

    public PendingMerge {
        Objects.requireNonNull(region);
        Objects.requireNonNull(ours);
        Objects.requireNonNull(theirs);
        Objects.requireNonNull(member);
        Objects.requireNonNull(memberName);
        open = List.copyOf(open);
        resolved = List.copyOf(resolved);
    }

    public boolean isSettled() {
        return open.isEmpty();
    }
}
