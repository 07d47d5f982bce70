package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .veerkracht/remote.cfg}: the workspace's timeout, and a mistake in it named with its position. */
class RemoteAccessTest {

    @TempDir
    Path temp;

    private Workspace workspace(String settings) throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        if (settings != null) {
            Files.writeString(workspace.stateDirectory().resolve(RemoteAccess.SETTINGS), settings);
        }
        return workspace;
    }

    @Test
    void withoutAFileAWorkspaceWaitsThirtySeconds() throws Exception {
        assertEquals(30, RemoteAccess.of(workspace(null)).timeoutSeconds());
    }

    @Test
    void theFileSetsTheTimeout() throws Exception {
        assertEquals(5, RemoteAccess.of(workspace("# kort\ntimeout = 5\n")).timeoutSeconds());
    }

    @Test
    void aTimeoutThatIsNoWholeNumberOfSecondsIsNamedWithItsPosition() throws Exception {
        Workspace workspace = workspace("\n  timeout = drie\n");
        StoreException refused = assertThrows(StoreException.class, () -> RemoteAccess.of(workspace));
        String message = refused.describe(Locale.ENGLISH);
        assertTrue(message.startsWith(workspace.stateDirectory().resolve("remote.cfg") + ":2:3: "), message);
        assertTrue(message.contains("'drie'"), message);
        assertThrows(StoreException.class, () -> RemoteAccess.of(workspace("timeout = 0\n")));
    }

    @Test
    void anUnknownKeyIsNamedWithItsPosition() throws Exception {
        Workspace workspace = workspace("timeout = 5\ntimout = 6\n");
        StoreException refused = assertThrows(StoreException.class, () -> RemoteAccess.of(workspace));
        assertEquals("remote.settings.unknownKey", refused.key());
        assertTrue(refused.describe(Locale.ENGLISH).contains("remote.cfg:2:1: unknown key 'timout'"),
                refused.describe(Locale.ENGLISH));
    }
}
