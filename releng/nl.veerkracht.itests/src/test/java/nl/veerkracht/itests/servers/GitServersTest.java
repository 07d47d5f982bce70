package nl.veerkracht.itests.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.junit.ClientProcess;

/**
 * The test servers work with the reference client, C git: clone, commit, push and fetch over
 * {@code git://}, over HTTP with Basic authentication (credentials in the URL or in {@code .netrc}) and
 * over {@code ssh://} with a key; a wrong password gets 401; a silent server keeps a client waiting;
 * and every server stops with its processes.
 */
class GitServersTest {

    private static final String USER = "breda";
    private static final String PASSWORD = "Geheim-7f3a9c";

    @TempDir
    Path temp;

    private TestHome home;

    @BeforeEach
    void home() throws IOException {
        home = TestHome.in(temp.resolve("home"));
    }

    @Test
    void gitDaemonServesCloneFetchAndPush() throws Exception {
        try (GitDaemonServer daemon = GitDaemonServer.start(temp.resolve("served"))) {
            CGit.client().initBare(daemon.base().resolve("regio.git"));
            roundTrip(daemon.url("regio.git"), home.environment());
            CGit.client().assertFsckClean(daemon.base().resolve("regio.git"));
        }
    }

    @Test
    void httpServerLetsInTheUserWithCredentialsInTheUrl() throws Exception {
        try (HttpGitServer http = HttpGitServer.withBasicAuth(temp.resolve("served"), USER, PASSWORD)) {
            CGit.client().initBare(http.base().resolve("regio.git"));
            roundTrip(http.url("regio.git").replace("http://", "http://" + USER + ":" + PASSWORD + "@"),
                    home.environment());

            List<HttpGitServer.Request> requests = http.requests();
            assertEquals(new HttpGitServer.Request("GET", "/regio.git/info/refs", "service=git-upload-pack", false, "",
                    401),
                    requests.get(0), "the first request comes without credentials and is asked for them: " + requests);
            assertTrue(requests.contains(new HttpGitServer.Request("POST", "/regio.git/git-receive-pack", "", true, "",
                    200)),
                    "pushed with credentials: " + requests);
            CGit.client().assertFsckClean(http.base().resolve("regio.git"));
        }
    }

    @Test
    void httpServerLetsInTheUserWithCredentialsInNetrc() throws Exception {
        try (HttpGitServer http = HttpGitServer.withBasicAuth(temp.resolve("served"), USER, PASSWORD)) {
            CGit.client().initBare(http.base().resolve("regio.git"));
            home.netrc("127.0.0.1", USER, PASSWORD);
            roundTrip(http.url("regio.git"), home.environment());
            assertTrue(http.requests().stream().anyMatch(request -> request.authorization() && request.status() == 200),
                    http.requests().toString());
        }
    }

    @Test
    void httpServerUnpacksGzippedRequestBodies() throws Exception {
        try (HttpGitServer http = HttpGitServer.withoutAuth(temp.resolve("served"))) {
            Path repository = CGit.client().initBare(http.base().resolve("regio.git"));
            String tree = CGit.client(home.environment()).ok(repository, "mktree").strip();
            String commit = CGit.client(home.environment()).ok(repository, "commit-tree", "-m", "Leeg", tree).strip();
            // git gzips a fetch request of more than a kilobyte: a want line for each of 40 branches makes one
            for (int branch = 0; branch < 40; branch++) {
                String next = CGit.client(home.environment()).ok(repository, "commit-tree", "-p", commit, "-m", "Tak " + branch,
                        tree).strip();
                CGit.client(home.environment()).ok(repository, "update-ref", "refs/heads/tak-" + branch, next);
            }

            CGit.client(home.environment()).ok(temp, "clone", "--quiet", "--mirror", http.url("regio.git"),
                    temp.resolve("kopie.git").toString());

            assertTrue(http.requests().stream().anyMatch(request -> request.path().endsWith("/git-upload-pack")
                    && request.contentEncoding().equals("gzip") && request.status() == 200), http.requests().toString());
            assertEquals(CGit.client(home.environment()).ok(repository, "for-each-ref"),
                    CGit.client(home.environment()).ok(temp.resolve("kopie.git"), "for-each-ref"));
        }
    }

