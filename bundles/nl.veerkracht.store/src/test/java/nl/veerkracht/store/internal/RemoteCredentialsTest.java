package nl.veerkracht.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.store.RemoteAccess;

/** Where an HTTP user name and password come from, as C Git finds them, and that nothing else is said yes to. */
class RemoteCredentialsTest {

    @TempDir
    Path home;

    private RemoteCredentials credentials() {
        return new RemoteCredentials(RemoteAccess.defaults().withHome(home).withoutTerminal());
    }

    private static String[] ask(RemoteCredentials credentials, String url) throws Exception {
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        if (!credentials.get(new URIish(url), user, password)) {
            return null;
        }
        return new String[] {user.getValue(), new String(password.getValue())};
    }

    @Test
    void theStoreHelpersFileIsReadForTheSameProtocolHostAndPort() throws Exception {
        Files.writeString(home.resolve(".git-credentials"), """
                https://other:x@git.example.org
                http://breda:wrong-protocol@git.example.nl
                https://breda:p%40ss@git.example.nl
                https://roosendaal:r@git.example.nl:8443
                """);
        RemoteCredentials credentials = credentials();
        assertArrayEquals(new String[] {"breda", "p@ss"}, ask(credentials, "https://git.example.nl/regio/west-brabant.git"));
        assertEquals(RemoteCredentials.Outcome.SUPPLIED, credentials.outcome());
        assertEquals("~/.git-credentials", credentials.source());
        assertArrayEquals(new String[] {"roosendaal", "r"}, ask(credentials(), "https://git.example.nl:8443/x.git"));
        assertArrayEquals(new String[] {"roosendaal", "r"}, ask(credentials(), "https://roosendaal@git.example.nl:8443/x"),
                "a user name in the URL picks that user's line");
    }

    @Test
    void netrcAnswersForItsMachineWhenTheStoreHelpersFileDoesNot() throws Exception {
        Files.writeString(home.resolve(".netrc"), "machine git.example.nl login breda password geheim\n");
        RemoteCredentials credentials = credentials();
        assertArrayEquals(new String[] {"breda", "geheim"}, ask(credentials, "https://git.example.nl/regio.git"));
        assertEquals("~/.netrc", credentials.source());
    }

    @Test
    void withNothingStoredAndNoTerminalTheCredentialsAreMissing() throws Exception {
        RemoteCredentials credentials = credentials();
        assertEquals(null, ask(credentials, "https://git.example.nl/regio.git"));
        assertEquals(RemoteCredentials.Outcome.MISSING, credentials.outcome());
    }

    @Test
    void credentialsTheServerRefusedAreNotGivenAgain() throws Exception {
        Files.writeString(home.resolve(".netrc"), "machine git.example.nl login breda password oud\n");
        RemoteCredentials credentials = credentials();
        URIish uri = new URIish("https://git.example.nl/regio.git");
        assertTrue(ask(credentials, uri.toString()) != null);
        credentials.reset(uri);
        assertEquals(null, ask(credentials, uri.toString()), "no loop of refused attempts");
        assertEquals(RemoteCredentials.Outcome.SUPPLIED, credentials.outcome(), "still: given, and refused");
    }

    @Test
    void anUnknownHostKeyIsNeverAcceptedSilently() throws Exception {
        RemoteCredentials credentials = credentials();
        CredentialItem.YesNoType accept = new CredentialItem.YesNoType("Accept and store this key, and continue connecting?");
        accept.setValue(true);
        assertTrue(credentials.get(new URIish("ssh://git@host/x"), new CredentialItem.InformationalMessage("The authenticity of host 'host' cannot be established."), accept));
        assertFalse(accept.getValue());
        assertTrue(credentials.askedAboutHostKey());
    }

    @Test
    void aPassphraseWithoutATerminalIsMissingAndSaidSo() throws Exception {
        RemoteCredentials credentials = credentials();
        assertFalse(credentials.get(new URIish("ssh://git@host/x"), new CredentialItem.Password("Passphrase")));
        assertEquals(RemoteCredentials.Outcome.SECRET_MISSING, credentials.outcome());
    }
}
