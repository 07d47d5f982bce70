package nl.veerkracht.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.store.Workspace;

/**
 * The deprecated reading of the record, kept for rule bundles built against 1.1 of the package; the
 * region's LastSyncFileTest tests the reading Veerkracht uses.
 */
@SuppressWarnings("removal")
class LastSyncTest {

    private static LastSync parse(String text) {
        return LastSync.parse("west-brabant", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstLineIsTheMomentWithItsOffset() {
        OffsetDateTime moment = OffsetDateTime.parse("2026-11-28T14:03:11+01:00");
        assertEquals(LastSync.at("west-brabant", moment), parse("2026-11-28T14:03:11+01:00\n"));
        assertEquals(Optional.of(OffsetDateTime.parse("2026-11-28T13:03:11Z")), parse("2026-11-28T13:03:11Z").at());
        assertEquals(Optional.of(moment), parse("2026-11-28T14:03:11+01:00\ncommit 3f2a\n").at(), "later lines are reserved");
        assertEquals("2026-11-28T14:03:11+01:00\n", LastSync.line(moment));
        assertEquals(Optional.of(moment), parse(LastSync.line(moment)).at(), "what line() writes, parse() reads");
        assertEquals(".veerkracht/repositories/region/west-brabant/last-sync", LastSync.pathOf("west-brabant"));
    }

    @Test
    void aFileThatCannotBeReadSaysWhyInsteadOfPretendingThereWasNoSync() {
        assertEquals(Optional.of("'gisteren' is not a date and time such as 2026-11-28T14:03:11+01:00"),
                parse("gisteren\n").problem());
        assertEquals(Optional.of("'2026-11-28' is not a date and time such as 2026-11-28T14:03:11+01:00"),
                parse("2026-11-28").problem(), "a date alone has no moment");
        assertEquals(Optional.of("not UTF-8 text"), LastSync.parse("west-brabant", new byte[] {(byte) 0xff, 0x32}).problem());
        assertEquals(Optional.empty(), parse("").at());
    }

    @Test
    void itIsReadFromTheWorkspacesStateAndIsAbsentBeforeTheFirstSync(@TempDir Path temp) throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        assertEquals(LastSync.never("west-brabant"), LastSync.read(workspace, "west-brabant"));
        Path file = LastSync.fileOf(workspace, "west-brabant");
        assertEquals(temp.resolve("ws/.veerkracht/repositories/region/west-brabant/last-sync").toAbsolutePath(), file);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "2026-10-01T16:30:00+02:00\n");
        assertEquals(Optional.of(OffsetDateTime.parse("2026-10-01T16:30:00+02:00")),
                LastSync.read(workspace, "west-brabant").at());
    }
}
