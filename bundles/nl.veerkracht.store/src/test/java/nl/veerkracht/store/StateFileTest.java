package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path temp;

    @Test
    void whatIsWrittenIsReadAndNoTemporaryFileStays() throws IOException {
        StateFile file = StateFile.at(temp.resolve("state/region/last-sync"));
        assertEquals(Optional.empty(), file.read(100), "no file: nothing recorded");
        file.write("2026-11-28T14:03:11+01:00\n");
        file.write("2026-11-29T09:00:00+01:00\n");
        assertEquals(Optional.of("2026-11-29T09:00:00+01:00\n"), file.read(100));
        assertFalse(Files.exists(temp.resolve("state/region/last-sync.tmp")));
        file.delete();
        file.delete();
        assertEquals(Optional.empty(), file.readBytes(100));
    }

    @Test
    void aFileLargerThanTheBoundIsRefusedInOneLine() throws IOException {
        StateFile file = StateFile.at(temp.resolve("branch-move"));
        file.write(new byte[10]);
        assertArrayEquals(new byte[10], file.readBytes(10).orElseThrow());
        IOException tooLarge = assertThrows(StateFile.TooLargeException.class, () -> file.read(9));
        assertEquals(file.path() + " is larger than 9 bytes", tooLarge.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        StateFile file = StateFile.at(temp.resolve("lock.owner"));
        file.write(new byte[] {(byte) 0xff, 0x32});
        assertThrows(CharacterCodingException.class, () -> file.read(10));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        StateFile file = StateFile.at(temp.resolve("pending-merge.yaml"));
        file.write("old\n");
        // a folder where the file should go cannot be replaced by a move
        StateFile blocked = StateFile.at(Files.createDirectories(temp.resolve("blocked")).resolve("x"));
        Files.createDirectories(blocked.path().resolve("inside"));
        assertThrows(IOException.class, () -> blocked.write("new\n"));
        assertFalse(Files.exists(temp.resolve("blocked/x.tmp")));
        assertEquals(Optional.of("old\n"), file.read(10));
    }
}
