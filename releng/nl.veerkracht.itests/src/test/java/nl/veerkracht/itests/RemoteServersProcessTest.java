package nl.veerkracht.itests;

import static nl.veerkracht.itests.VeerkrachtCommands.FUND;
import static nl.veerkracht.itests.VeerkrachtCommands.REGION;
import static nl.veerkracht.itests.VeerkrachtCommands.assertOneLine;
import static nl.veerkracht.itests.VeerkrachtCommands.edit;
import static nl.veerkracht.itests.VeerkrachtCommands.fund;
import static nl.veerkracht.itests.VeerkrachtCommands.repositories;
import static nl.veerkracht.itests.VeerkrachtCommands.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.veerkracht.itests.ProductProcess.Result;
import nl.veerkracht.itests.servers.GitDaemonServer;
import nl.veerkracht.itests.servers.HttpGitServer;
import nl.veerkracht.itests.servers.OpenSshServer;
import nl.veerkracht.itests.servers.SilentServer;
import nl.veerkracht.itests.servers.TestHome;
import nl.veerkracht.junit.CGit;

/**
 * Issue 14, a region's hub on a real Git server, through {@code bin/veerkracht} as a user runs it with a
 * home of its own: the three municipalities of docs/guide/region.md meet at a hub served over {@code git://}, over
 * HTTP with Basic authentication (the password only in {@code ~/.netrc}, and nowhere else afterwards)
 * and over {@code ssh://} (a key, a host alias in {@code ~/.ssh/config}, the host key in
 * {@code ~/.ssh/known_hosts}); and what goes wrong with a remote is one line and exit 5: a host key
 * nobody confirmed, a server that never answers (within the workspace's timeout), missing or wrong
 * credentials; a URL with a password in it is refused before anything is written.
 */
class RemoteServersProcessTest {

    private static final String HUB = "west-brabant.git";
    private static final String PASSWORD = "Wachtwoord-d41c7e";

    /** One bundle cache for the class: the product is installed once, as on a user's machine. */
    @TempDir
    static Path cache;

    @TempDir
    Path temp;

    private TestHome home;
    private VeerkrachtCommands veerkracht;

    private Path breda;
    private Path ettenLeur;
    private Path roosendaal;

    @BeforeEach
    void workspaces() throws IOException {
        home = TestHome.in(temp.resolve("home"));
        veerkracht = new VeerkrachtCommands(cache, home);
        breda = temp.resolve("breda");
        ettenLeur = temp.resolve("etten-leur");
        roosendaal = temp.resolve("roosendaal");
    }

    // ---------------------------------------------------------------- the region over each transport

    @Test
    void threeMunicipalitiesShareTheRegionThroughAGitDaemonHub() throws Exception {
        try (GitDaemonServer daemon = GitDaemonServer.start(temp.resolve("served"))) {
            Path hub = CGit.client().initBare(daemon.base().resolve(HUB));

            threeMunicipalitiesJoinAndConverge(daemon.url(HUB), hub);
        }
    }

