package nl.veerkracht.checklist;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a regional plan was last synced successfully, as the workspace records it. The regional sync owns
 * that record (its file and format, see the region bundle); the check gets it as this plain value from a
 * {@link LastSyncReader}.
 *
 * @param file where the record is, from the workspace root, for findings
 *        ({@code .veerkracht/repositories/region/<id>/last-sync})
 * @param at when the last successful sync was; empty when there was none or the record cannot be read
 * @param problem why the record cannot be read (in English, with the bad text); empty when it could be
 *        read or is not there
 */
public record LastSync(String file, Optional<OffsetDateTime> at, Optional<String> problem) {

    public LastSync {
        Objects.requireNonNull(file);
        Objects.requireNonNull(at);
        Objects.requireNonNull(problem);
    }

    /** No sync is recorded in {@code file}. */
    public static LastSync never(String file) {
        return new LastSync(file, Optional.empty(), Optional.empty());
    }

    /** The last successful sync, recorded in {@code file}, was at {@code moment}. */
    public static LastSync at(String file, OffsetDateTime moment) {
        return new LastSync(file, Optional.of(moment), Optional.empty());
    }

    /** The record in {@code file} cannot be read, for this reason. */
    public static LastSync unreadable(String file, String problem) {
        return new LastSync(file, Optional.empty(), Optional.of(problem));
    }
}
