package nl.veerkracht.region;

import java.util.Collection;

/**
 * How a sync (or one step of it) ended, from least to most serious. The whole sync ends as its most
 * serious step: a refused tip before conflicts, conflicts before a member that could not be reached.
 */
public enum SyncOutcome {
    /** Everything is up to date. Exit code 0. */
    DONE,
    /**
     * The user stopped the sync (the desktop client's Cancel): every repository is as the last finished
     * remote left it, and the next sync goes on from there. Exit code 5.
     */
    CANCELLED,
    /** Something could not be done: a member unreachable, uncommitted changes in the way. Exit code 5. */
    FAILED,
    /** A merge stopped at conflicts; {@code conflicts} lists them, {@code resolve} settles them. Exit code 3. */
    CONFLICTS,
    /** An incoming tip broke a rule of the region and was refused whole. Exit code 4. */
    REFUSED;

    /** The more serious of the two. */
    public SyncOutcome and(SyncOutcome other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The most serious of them; {@link #DONE} for none. */
    public static SyncOutcome worst(Collection<SyncOutcome> outcomes) {
        return outcomes.stream().reduce(DONE, SyncOutcome::and);
    }
}