    @Test
    void threeMunicipalitiesShareTheRegionThroughAnHttpHubWithThePasswordOnlyInNetrcAndNowhereAfterwards()
            throws Exception {
        try (HttpGitServer http = HttpGitServer.withBasicAuth(temp.resolve("served"), "west-brabant", PASSWORD)) {
            Path hub = CGit.client().initBare(http.base().resolve(HUB));
            home.netrc("127.0.0.1", "west-brabant", PASSWORD);

            threeMunicipalitiesMeetAtTheHub(http.url(HUB), hub);

            assertTrue(http.requests().stream().anyMatch(request -> request.authorization() && request.status() == 200
                    && request.path().endsWith("/git-receive-pack")), "pushed with the .netrc's credentials: "
                    + http.requests());
            String token = Base64.getEncoder().encodeToString(("west-brabant:" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            for (Result run : veerkracht.runs()) {
                for (String secret : List.of(PASSWORD, token)) {
                    assertFalse(run.out().contains(secret) || run.err().contains(secret), "a command printed the password:\n"
                            + run.out() + run.err());
                }
            }
            for (Path repository : repositories(temp)) {
                String history = CGit.client(home.environment()).ok(repository, "log", "-p", "--all");
                assertFalse(history.contains(PASSWORD), "the password is in the history of " + repository);
            }
            for (Path folder : List.of(breda, ettenLeur, roosendaal, http.base(), cache)) {
                assertNoFileHolds(folder, PASSWORD);
                assertNoFileHolds(folder, token);
            }
        }
    }

    @Test
    void threeMunicipalitiesShareTheRegionThroughAnSshHubNamedByAHostAliasInSshConfig() throws Exception {
        try (OpenSshServer ssh = OpenSshServer.start(temp.resolve("sshd"))) {
            Path hub = CGit.client().initBare(temp.resolve("served").resolve(HUB));
            sshHome(ssh);
            home.knownHosts(ssh.hostKeyLine());
            Optional<String> realKnownHosts = realKnownHosts();

            threeMunicipalitiesJoinAndConverge("ssh://regiohub" + hub, hub);

            assertTrue(ssh.log().contains("Accepted publickey for " + ssh.user()), ssh.log());
            assertEquals(realKnownHosts, realKnownHosts(), "the user's own ~/.ssh/known_hosts is left alone");
        }
    }

    /**
     * What every transport must carry, shorter than the whole story (which the HTTP hub tells): the
     * region on the hub, both members join from it, a shared action goes round (Breda writes it,
     * Etten-Leur changes it), and every clone and the hub end at the same commit, sound.
     */
    private void threeMunicipalitiesJoinAndConverge(String hubUrl, Path hub) throws Exception {
        regionOnTheHub(hubUrl);
        write(breda, FUND, fund("GM0758", "GM0777", "GM1674"));
        veerkracht.commit(breda, "Het fonds");
        veerkracht.ok("sync", "-w", breda.toString());
        veerkracht.ok("sync", "-w", ettenLeur.toString());
        edit(ettenLeur, FUND, "status: planned", "status: running");
        veerkracht.commit(ettenLeur, "Fonds loopt");
        List<Path> members = List.of(ettenLeur, roosendaal, breda);
        for (Path member : members) {
            veerkracht.ok("sync", "-w", member.toString());
        }
        assertConverged(members, hub);
        assertTrue(Files.readString(roosendaal.resolve(REGION).resolve(FUND)).contains("status: running"));
    }

    /** Breda creates the region on the hub and adds Etten-Leur and Roosendaal, who join from the hub. */
    private void regionOnTheHub(String hubUrl) throws Exception {
        veerkracht.init(breda, "GM0758", "Breda");
        veerkracht.init(ettenLeur, "GM0777", "Etten-Leur");
        veerkracht.init(roosendaal, "GM1674", "Roosendaal");
        veerkracht.ok("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant",
                "--hub", hubUrl);
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777", "--name",
                "Etten-Leur", "--url", ettenLeur.resolve(REGION).toString(), "--plan-url",
                ettenLeur.resolve("plan").toString());
        veerkracht.ok("region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM1674", "--name",
                "Roosendaal", "--url", roosendaal.resolve(REGION).toString(), "--plan-url",
                roosendaal.resolve("plan").toString());
        veerkracht.ok("sync", "-w", breda.toString());
        Result joined = veerkracht.ok("region", "join", "-w", ettenLeur.toString(), hubUrl);
        assertTrue(joined.out().startsWith("Aangesloten bij West-Brabant in region/west-brabant: 3 leden, coördinator GM0758"),
                joined.out());
        veerkracht.ok("region", "join", "-w", roosendaal.toString(), hubUrl);

    }

    /**
     * The worked example of docs/guide/region.md, with a hub: Breda creates the region on the hub and adds Etten-Leur and
     * Roosendaal, who join from the hub; Breda writes three shared actions; Etten-Leur and Roosendaal
     * edit different fields of one and the same field of another; the one who meets the conflict
     * resolves it; after two rounds of sync every clone and the hub hold the same commit, and C git
     * finds every repository sound.
     */
    private void threeMunicipalitiesMeetAtTheHub(String hubUrl, Path hub) throws Exception {
        regionOnTheHub(hubUrl);
        write(breda, FUND, fund("GM0758", "GM0777", "GM1674"));
        write(breda, "actions/GM0758-bedrijventerreinen.yaml", """
                id: GM0758-bedrijventerreinen
                title: Bedrijventerreinen verduurzamen
                term: long
                budget:
                  amount: 100000
                  source: region
                status: idea
                lead_municipality: GM0758
                participants:
                  - GM0758
                  - GM0777
                  - GM1674
                """);
        write(breda, "actions/GM0758-acquisitie.yaml", """
                id: GM0758-acquisitie
                title: Gezamenlijke acquisitie
                term: short
                status: idea
                lead_municipality: GM0758
                participants:
                  - GM0758
                  - GM0777
                """);
        veerkracht.commit(breda, "Drie gedeelde acties");
        veerkracht.ok("sync", "-w", breda.toString());
        veerkracht.ok("sync", "-w", ettenLeur.toString());
        veerkracht.ok("sync", "-w", roosendaal.toString());

        edit(ettenLeur, FUND, "status: planned", "status: running");
        edit(ettenLeur, "actions/GM0758-bedrijventerreinen.yaml", "amount: 100000", "amount: 120000");
        veerkracht.commit(ettenLeur, "Fonds loopt; 120.000 voor bedrijventerreinen");
        edit(roosendaal, FUND, "term: medium", "term: long");
        edit(roosendaal, "actions/GM0758-bedrijventerreinen.yaml", "amount: 100000", "amount: 150000");
        veerkracht.commit(roosendaal, "Fonds voor de lange termijn; 150.000 voor bedrijventerreinen");

        List<Path> members = List.of(ettenLeur, roosendaal, breda);
        Path resolver = null;
        for (Path member : members) {
            Result sync = veerkracht.run("sync", "-w", member.toString());
            if (sync.exitCode() == 3 && resolver == null) {
                resolver = member;
            } else {
                assertEquals(0, sync.exitCode(), "sync -w " + member + "\n" + sync.out() + sync.err());
            }
        }
        assertTrue(resolver != null, "a member meets the conflict");
        Result conflicts = veerkracht.ok("conflicts", "-w", resolver.toString());
        assertTrue(conflicts.out().contains("(GM0758-bedrijventerreinen), veld budget.amount"), conflicts.out());
        veerkracht.ok("resolve", "-w", resolver.toString(), "GM0758-bedrijventerreinen", "budget.amount", "--value",
                "130000");
        veerkracht.ok("sync", "-w", resolver.toString());
        for (int round = 0; round < 2; round++) {
            for (Path member : members) {
                veerkracht.ok("sync", "-w", member.toString());
            }
        }

        assertConverged(members, hub);
        String fonds = Files.readString(breda.resolve(REGION).resolve(FUND));
        assertTrue(fonds.contains("status: running") && fonds.contains("term: long"), fonds);
        String terreinen = Files.readString(breda.resolve(REGION).resolve("actions/GM0758-bedrijventerreinen.yaml"));
        assertTrue(terreinen.contains("amount: 130000"), terreinen);
    }

    // ---------------------------------------------------------------- what goes wrong with a remote

    @Test
    void anSshHubWhoseHostKeyIsNotInKnownHostsIsRefusedWithExitFiveAndKnownHostsStaysAsItWas() throws Exception {
        try (OpenSshServer ssh = OpenSshServer.start(temp.resolve("sshd"))) {
            Path hub = CGit.client().initBare(temp.resolve("served").resolve(HUB));
            sshHome(ssh);
            home.knownHosts("hub.example.nl " + Files.readString(home.sshPublicKey()).strip());
            veerkracht.init(roosendaal, "GM1674", "Roosendaal");
            byte[] knownHosts = Files.readAllBytes(home.knownHostsFile());
            Map<String, String> sshFolder = snapshot(home.path().resolve(".ssh"));
            Optional<String> realKnownHosts = realKnownHosts();

            Result refused = veerkracht.run("region", "join", "-w", roosendaal.toString(), "ssh://regiohub" + hub);

            assertEquals(5, refused.exitCode(), refused.out() + refused.err());
            assertOneLine(refused);
            assertTrue(refused.err().contains("known_hosts"), "says where the host key belongs: " + refused.err());
            assertTrue(Arrays.equals(knownHosts, Files.readAllBytes(home.knownHostsFile())), "known_hosts is unchanged");
            assertEquals(sshFolder, snapshot(home.path().resolve(".ssh")), "nothing else in ~/.ssh either");
            assertEquals(realKnownHosts, realKnownHosts(), "the user's own ~/.ssh/known_hosts is left alone");
            assertFalse(ssh.log().contains("Accepted publickey"), "no key offered to a host nobody confirmed: " + ssh.log());
            assertFalse(Files.exists(roosendaal.resolve(REGION)));
        }
    }

    @ParameterizedTest(name = "{0}://")
    @ValueSource(strings = {"git", "http", "ssh"})
    void aHubThatNeverAnswersEndsJoinWithinTheWorkspacesTimeoutNamingTheRemote(String scheme) throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            String url = switch (scheme) {
                case "git" -> silent.gitUrl(HUB);
                case "http" -> silent.httpUrl(HUB);
                default -> silent.sshUrl(System.getProperty("user.name"), temp.resolve("served").resolve(HUB));
            };
            home.sshKey();
            veerkracht.init(roosendaal, "GM1674", "Roosendaal");
            Files.writeString(roosendaal.resolve(".veerkracht/remote.cfg"), "timeout = 3\n", StandardCharsets.UTF_8);

            long started = System.nanoTime();
            Result given = veerkracht.run(Duration.ofSeconds(20), "region", "join", "-w", roosendaal.toString(), url);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertTrue(took.compareTo(Duration.ofSeconds(15)) <= 0, "gave up within 15 s, not " + took.toMillis() + " ms");
            assertEquals(5, given.exitCode(), given.out() + given.err());
            assertOneLine(given);
            assertTrue(given.err().contains("127.0.0.1") && given.err().contains(Integer.toString(silent.port())),
                    "names the remote: " + given.err());
            assertTrue(silent.connections() >= 1, "it waited for the server, not for nothing: " + given.err());
            assertFalse(Files.exists(roosendaal.resolve(REGION)));
        }
    }

    @Test
    void aHubUrlWithAPasswordInItIsRefusedAndNothingIsWritten() throws Exception {
        try (HttpGitServer http = HttpGitServer.withBasicAuth(temp.resolve("served"), "west-brabant", PASSWORD)) {
            Path hub = CGit.client().initBare(http.base().resolve(HUB));
            veerkracht.init(breda, "GM0758", "Breda");
            Map<String, String> before = snapshot(breda);
            String url = http.url(HUB).replace("http://", "http://west-brabant:" + PASSWORD + "@");

            Result refused = veerkracht.run("region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name",
                    "West-Brabant", "--hub", url);

            assertEquals(2, refused.exitCode(), "a wrong command line: " + refused.out() + refused.err());
            assertTrue(refused.err().contains(".netrc") && refused.err().contains(".git-credentials"),
                    "says where credentials belong: " + refused.err());
            assertFalse(refused.out().contains(PASSWORD) || refused.err().contains(PASSWORD), "repeats no password: "
                    + refused.out() + refused.err());
            assertEquals(before, snapshot(breda), "nothing written in the workspace");
            assertEquals(List.of(), http.requests(), "nothing sent to the server");
            assertEquals("", veerkracht.git(hub, "for-each-ref"), "nothing pushed");
        }
    }

    @Test
    void anHttpHubWithoutCredentialsSaysWhereTheyBelongAndAWrongPasswordSaysSomethingElse() throws Exception {
        try (HttpGitServer http = HttpGitServer.withBasicAuth(temp.resolve("served"), "west-brabant", PASSWORD)) {
            CGit.client().initBare(http.base().resolve(HUB));
            veerkracht.init(roosendaal, "GM1674", "Roosendaal");

            Result none = veerkracht.run("region", "join", "-w", roosendaal.toString(), http.url(HUB));

            assertEquals(5, none.exitCode(), none.out() + none.err());
            assertOneLine(none);
            assertTrue(none.err().contains("127.0.0.1") && none.err().contains(".netrc"),
                    "names the host and where credentials go: " + none.err());
            assertTrue(http.requests().stream().noneMatch(HttpGitServer.Request::authorization), http.requests().toString());

            String wrongPassword = "Fout-wachtwoord-93b1";
            home.netrc("127.0.0.1", "west-brabant", wrongPassword);
            Result wrong = veerkracht.run("region", "join", "-w", roosendaal.toString(), http.url(HUB));

            assertEquals(5, wrong.exitCode(), wrong.out() + wrong.err());
            assertOneLine(wrong);
            assertTrue(http.requests().stream().anyMatch(HttpGitServer.Request::authorization),
                    "the .netrc's credentials were tried: " + http.requests());
            assertNotEquals(none.err(), wrong.err(), "a wrong password is not the same news as a missing one");
            for (Result result : List.of(none, wrong)) {
                for (String secret : List.of(PASSWORD, wrongPassword)) {
                    assertFalse(result.out().contains(secret) || result.err().contains(secret), result.err());
                }
            }
            assertFalse(Files.exists(roosendaal.resolve(REGION)));
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The home for ssh: a key the server accepts and {@code Host regiohub} in {@code ~/.ssh/config}
     * pointing at the server, as a user sets it up once.
     */
    /** Every member's clone and the hub hold the same commit, with a clean working tree, and git fsck finds them sound. */
    private void assertConverged(List<Path> members, Path hub) throws Exception {
        String head = veerkracht.git(breda.resolve(REGION), "rev-parse", "HEAD");
        for (Path member : members) {
            assertEquals(head, veerkracht.git(member.resolve(REGION), "rev-parse", "HEAD"),
                    member + " holds what Breda holds");
            assertEquals("", veerkracht.git(member.resolve(REGION), "status", "--porcelain"),
                    member + "'s working tree is main");
            CGit.client().assertFsckClean(member.resolve(REGION));
        }
        assertEquals(head, veerkracht.git(hub, "rev-parse", "refs/heads/main"), "the hub holds it too");
        CGit.client().assertFsckClean(hub);
    }

    private void sshHome(OpenSshServer ssh) throws Exception {
        ssh.authorize(home.sshPublicKey());
        home.sshConfig("""
                Host regiohub
                  HostName 127.0.0.1
                  Port %d
                  User %s
                  IdentityFile ~/.ssh/id_ed25519
                """.formatted(ssh.port(), ssh.user()));
    }

    private static void assertNoFileHolds(Path folder, String secret) throws IOException {
        byte[] wanted = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (int at = 0; at + wanted.length <= content.length; at++) {
                    if (Arrays.equals(content, at, at + wanted.length, wanted, 0, wanted.length)) {
                        throw new AssertionError(file + " holds the password (at byte " + at + ")");
                    }
                }
            }
        }
    }

    /** Every file below {@code folder} with its content, to see that nothing changed. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.toList()) {
                files.put(folder.relativize(path).toString(), Files.isRegularFile(path)
                        ? Base64.getEncoder().encodeToString(Files.readAllBytes(path)) : "(folder)");
            }
        }
        return files;
    }

    /** The known_hosts of the user running the tests, which the product must not touch (it has its own home). */
    private static Optional<String> realKnownHosts() throws IOException {
        Path file = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.ISO_8859_1)) : Optional.empty();
    }
}
