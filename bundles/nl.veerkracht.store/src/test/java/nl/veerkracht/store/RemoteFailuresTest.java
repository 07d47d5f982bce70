package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.junit.ClientProcess;

/**
 * Remotes that fail as real ones do, each said in one line that names the remote without a password:
 * one that never answers, one that wants credentials there are none of, one that refuses them, a source
 * that is a shallow clone.
 */
class RemoteFailuresTest {

    @TempDir
    Path temp;

    private RemoteAccess access(int timeoutSeconds) throws IOException {
        return RemoteAccess.defaults().withHome(Files.createDirectories(temp.resolve("home"))).withoutTerminal()
                .withTimeout(timeoutSeconds);
    }

    /** A server that accepts every connection and never answers; {@code onAccept} runs at each connection. */
    private static ServerSocket silentServer(Runnable onAccept) throws IOException {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<Socket> accepted = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept());
                    onAccept.run();
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return silent;
    }

    @Test
    void aGitServerThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
        try (ServerSocket silent = silentServer(() -> { });
                PlanRepository repository = PlanRepository.create(temp.resolve("plan"))) {
            String url = "git://127.0.0.1:" + silent.getLocalPort() + "/regio.git";
            StoreException failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(StoreException.class, () -> repository.fetch(access(1), url, "hub")));
            assertEquals("remote.timeout", failure.key());
            assertTrue(failure.describe(Locale.ENGLISH).startsWith(url + " did not answer within 1 seconds"),
                    failure.describe(Locale.ENGLISH));
            assertEquals(java.util.Optional.empty(), repository.commitOf(PlanRepository.trackingRef("hub")));
        }
    }

    @Test
    void aFetchFromAServerThatNeverAnswersStopsWhenTheUserCancelsLongBeforeTheTimeout() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (ServerSocket silent = silentServer(() -> cancelled.set(true));
                PlanRepository repository = PlanRepository.create(temp.resolve("plan"))) {
            String url = "git://127.0.0.1:" + silent.getLocalPort() + "/regio.git";
            RemoteAccess access = access(600).cancelledWhen(cancelled::get);
            StoreException failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(StoreException.class, () -> repository.receive(access, url)));
            assertEquals("remote.cancelled", failure.key());
            assertEquals(url + ": stopped on request; nothing that had arrived was used",
                    failure.describe(Locale.ENGLISH));
            assertEquals(java.util.Optional.empty(), repository.head());
        }
    }

    @Test
    void nothingIsFetchedOnceTheUserCancelled() throws Exception {
        try (PlanRepository source = PlanRepository.create(temp.resolve("source"));
                PlanRepository repository = PlanRepository.create(temp.resolve("plan"))) {
            String first = source.writeCommit(java.util.Map.of("plan.yaml", "kind: municipality\n".getBytes()), List.of(),
                    "Eerste", new Author("Beleid", "beleid@example.nl"), "GM0758");
            source.advanceBranch(java.util.Optional.empty(), first, temp.resolve("state"));
            RemoteAccess access = access(30).cancelledWhen(() -> true);
            StoreException failure = assertThrows(StoreException.class,
                    () -> repository.receive(access, temp.resolve("source").toString()));
            assertEquals("remote.cancelled", failure.key());
        }
    }

    /** An HTTP server that answers every request with 401, counting the requests that carried credentials. */
    private static HttpServer refusingServer(List<String> authorizations) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"regio\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void missingAndRefusedCredentialsAreTwoDifferentMessagesWithoutThePassword() throws Exception {
        List<String> authorizations = new ArrayList<>();
        HttpServer server = refusingServer(authorizations);
        try (PlanRepository repository = PlanRepository.create(temp.resolve("plan"))) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/regio.git";
            StoreException missing = assertThrows(StoreException.class, () -> repository.fetch(access(10), url, "hub"));
            assertEquals("remote.credentials.missing", missing.key());
            assertTrue(authorizations.isEmpty());

            Files.writeString(temp.resolve("home/.netrc"), "machine 127.0.0.1 login breda password geheim\n");
            StoreException refused = assertThrows(StoreException.class, () -> repository.fetch(access(10), url, "hub"));
            assertEquals("remote.credentials.rejected", refused.key());
            assertFalse(authorizations.isEmpty(), "the credentials from ~/.netrc were sent");
            for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
                assertFalse(missing.describe(locale).equals(refused.describe(locale)));
                for (String message : List.of(missing.describe(locale), refused.describe(locale))) {
                    assertFalse(message.contains("geheim"), message);
                    assertTrue(message.startsWith(url + " "), message);
                    assertFalse(message.contains("\n"), message);
                }
            }
            assertTrue(refused.describe(Locale.ENGLISH).contains("~/.netrc"), refused.describe(Locale.ENGLISH));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPasswordInAUrlIsNeitherShownNorRecorded() throws Exception {
        List<String> authorizations = new ArrayList<>();
        HttpServer server = refusingServer(authorizations);
        Path clone = temp.resolve("clone");
        try {
            String url = "http://breda:geheim@127.0.0.1:" + server.getAddress().getPort() + "/regio.git";
            StoreException refused = assertThrows(StoreException.class, () -> PlanRepository.cloneFrom(access(10), url, clone));
            for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
                assertFalse(refused.describe(locale).contains("geheim"), refused.describe(locale));
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aShallowCloneAsSourceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path home = Files.createDirectories(temp.resolve("git-home"));
        CGit git = new CGit(home);
        Path full = temp.resolve("full");
        try (PlanRepository source = PlanRepository.create(full)) {
            for (int i = 1; i <= 3; i++) {
                Files.writeString(full.resolve("plan.yaml"), "kind: municipality\nversion: " + i + "\n");
                source.commitWorkingTree("versie " + i, new Author("J. de Vries", "j@breda.nl"), "GM0758");
            }
        }
        Path shallow = temp.resolve("shallow");
        assertEquals(0, git.run(temp, "clone", "-q", "--depth", "1", "file://" + full, shallow.toString()).exitCode());

        Path clone = temp.resolve("clone");
        StoreException refused = assertThrows(StoreException.class,
                () -> PlanRepository.cloneFrom(access(10), shallow.toString(), clone));
        assertEquals("remote.shallow", refused.key());
        assertFalse(Files.exists(clone), "nothing written");

        try (PlanRepository mirror = PlanRepository.create(temp.resolve("mirror"))) {
            // served by C Git's daemon, protocol v2: the server sends its shallow commits along
            try (GitDaemon daemon = GitDaemon.serving(temp)) {
                StoreException served = assertThrows(StoreException.class,
                        () -> mirror.fetch(access(10), daemon.url("shallow"), "origin"));
                assertEquals("remote.shallow", served.key());
            }
            assertEquals(java.util.Optional.empty(), mirror.commitOf(PlanRepository.trackingRef("origin")));
            assertFalse(Files.exists(mirror.directory().resolve(".git/shallow")), "no shallow commits recorded");
            ClientProcess.Result fsck = git.run(mirror.directory(), "fsck", "--full");
            assertEquals(0, fsck.exitCode(), fsck.err());
        }

        try (PlanRepository mirror = PlanRepository.create(temp.resolve("mirror-of-folder"))) {
            StoreException again = assertThrows(StoreException.class,
                    () -> mirror.fetch(access(10), "file://" + shallow, "origin"));
            assertEquals("remote.shallow", again.key());
            assertEquals(java.util.Optional.empty(), mirror.commitOf(PlanRepository.trackingRef("origin")));
            try (var objects = Files.walk(mirror.directory().resolve(".git/objects"))) {
                assertEquals(List.of(), objects.filter(Files::isRegularFile).toList(), "no object fetched");
            }
        }
    }
}