    @Test
    void httpServerAnswers401WithItsRealmToNoOrAWrongPassword() throws Exception {
        try (HttpGitServer http = HttpGitServer.withBasicAuth(temp.resolve("served"), USER, PASSWORD)) {
            CGit.client().initBare(http.base().resolve("regio.git"));
            URI refs = URI.create(http.url("regio.git/info/refs?service=git-upload-pack"));
            for (String authorization : new String[] {null, basic(USER, "fout"), basic("etten-leur", PASSWORD)}) {
                HttpURLConnection connection = (HttpURLConnection) refs.toURL().openConnection();
                if (authorization != null) {
                    connection.setRequestProperty("Authorization", authorization);
                }
                assertEquals(401, connection.getResponseCode());
                assertEquals("Basic realm=\"" + HttpGitServer.REALM + "\"", connection.getHeaderField("WWW-Authenticate"));
                connection.disconnect();
            }
            HttpURLConnection right = (HttpURLConnection) refs.toURL().openConnection();
            right.setRequestProperty("Authorization", basic(USER, PASSWORD));
            assertEquals(200, right.getResponseCode());
            assertEquals("application/x-git-upload-pack-advertisement", right.getContentType());
            right.disconnect();

            ClientProcess.Result wrong = CGit.client(home.environment()).run(temp, Duration.ofSeconds(30), "ls-remote",
                    http.url("regio.git").replace("http://", "http://" + USER + ":fout@"));
            assertEquals(128, wrong.exitCode(), wrong.output());
            assertTrue(wrong.err().contains("Authentication failed"), wrong.output());
        }
    }

    @Test
    void httpServerWithoutAuthLetsAnyoneFetchAndPush() throws Exception {
        try (HttpGitServer http = HttpGitServer.withoutAuth(temp.resolve("served"))) {
            CGit.client().initBare(http.base().resolve("regio.git"));
            roundTrip(http.url("regio.git"), home.environment());
            assertTrue(http.requests().stream().noneMatch(HttpGitServer.Request::authorization), http.requests().toString());
        }
    }

    @Test
    void sshServerLetsInTheHolderOfAnAuthorizedKeyThatKnowsTheHostKey() throws Exception {
        try (OpenSshServer ssh = OpenSshServer.start(temp.resolve("sshd"))) {
            Path repository = CGit.client().initBare(temp.resolve("served/regio.git"));
            ssh.authorize(home.sshPublicKey());
            home.knownHosts(ssh.hostKeyLine());

            roundTrip(ssh.url(repository), sshEnvironment());

            assertTrue(ssh.hostKeyLine().matches("\\[127\\.0\\.0\\.1\\]:" + ssh.port() + " ssh-ed25519 AAAA\\S+"),
                    ssh.hostKeyLine());
            assertTrue(ssh.log().contains("Accepted publickey for " + ssh.user()), ssh.log());
            CGit.client().assertFsckClean(repository);
        }
    }

    @Test
    void sshServerRefusesAKeyItWasNotGiven() throws Exception {
        try (OpenSshServer ssh = OpenSshServer.start(temp.resolve("sshd"))) {
            Path repository = CGit.client().initBare(temp.resolve("served/regio.git"));
            home.knownHosts(ssh.hostKeyLine());
            ClientProcess.Result refused = CGit.client(sshEnvironment()).run(temp, Duration.ofSeconds(30), "ls-remote",
                    ssh.url(repository));
            assertEquals(128, refused.exitCode(), refused.output());
            assertTrue(refused.err().contains("Permission denied (publickey)"), refused.output());
        }
    }

    @ParameterizedTest(name = "{0}://")
    @ValueSource(strings = {"git", "http", "ssh"})
    void aSilentServerKeepsTheClientWaitingUntilItGivesUp(String scheme) throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            String url = switch (scheme) {
                case "git" -> silent.gitUrl("regio.git");
                case "http" -> silent.httpUrl("regio.git");
                default -> silent.sshUrl(System.getProperty("user.name"), temp.resolve("regio.git"));
            };
            Map<String, String> environment = scheme.equals("ssh") ? sshEnvironment() : home.environment();

            ClientProcess.Result waited = ClientProcess.run(List.of(Programs.require("timeout", "coreutils").toString(),
                    "-k", "2", "1", "git", "ls-remote", url), temp, environment, Duration.ofSeconds(10));

