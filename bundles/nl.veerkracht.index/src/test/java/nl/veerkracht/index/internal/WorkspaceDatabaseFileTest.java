package nl.veerkracht.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.index.IndexException;

/** {@code .veerkracht/index.cfg}: read strictly, every mistake one line with file, line and column. */
class WorkspaceDatabaseFileTest {

    private static final Path FILE = Path.of("/ws/.veerkracht/index.cfg");

    @Test
    void readsUrlUserAndPasswordWithCommentsAndBlankLines() {
        DatabaseSettings settings = WorkspaceDatabaseFile.parse(FILE, """
                # de index van deze werkruimte staat op de regionale server
                url = jdbc:postgresql://db.west-brabant.nl:5432/veerkracht?currentSchema=breda

                user: breda
                ! zie de kluis
                password = geheim=met=tekens
                """);
        assertEquals(new DatabaseSettings("jdbc:postgresql://db.west-brabant.nl:5432/veerkracht?currentSchema=breda",
                Optional.of("breda"), Optional.of("geheim=met=tekens")), settings);
        assertEquals(DatabaseSettings.Kind.POSTGRESQL, settings.kind());
        assertEquals("jdbc:postgresql://db.west-brabant.nl:5432/veerkracht?currentSchema=breda (breda)", settings.toString(),
                "the password is never shown");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndColumn() {
        IndexException error = assertThrows(IndexException.class,
                () -> WorkspaceDatabaseFile.parse(FILE, "url = jdbc:h2:mem:x\n  usr = breda\n"));
        assertEquals("/ws/.veerkracht/index.cfg:2:3: unknown key 'usr'; known are url, user and password",
                error.describe(Locale.ENGLISH));
        assertEquals("/ws/.veerkracht/index.cfg:2:3: onbekende sleutel 'usr'; bekend zijn url, user en password",
                error.describe(Locale.ROOT));
    }

    @Test
    void aLineWithoutKeyAndValueATwiceGivenKeyAndAMissingUrlAreRefused() {
        assertEquals("/ws/.veerkracht/index.cfg:1:1: expected 'key = value'", assertThrows(IndexException.class,
                () -> WorkspaceDatabaseFile.parse(FILE, "jdbc\n")).describe(Locale.ENGLISH));
        assertEquals("/ws/.veerkracht/index.cfg:3:1: 'user' appears twice", assertThrows(IndexException.class,
                () -> WorkspaceDatabaseFile.parse(FILE, "url=jdbc:h2:mem:x\nuser=a\nuser=b\n")).describe(Locale.ENGLISH));
        assertEquals("/ws/.veerkracht/index.cfg: the key url is missing", assertThrows(IndexException.class,
                () -> WorkspaceDatabaseFile.parse(FILE, "user = breda\n")).describe(Locale.ENGLISH));
    }

    @Test
    void onlyH2AndPostgreSqlAreAccepted() {
        IndexException error = assertThrows(IndexException.class,
                () -> WorkspaceDatabaseFile.parse(FILE, "url = jdbc:mysql://localhost/veerkracht\n"));
        assertEquals("the index cannot live in the database jdbc:mysql://localhost/veerkracht: only H2 (jdbc:h2:...)"
                + " and PostgreSQL (jdbc:postgresql://...) are supported", error.describe(Locale.ENGLISH));
    }
}
