package nl.veerkracht.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;

/**
 * What the sync did with one regional plan of the workspace.
 *
 * @param region the repository ({@code region/west-brabant})
 * @param before where {@code main} was
 * @param after where {@code main} is now
 * @param hub whether the region has a hub (then {@code sources} holds the hub only)
 * @param sources per member (or the hub), in the order they were handled
 * @param push with a hub: what became of pushing our {@code main} there
 * @param keptOurs files outside the plan that both sides changed differently: ours were kept
 * @param pending the merge that waits for conflicts to be settled
 * @param notices what else the user should know: a finished interrupted update, a pending merge started over
 * @param failure why the sync of this plan stopped (uncommitted changes, an unreadable plan); said in the
 *        user's language by {@link StoreException#describe(java.util.Locale)}
 */
public record RegionReport(RepositoryName region, Optional<String> before, Optional<String> after, boolean hub,
        List<SourceReport> sources, Optional<PushResult> push, List<String> keptOurs, Optional<PendingMerge> pending,
        List<Notice> notices, Optional<StoreException> failure) {

    /** What became of pushing to the hub. */
    public enum PushResult {
        PUSHED, UP_TO_DATE, REJECTED, UNREACHABLE, NOT_TRIED
    }

    /** Something to tell the user, as a message key of this bundle and its arguments. */
    public record Notice(String key, List<String> args) {
        public Notice {
            Objects.requireNonNull(key);
            args = List.copyOf(args);
        }

        /** The notice in the given language (Dutch unless English is asked for). */
        public String describe(java.util.Locale locale) {
            return new RegionException(key, args.toArray()).describe(locale);
        }
    }

    public RegionReport {
        Objects.requireNonNull(region);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        sources = List.copyOf(sources);
        Objects.requireNonNull(push);
        keptOurs = List.copyOf(keptOurs);
        Objects.requireNonNull(pending);
        notices = List.copyOf(notices);
        Objects.requireNonNull(failure);
    }

    public SyncOutcome outcome() {
        SyncOutcome outcome = SyncOutcome.worst(sources.stream().map(SourceReport::outcome).toList());
        if (pending.isPresent()) {
            outcome = outcome.and(SyncOutcome.CONFLICTS);
        }
        if (failure.isPresent() || push.filter(result -> result == PushResult.REJECTED
                || result == PushResult.UNREACHABLE).isPresent()) {
            outcome = outcome.and(SyncOutcome.FAILED);
        }
        return outcome;
    }
}
