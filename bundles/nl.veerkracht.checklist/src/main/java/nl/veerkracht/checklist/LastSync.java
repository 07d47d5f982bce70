package nl.veerkracht.checklist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * When a regional plan was last synced successfully, as the workspace records it. The regional sync owns
 * that record (its file and format, see the region bundle); the check gets it as this plain value from a
 * {@link LastSyncReader}, and makes it with {@link #none}, {@link #recorded} and {@link #unreadable}.
 *
 * <p>The static methods that name, read and write the file ({@link #FILE_NAME}, {@link #fileOf},
 * {@link #pathOf}, {@link #read}, {@link #parse}, {@link #line}, {@link #never}, {@link #at}) are kept,
 * deprecated, for rule bundles built against 1.1 of this package; nothing in Veerkracht uses them, and
 * they go with its next major version.
 *
 * <h2>The file (as the region writes it)</h2>
 * {@code <workspace>/.veerkracht/repositories/region/<id>/last-sync}
 * ({@code Workspace.stateOf(RepositoryName.region(id)).resolve("last-sync")}): UTF-8, one line, the
 * moment the last sync of that regional plan completed without conflicts, as an ISO-8601 date and
 * time with its offset ({@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}), followed by a line feed:
 *
 * <pre>
 * 2026-11-28T14:03:11+01:00
 * </pre>
 *
 * <p>Readers use the first line only; later lines are reserved. The sync writes the file after the
 * regional plan's {@code main} has moved (or was found up to date), never after a sync that stopped
 * at conflicts or failed; it writes a temporary file beside it and moves it over the old one
 * ({@code ATOMIC_MOVE}), so that a reader never sees half a line. {@link #line(OffsetDateTime)} gives
 * the exact text. No file means: never synced here.
 *
 * @param file the file's path from the workspace root, for findings
 * @param at when the last successful sync was; empty when there was none or the file cannot be read
 * @param problem why the file cannot be read (in English, with the bad text); empty when it could be
 *        read or is not there
 */
public record LastSync(String file, Optional<OffsetDateTime> at, Optional<String> problem) {

    /** The file's name in the regional plan's state folder. */
    @Deprecated(since = "1.2.0", forRemoval = true)
    public static final String FILE_NAME = "last-sync";

    private static final int MAX_BYTES = 4096;

    public LastSync {
        Objects.requireNonNull(file);
        Objects.requireNonNull(at);
        Objects.requireNonNull(problem);
    }

    /** The file of region {@code regionId} in {@code workspace}. */
    @Deprecated(since = "1.2.0", forRemoval = true)
    public static Path fileOf(Workspace workspace, String regionId) {
        return workspace.stateOf(RepositoryName.region(regionId)).resolve(FILE_NAME);
    }

    /** The file's path from the workspace root: {@code .veerkracht/repositories/region/<id>/last-sync}. */
    @Deprecated(since = "1.2.0", forRemoval = true)
    public static String pathOf(String regionId) {
        return Workspace.STATE_FOLDER + "/repositories/region/" + regionId + "/" + FILE_NAME;
    }

    /** What the workspace records of region {@code regionId}'s last sync. */
    @Deprecated(since = "1.2.0", forRemoval = true)
    public static LastSync read(Workspace workspace, String regionId) {
        String path = pathOf(regionId);
        byte[] bytes;
        try {
            Path file = fileOf(workspace, regionId);
            if (Files.size(file) > MAX_BYTES) {
                return new LastSync(path, Optional.empty(), Optional.of("larger than " + MAX_BYTES + " bytes"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return never(regionId);
        } catch (IOException e) {
            return new LastSync(path, Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
        }
        return parse(regionId, bytes);
    }

    /** The record that {@code bytes}, the file's content, give. */
    @Deprecated(since = "1.2.0", forRemoval = true)
    public static LastSync parse(String regionId, byte[] bytes) {
        String path = pathOf(regionId);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new LastSync(path, Optional.empty(), Optional.of("not UTF-8 text"));
        }
        String first = text.lines().findFirst().orElse("").strip();
        try {
            return new LastSync(path, Optional.of(OffsetDateTime.parse(first, DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                    Optional.empty());
        } catch (DateTimeParseException e) {
            return new LastSync(path, Optional.empty(), Optional.of("'" + abbreviate(first)
                    + "' is not a date and time such as 2026-11-28T14:03:11+01:00"));
        }
    }

    /** No sync of region {@code regionId} is recorded. */
    /** No sync is recorded in {@code file}, the record's path from the workspace root. */
    public static LastSync none(String file) {
        return new LastSync(file, Optional.empty(), Optional.empty());
    }

    /** The last successful sync, recorded in {@code file}, was at {@code moment}. */
    public static LastSync recorded(String file, OffsetDateTime moment) {
        return new LastSync(file, Optional.of(moment), Optional.empty());
    }

    /** The record in {@code file} cannot be read, for this reason (in English, with the bad text). */
    public static LastSync unreadable(String file, String problem) {
        return new LastSync(file, Optional.empty(), Optional.of(problem));
    }

    @Deprecated(since = "1.2.0", forRemoval = true)
    public static LastSync never(String regionId) {
        return new LastSync(pathOf(regionId), Optional.empty(), Optional.empty());
    }

    /** The last successful sync of region {@code regionId} was at {@code moment}. */
    @Deprecated(since = "1.2.0", forRemoval = true)
    public static LastSync at(String regionId, OffsetDateTime moment) {
        return new LastSync(pathOf(regionId), Optional.of(moment), Optional.empty());
    }

    /** The file's exact content for a sync that completed at {@code moment}: the date and time and a line feed. */
    @Deprecated(since = "1.2.0", forRemoval = true)
    public static String line(OffsetDateTime moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment) + "\n";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