            assertEquals(124, waited.exitCode(), "timeout stopped git: " + waited.output());
            assertTrue(waited.took().toMillis() >= 900, "git waited: " + waited.took());
            assertTrue(silent.awaitConnections(1, Duration.ofSeconds(2)), "git connected");
        }
    }

    @Test
    void aMissingProgramIsNamedWithThePackageThatHasIt() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Programs.require("veerkracht-no-such-program", "veerkracht-no-such-package"));
        assertTrue(missing.getMessage().startsWith("veerkracht-no-such-program is not installed"), missing.getMessage());
        assertTrue(missing.getMessage().contains("install Debian's package veerkracht-no-such-package"),
                missing.getMessage());
        IllegalStateException missingFile = assertThrows(IllegalStateException.class,
                () -> Programs.require("/nonexistent/sbin/sshd", "openssh-server"));
        assertTrue(missingFile.getMessage().contains("not at /nonexistent/sbin/sshd"), missingFile.getMessage());
    }

    @Test
    void closingTheServersEndsTheirProcessesAndFreesTheirPorts() throws Exception {
        GitDaemonServer daemon = GitDaemonServer.start(temp.resolve("served"));
        OpenSshServer ssh = OpenSshServer.start(temp.resolve("sshd"));
        HttpGitServer http = HttpGitServer.withoutAuth(temp.resolve("served"));
        SilentServer silent = SilentServer.start();
        try (Socket toSsh = new Socket(InetAddress.getLoopbackAddress(), ssh.port());
                Socket toSilent = new Socket(InetAddress.getLoopbackAddress(), silent.port())) {
            // sshd greets from the process it forked for this connection: it exists once the greeting is here
            assertEquals("SSH-", new String(toSsh.getInputStream().readNBytes(4), StandardCharsets.US_ASCII));
            List<ProcessHandle> processes = new ArrayList<>();
            for (long pid : new long[] {daemon.pid(), ssh.pid()}) {
                ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
                processes.add(process);
                process.descendants().forEach(processes::add);
            }
            assertTrue(processes.size() > 2, "sshd forked for the connection: " + processes);
            assertTrue(silent.awaitConnections(1, Duration.ofSeconds(2)));

            daemon.close();
            ssh.close();
            http.close();
            silent.close();

            for (ProcessHandle process : processes) {
                assertFalse(process.isAlive(), process + " ended");
            }
            for (int port : new int[] {daemon.port(), ssh.port(), http.port(), silent.port()}) {
                assertFalse(ServerProcess.accepts(port), "nothing listens on " + port);
            }
            toSilent.setSoTimeout(2000);
            try (InputStream in = toSilent.getInputStream()) {
                assertEquals(-1, in.read(), "the silent server closed the connection it held");
            }
        } finally {
            daemon.close();
            ssh.close();
            http.close();
            silent.close();
        }
    }

    /**
     * Clones {@code url} twice; each clone commits and pushes in turn and fetches the other's commit:
     * the server takes pushes to an empty repository and to a branch that exists, and serves both.
     */
    private void roundTrip(String url, Map<String, String> environment) throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        CGit.client(environment).ok(temp, "clone", "--quiet", url, first.toString());
        Files.writeString(first.resolve("plan.yaml"), "kind: region\nid: west-brabant\n", StandardCharsets.UTF_8);
        CGit.client(environment).ok(first, "add", "plan.yaml");
        CGit.client(environment).ok(first, "commit", "--quiet", "-m", "Begonnen");
        CGit.client(environment).ok(first, "push", "--quiet", "origin", "HEAD:refs/heads/main");

        CGit.client(environment).ok(temp, "clone", "--quiet", "--branch", "main", url, second.toString());
        assertEquals("kind: region\nid: west-brabant\n", Files.readString(second.resolve("plan.yaml")));
        Files.writeString(second.resolve("plan.yaml"), "kind: region\nid: west-brabant\nname: West-Brabant\n",
                StandardCharsets.UTF_8);
        CGit.client(environment).ok(second, "commit", "--quiet", "-a", "-m", "Naam");
        CGit.client(environment).ok(second, "push", "--quiet", "origin", "main");

        CGit.client(environment).ok(first, "fetch", "--quiet", "origin");
        assertEquals(CGit.client(environment).ok(second, "rev-parse", "HEAD"),
                CGit.client(environment).ok(first, "rev-parse", "origin/main"), "the first clone fetched the second's commit");
        assertEquals(CGit.client(environment).ok(second, "rev-parse", "HEAD"),
                CGit.client(environment).ok(temp, "ls-remote", url, "refs/heads/main").split("\t")[0] + "\n");
    }

    /** The git client's environment for ssh: OpenSSH with the home's key, configuration and known hosts only. */
    private Map<String, String> sshEnvironment() throws Exception {
        home.sshConfig("""
                Host *
                  BatchMode yes
                  StrictHostKeyChecking yes
                  IdentitiesOnly yes
                  GlobalKnownHostsFile /dev/null
                """);
        Map<String, String> environment = new HashMap<>(home.environment());
        environment.put("GIT_SSH_COMMAND", "ssh -F " + home.sshConfigFile() + " -o UserKnownHostsFile="
                + home.knownHostsFile() + " -i " + home.sshKey());
        return environment;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
