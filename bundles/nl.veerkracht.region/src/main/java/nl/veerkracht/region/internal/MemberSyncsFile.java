package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.model.MunicipalityCode;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StateFile;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * When this workspace last synced successfully with each member (or the hub) of a regional plan, kept in
 * {@code .veerkracht/repositories/region/<id>/member-syncs}; this class is the one owner of that file. A sync
 * with a member is successful when its tip was fetched and is now part of the regional plan (up to date,
 * fast-forwarded, merged, converged), whatever happened with the other members.
 *
 * <h2>The file</h2>
 * UTF-8, a line per member in code order: the member's code ({@code GM0777}, or {@code hub}), a space, and the
 * moment as an ISO-8601 date and time with its offset:
 *
 * <pre>
 * GM0777 2026-11-28T14:03:11+01:00
 * hub 2026-11-28T14:03:11+01:00
 * </pre>
 *
 * <p>Written whole or not at all ({@link StateFile}). It only informs (the desktop client's region view): a
 * line that is not of this form is skipped when read, and the next sync writes the file afresh.
 */
final class MemberSyncsFile {

    static final String FILE_NAME = "member-syncs";

    /** A line per member of the largest region, with room to spare. */
    private static final int MAX_BYTES = 256 * 1024;

    private MemberSyncsFile() {
    }

    static Path of(Workspace workspace, RepositoryName region) {
        return workspace.stateOf(region).resolve(FILE_NAME);
    }

    /** What the file records, by code; empty when there is no file or it cannot be read. */
    static Map<String, OffsetDateTime> read(Workspace workspace, RepositoryName region) {
        Optional<String> text;
        try {
            text = StateFile.at(of(workspace, region)).read(MAX_BYTES);
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, OffsetDateTime> moments = new TreeMap<>();
        text.ifPresent(content -> content.lines().forEach(line -> parse(line).ifPresent(
                entry -> moments.put(entry.getKey(), entry.getValue()))));
        return moments;
    }

    private static Optional<Map.Entry<String, OffsetDateTime>> parse(String line) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String code = line.substring(0, space);
        if (!code.equals(RegionSync.HUB) && !MunicipalityCode.isValid(code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.entry(code, OffsetDateTime.parse(line.substring(space + 1).strip(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Records that the members (or hub) {@code synced} were synced successfully at {@code when}, keeping what the
     * file says of the others. A failure is answered rather than thrown, as {@link LastSyncFile#record} does.
     */
    static Optional<StoreException> record(Workspace workspace, RepositoryName region, Iterable<String> synced,
            OffsetDateTime when) {
        Path file = of(workspace, region);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new RegionException("lastSync.notAFile", file));
        }
        Map<String, OffsetDateTime> moments = new TreeMap<>(read(workspace, region));
        synced.forEach(code -> moments.put(code, when.truncatedTo(ChronoUnit.SECONDS)));
        StringBuilder text = new StringBuilder();
        moments.forEach((code, moment) -> text.append(code).append(' ')
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment)).append('\n'));
        try {
            StateFile.at(file).write(text.toString());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new RegionException(e, "lastSync.unwritable", file, e.getMessage()));
        }
    }
}
