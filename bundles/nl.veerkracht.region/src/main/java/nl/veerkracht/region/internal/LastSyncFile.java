package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.veerkracht.checklist.LastSync;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StateFile;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * The moment a regional plan was last synced without conflicts or failure, kept in
 * {@code .veerkracht/repositories/region/<id>/last-sync}. This class is the one owner of that file: the
 * sync writes it ({@link #record}), the ten-point check reads it through {@link RegionLastSyncs} (point 8,
 * "regional plan synced recently"; see the checklist's RULES.md) as a plain {@link LastSync}.
 *
 * <h2>The file</h2>
 * UTF-8, one line, the moment the last sync of that regional plan completed without conflicts, as an
 * ISO-8601 date and time with its offset ({@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}), followed by a
 * line feed:
 *
 * <pre>
 * 2026-11-28T14:03:11+01:00
 * </pre>
 *
 * <p>Readers use the first line only; later lines are reserved. The sync writes the file after the
 * regional plan's {@code main} has moved (or was found up to date), never after a sync that stopped at
 * conflicts or failed, as a {@link StateFile} (whole or not at all). No file means: never synced here.
 */
final class LastSyncFile {

    static final String FILE_NAME = "last-sync";

    /** One line of a date and time; a larger file is not one the sync wrote. */
    private static final int MAX_BYTES = 4096;

    private LastSyncFile() {
    }

    static Path of(Workspace workspace, RepositoryName region) {
        return workspace.stateOf(region).resolve(FILE_NAME);
    }

    /** The file's path from the workspace root, for findings: {@code .veerkracht/repositories/region/<id>/last-sync}. */
    static String pathOf(String regionId) {
        return Workspace.STATE_FOLDER + "/repositories/region/" + regionId + "/" + FILE_NAME;
    }

    /** The file's exact content for a sync that completed at {@code moment}: the date and time and a line feed. */
    static String line(OffsetDateTime moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.truncatedTo(ChronoUnit.SECONDS)) + "\n";
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
            StateFile.at(file).write(line(when));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new RegionException(e, "lastSync.unwritable", file, e.getMessage()));
        }
    }

    /** What the workspace records of region {@code regionId}'s last sync. */
    static LastSync read(Workspace workspace, String regionId) {
        String path = pathOf(regionId);
        Optional<byte[]> bytes;
        try {
            bytes = StateFile.at(of(workspace, RepositoryName.region(regionId))).readBytes(MAX_BYTES);
        } catch (StateFile.TooLargeException e) {
            return LastSync.unreadable(path, "larger than " + MAX_BYTES + " bytes");
        } catch (IOException e) {
            return LastSync.unreadable(path, String.valueOf(e.getMessage()));
        }
        return bytes.map(content -> parse(regionId, content)).orElseGet(() -> LastSync.none(path));
    }

    /** The record that {@code bytes}, the file's content, give. */
    static LastSync parse(String regionId, byte[] bytes) {
        String path = pathOf(regionId);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return LastSync.unreadable(path, "not UTF-8 text");
        }
        String first = text.lines().findFirst().orElse("").strip();
        try {
            return LastSync.recorded(path, OffsetDateTime.parse(first, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            return LastSync.unreadable(path, "'" + abbreviate(first)
                    + "' is not a date and time such as 2026-11-28T14:03:11+01:00");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
