package nl.veerkracht.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.StoreException;

/**
 * What the sync of a regional plan did with one member (or the hub).
 *
 * @param code the member's CBS code, or {@code hub}
 * @param name the member's name, or the hub's URL
 * @param status what happened
 * @param commits how many commits came in (fast-forward, merge)
 * @param entities the files the merge took from them
 * @param conflicts how many conflicts the merge stopped at
 * @param refusal why their tip was refused
 * @param error for an unreachable member, why it could not be fetched
 * @param problem for an invalid merge, the first problem of the merged plan
 */
public record SourceReport(String code, String name, Status status, int commits, List<String> entities,
        int conflicts, Optional<Refusal> refusal, Optional<StoreException> error, Optional<Problem> problem) {

    /** What happened with one member's tip. */
    public enum Status {
        /** Nothing new: their tip is in ours already. */
        UP_TO_DATE,
        /** Ours was behind: {@code main} moved forward to their tip. */
        FAST_FORWARDED,
        /** Both had new commits: a merge commit joins them. */
        MERGED,
        /** A pending merge with them was finished: every conflict was settled. */
        MERGED_RESOLVED,
        /**
         * The same plan with only merge commits apart: {@code main} moved to their tip (the smaller commit
         * id, or the hub's), so that the members stop making merge commits of merge commits.
         */
        CONVERGED,
        /** The merge stopped at conflicts; the branch stayed where it was. */
        CONFLICTS,
        /** The merge would give an invalid plan (a reference one side removed, say); nothing was merged. */
        INVALID_MERGE,
        /** A commit of theirs breaks a rule: nothing of their tip was merged. */
        REFUSED,
        /** Waits until the pending merge with another member is settled. */
        WAITING,
        /** Their repository could not be fetched. */
        UNREACHABLE,
        /** The regional plan lists no URL for them. */
        NO_URL,
        /** The user stopped the sync before their tip was fetched or merged: nothing of theirs was used. */
        CANCELLED
    }

    public SourceReport {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(status);
        entities = List.copyOf(entities);
        Objects.requireNonNull(refusal);
        Objects.requireNonNull(error);
        Objects.requireNonNull(problem);
    }

    /** A report with a status and a count of commits only. */
    public static SourceReport of(String code, String name, Status status, int commits) {
        return new SourceReport(code, name, status, commits, List.of(), 0, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** How serious this is for the sync's outcome. */
    public SyncOutcome outcome() {
        return switch (status) {
            case REFUSED -> SyncOutcome.REFUSED;
            case CONFLICTS, INVALID_MERGE -> SyncOutcome.CONFLICTS;
            case UNREACHABLE -> SyncOutcome.FAILED;
            case CANCELLED -> SyncOutcome.CANCELLED;
            default -> SyncOutcome.DONE;
        };
    }
}
