package nl.veerkracht.province;

import java.util.Optional;

import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;

/**
 * What a sync did with one read-only mirror: the province's programme or another member's plan.
 * Veerkracht only ever fast-forwards a mirror; anything else stops that mirror and changes nothing.
 *
 * @param repository the mirror, {@code province/PV30} or {@code members/GM0777}
 * @param name whose it is: the province or municipality's name, or its code when unknown
 * @param status what happened
 * @param from where the mirror was; empty for a new mirror
 * @param to where it is now (or, when refused, where the remote is)
 * @param commits how many commits came in
 * @param error for an unreachable remote, why; for a refused one, the commit and the rule
 *        ({@link nl.veerkracht.store.ReceivedRefusedException})
 * @param source where the mirror is fetched from, as a report may show it: a URL's password left out
 */
public record MirrorUpdate(RepositoryName repository, String name, Status status, Optional<String> from,
        Optional<String> to, int commits, Optional<StoreException> error, Optional<String> source) {

    /** What happened with one mirror. */
    public enum Status {
        /** Nothing new. */
        UP_TO_DATE,
        /** Fast-forwarded to the remote's new commits. */
        UPDATED,
        /** A mirror that was not there yet was made. */
        CLONED,
        /**
         * On request ({@code province follow --replace}), the remote's rewritten history took the place of the
         * mirror's: {@code main} moved to a commit that does not descend from where it was.
         */
        REPLACED,
        /** The remote's history no longer contains what the mirror had: it was rewritten. Nothing changed. */
        REWRITTEN,
        /** The mirror has a commit of its own, made by hand. Nothing changed. */
        LOCAL_COMMIT,
        /** The mirror's files were changed by hand. Nothing changed. */
        LOCAL_CHANGES,
        /**
         * What the remote sent breaks a rule on what may arrive (a malformed commit, files outside the plan's
         * layout, a symbolic link, a file too large, ...; the error says which commit and which rule). Nothing of
         * it was kept, and the mirror did not move.
         */
        REFUSED,
        /** The remote could not be reached or read. */
        UNREACHABLE,
        /** Nobody says where the mirror comes from (no {@code plan_url}, no remote). */
        NO_URL,
        /** The user stopped the sync before the mirror was brought up to date. Nothing changed. */
        CANCELLED
    }

    /** How serious this is for the sync: a mirror that was refused or unreachable failed. */
    public SyncOutcome outcome() {
        return switch (status) {
            case UP_TO_DATE, UPDATED, CLONED, REPLACED, NO_URL -> SyncOutcome.DONE;
            case CANCELLED -> SyncOutcome.CANCELLED;
            default -> SyncOutcome.FAILED;
        };
    }
}
