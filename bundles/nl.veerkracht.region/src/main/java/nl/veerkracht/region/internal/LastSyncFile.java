package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StateFile;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * The moment a regional plan was last synced without conflicts or failure, kept in
 * {@code .veerkracht/repositories/region/<id>/last-sync}: one line, an ISO-8601 date-time with offset
 * ({@code 2026-11-28T14:03:11+01:00}), written atomically. The ten-point check reads it (point 8,
 * "regional plan synced recently"; see the checklist's RULES.md).
 */
final class LastSyncFile {

    static final String FILE_NAME = "last-sync";

    private LastSyncFile() {
    }

    static Path of(Workspace workspace, RepositoryName region) {
        return workspace.stateOf(region).resolve(FILE_NAME);
    }

    /**
     * Records that the sync of {@code region} completed at {@code when}. A failure is answered rather than
     * thrown, since the sync itself is done: the caller reports it with the region, and the other steps
     * still run. A temporary file is never left behind, and something that is not a file where the record
     * belongs (a folder) is left alone and named.
     */
    static Optional<StoreException> record(Workspace workspace, RepositoryName region, OffsetDateTime when) {
        Path file = of(workspace, region);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new RegionException("lastSync.notAFile", file));
        }
        try {
            StateFile.at(file).write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when.truncatedTo(ChronoUnit.SECONDS))
                    + "\n");
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new RegionException(e, "lastSync.unwritable", file, e.getMessage()));
        }
    }
}
