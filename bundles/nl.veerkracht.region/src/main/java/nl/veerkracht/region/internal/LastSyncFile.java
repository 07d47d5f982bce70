package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import nl.veerkracht.store.RepositoryName;
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

    static void record(Workspace workspace, RepositoryName region, OffsetDateTime when) {
        Path file = of(workspace, region);
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(temp, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when.truncatedTo(ChronoUnit.SECONDS))
                    + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", file.getParent(), e.getMessage());
        }
    }
}
