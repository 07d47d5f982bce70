package nl.veerkracht.merge;

/** One of the two edits that a three-way merge combines. */
public enum Side {
    /** The branch being merged into: my own regional plan. */
    OURS,
    /** The incoming branch: a member's or the hub's tip. */
    THEIRS;

    /** The other side. */
    public Side other() {
        return this == OURS ? THEIRS : OURS;
    }
}
