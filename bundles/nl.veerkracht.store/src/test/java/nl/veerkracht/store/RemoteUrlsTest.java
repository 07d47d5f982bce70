package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** URLs as users see them: a password never shown, never recorded; a user name alone is fine. */
class RemoteUrlsTest {

    @Test
    void aPasswordIsTakenOutOfEveryUrlInAText() {
        assertEquals("https://breda@git.example.nl/regio.git",
                RemoteUrls.withoutPasswords("https://breda:geheim@git.example.nl/regio.git"));
        assertEquals("Samengevoegd met hub http://u@h:8080/x en http://v@h/y",
                RemoteUrls.withoutPasswords("Samengevoegd met hub http://u:p%40ss@h:8080/x en http://v:w@h/y"));
        assertEquals("http://h/x", RemoteUrls.withoutPasswords("http://:secret@h/x"));
    }

    @Test
    void urlsWithoutPasswordStayAsTheyAre() {
        for (String url : new String[] {"https://breda@git.example.nl/regio.git", "git@git.example.nl:regio.git",
                "ssh://git@host:2222/srv/regio.git", "/srv/regio", "git://127.0.0.1:9418/regio"}) {
            assertEquals(url, RemoteUrls.withoutPasswords(url));
            assertFalse(RemoteUrls.hasPassword(url), url);
            assertEquals(url, RemoteUrls.requireNoPassword(url));
        }
    }

    @Test
    void aUrlWithAPasswordIsRefusedNamingItWithoutThePassword() {
        StoreException refused = assertThrows(StoreException.class,
                () -> RemoteUrls.requireNoPassword("https://breda:geheim@git.example.nl/regio.git"));
        assertEquals("url.password", refused.key());
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            String message = refused.describe(locale);
            assertFalse(message.contains("geheim"), message);
            assertTrue(message.contains("https://breda@git.example.nl/regio.git"), message);
            assertTrue(message.contains("~/.netrc") && message.contains("~/.git-credentials"), message);
        }
    }

    @Test
    void localFoldersAreToldFromNetworkRemotesAsCGitTellsThem() {
        assertTrue(RemoteUrls.isLocalFolder("/srv/regio"));
        assertTrue(RemoteUrls.isLocalFolder("../breda/region/west-brabant"));
        assertTrue(RemoteUrls.isLocalFolder("file:///srv/regio"));
        assertTrue(RemoteUrls.isLocalFolder("./a:b"), "a colon after a slash is part of a path");
        assertTrue(RemoteUrls.isLocalFolder("C:\\regio"), "a drive letter");
        assertFalse(RemoteUrls.isLocalFolder("regiohub:/srv/regio.git"), "scp-like with a Host alias");
        assertFalse(RemoteUrls.isLocalFolder("git@git.example.nl:regio.git"));
        assertFalse(RemoteUrls.isLocalFolder("ssh://git@host/regio"));
        assertFalse(RemoteUrls.isLocalFolder("https://git.example.nl/regio.git"));
    }
}
