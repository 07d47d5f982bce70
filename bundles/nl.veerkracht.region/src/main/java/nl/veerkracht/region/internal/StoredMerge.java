package nl.veerkracht.region.internal;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.merge.Resolution;

/**
 * A pending merge as it is kept on disk: the two commits, where theirs came from, and the answers given
 * so far. The conflicts themselves are not kept: the merge is deterministic, so merging the same two
 * commits again gives the same conflicts, to which the answers are applied again.
 */
record StoredMerge(String region, String ours, String theirs, String member, String memberName,
        List<Resolution> resolutions) {

    StoredMerge {
        Objects.requireNonNull(region);
        Objects.requireNonNull(ours);
        Objects.requireNonNull(theirs);
        Objects.requireNonNull(member);
        Objects.requireNonNull(memberName);
        resolutions = List.copyOf(resolutions);
    }

    StoredMerge with(Resolution resolution) {
        List<Resolution> more = new java.util.ArrayList<>(resolutions);
        more.add(resolution);
        return new StoredMerge(region, ours, theirs, member, memberName, more);
    }
}
