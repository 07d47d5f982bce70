package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    private static final Path FILE = Path.of("/ws/.veerkracht/checklist.cfg");

    @TempDir
    Path temp;

    @Test
    void settingsKeepTheirOrderValuesAndPositions() {
        SettingsFile file = SettingsFile.parse(FILE, """
                # drempels van de tienpuntencheck
                ! ook een opmerking

                stakeholders.minimumSectors = 4
                  rules.disabled: lesson-links, vision
                url=jdbc:h2:mem:x;MODE=PostgreSQL
                """);
        assertEquals(List.of("stakeholders.minimumSectors", "rules.disabled", "url"), List.copyOf(file.settings().keySet()));
        SettingsFile.Setting disabled = file.setting("rules.disabled").orElseThrow();
        assertEquals(new SettingsFile.Setting("rules.disabled", "lesson-links, vision", 5, 3), disabled);
        assertEquals("/ws/.veerkracht/checklist.cfg:5:3", file.where(disabled));
        assertEquals("jdbc:h2:mem:x;MODE=PostgreSQL", file.setting("url").orElseThrow().value(),
                "the first '=' or ':' separates; the rest is the value as written");
    }

    @Test
    void aLineThatIsNoSettingAndAKeyTwiceAreNamedWithTheirPosition() {
        SettingsFile.MalformedException syntax = assertThrows(SettingsFile.MalformedException.class,
                () -> SettingsFile.parse(FILE, "a = 1\n   zomaar tekst\n"));
        assertEquals(SettingsFile.MalformedException.Reason.SYNTAX, syntax.reason());
        assertEquals("/ws/.veerkracht/checklist.cfg:2:4: expected 'key = value'", syntax.getMessage());
        SettingsFile.MalformedException twice = assertThrows(SettingsFile.MalformedException.class,
                () -> SettingsFile.parse(FILE, "a = 1\na: 2\n"));
        assertEquals(SettingsFile.MalformedException.Reason.DUPLICATE_KEY, twice.reason());
        assertEquals("a", twice.key());
        assertEquals(2, twice.line());
        assertEquals(1, twice.column());
        assertThrows(SettingsFile.MalformedException.class, () -> SettingsFile.parse(FILE, "= 3\n"), "a value without key");
    }

    @Test
    void noFileIsNoSettingsAndAFileThatIsNotUtf8IsUnreadable() throws Exception {
        assertTrue(SettingsFile.read(temp.resolve("nergens.cfg")).isEmpty());
        Path latin1 = Files.write(temp.resolve("latin1.cfg"), new byte[] {'a', '=', (byte) 0xE9, '\n'});
        SettingsFile.MalformedException error = assertThrows(SettingsFile.MalformedException.class,
                () -> SettingsFile.read(latin1));
        assertEquals(SettingsFile.MalformedException.Reason.UNREADABLE, error.reason());
        assertEquals("UTF-8", error.detail());
    }

    @Test
    void aKeyNobodyReadsIsNamedWithItsPosition() {
        SettingsFile file = SettingsFile.parse(Path.of("checklist.cfg"), "a = 1\n# b\n  c = 2\n");
        assertEquals(file, file.requireKnown(key -> key.equals("a") || key.equals("c")));
        SettingsFile.MalformedException unknown = assertThrows(SettingsFile.MalformedException.class,
                () -> file.requireKnown(key -> key.equals("a")));
        assertEquals(SettingsFile.MalformedException.Reason.UNKNOWN_KEY, unknown.reason());
        assertEquals("c", unknown.key());
        assertEquals(3, unknown.line());
        assertEquals(3, unknown.column());
    }
}
