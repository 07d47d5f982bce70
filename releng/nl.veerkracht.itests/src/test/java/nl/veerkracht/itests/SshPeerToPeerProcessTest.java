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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.itests.ProductProcess.Result;
import nl.veerkracht.itests.servers.OpenSshServer;
import nl.veerkracht.itests.servers.TestHome;
import nl.veerkracht.junit.CGit;

/**
 * Issue 14, the regional plan peer to peer over SSH, through {@code bin/veerkracht} as a user runs it with
 * a home of its own: no hub; each member fetches every other member's clone of the regional plan, and its
 * own plan, by the {@code ssh://} URL the regional {@code plan.yaml} lists for it, from OpenSSH's sshd
 * serving this machine's folders (a key in {@code ~/.ssh}, the host key in {@code ~/.ssh/known_hosts}).
 * And what docs/guide/remotes.md promises of SSH besides: {@code GIT_SSH_COMMAND} keeps working as in C Git, and a
 * key with a passphrase, with no terminal to ask it on, ends the command in one line instead of hanging it.
 */
class SshPeerToPeerProcessTest {

    /** One bundle cache for the class: the product is installed once, as on a user's machine. */
    @TempDir
    static Path cache;

    @TempDir
    Path temp;

    private OpenSshServer ssh;
    private TestHome home;
    private VeerkrachtCommands veerkracht;

    private Member breda;
    private Member ettenLeur;
    private Member roosendaal;

    /** A municipality and its workspace. */
    private record Member(String code, String name, Path workspace) {

        Path region() {
            return workspace.resolve(REGION);
        }

        Path plan() {
            return workspace.resolve("plan");
        }

        /** The read-only mirror of {@code other}'s plan in this workspace. */
        Path mirrorOf(Member other) {
            return workspace.resolve("members").resolve(other.code());
        }

        String w() {
            return workspace.toString();
        }
    }

    /** sshd, and one home for every member's commands: its key may log in, and it knows sshd's host key. */
    @BeforeEach
    void serverAndHome() throws Exception {
        ssh = OpenSshServer.start(temp.resolve("sshd"));
        home = TestHome.in(temp.resolve("home"));
        ssh.authorize(home.sshPublicKey());
        home.knownHosts(ssh.hostKeyLine());
        veerkracht = new VeerkrachtCommands(cache, home);
        breda = new Member("GM0758", "Breda", temp.resolve("breda"));
        ettenLeur = new Member("GM0777", "Etten-Leur", temp.resolve("etten-leur"));
        roosendaal = new Member("GM1674", "Roosendaal", temp.resolve("roosendaal"));
    }

    @AfterEach
    void stopServer() {
        if (ssh != null) {
            ssh.close();
        }
    }

    // ---------------------------------------------------------------- peer to peer

    @Test
    void threeMembersWithoutAHubExchangeCommitsAndPlansOverSshUntilEveryCloneHoldsTheSameTree() throws Exception {
        westBrabantOverSsh(ettenLeur, roosendaal);

        write(breda.workspace(), FUND, fund(breda.code(), ettenLeur.code(), roosendaal.code()));
        veerkracht.commit(breda.workspace(), "Regionaal ondernemersfonds");
        Result taken = veerkracht.ok("sync", "-w", ettenLeur.w());
        assertTrue(taken.out().contains("GM0758 Breda: 1 commit(s) overgenomen"), taken.out());
        veerkracht.ok("sync", "-w", roosendaal.w());

        edit(ettenLeur.workspace(), FUND, "status: planned", "status: running");
        veerkracht.commit(ettenLeur.workspace(), "Het fonds loopt");
        Result back = veerkracht.ok("sync", "-w", breda.w());
        assertTrue(back.out().contains("GM0777 Etten-Leur: 1 commit(s) overgenomen"), back.out());
        veerkracht.ok("sync", "-w", roosendaal.w());

        List<Member> members = List.of(breda, ettenLeur, roosendaal);
        String tree = veerkracht.git(breda.region(), "rev-parse", "HEAD^{tree}");
        for (Member member : members) {
            assertEquals(tree, veerkracht.git(member.region(), "rev-parse", "HEAD^{tree}"),
                    member.name() + "'s clone holds what Breda's does");
            assertEquals("", veerkracht.git(member.region(), "status", "--porcelain"), member.name() + "'s working tree");
            CGit.client().assertFsckClean(member.region());
            for (Member other : members) {
                if (other != member) {
                    Path mirror = member.mirrorOf(other);
                    assertTrue(Files.isDirectory(mirror), member.name() + " mirrors " + other.name() + "'s plan");
                    assertEquals(ssh.url(other.plan()), veerkracht.git(mirror, "config", "remote.origin.url"),
                            member.name() + " fetched " + other.name() + "'s plan from its plan_url, over ssh");
                    assertEquals(veerkracht.git(other.plan(), "rev-parse", "HEAD"), veerkracht.git(mirror, "rev-parse",
                            "HEAD"), member.name() + "'s mirror of " + other.name() + "'s plan");
                    CGit.client().assertFsckClean(mirror);
                }
            }
        }
        assertTrue(Files.readString(roosendaal.region().resolve(FUND)).contains("status: running"),
                "Etten-Leur's edit reached Roosendaal too");
        assertTrue(ssh.log().contains("Accepted publickey for " + ssh.user()), ssh.log());
        assertNoHistoryHoldsAPrivateKey(home.sshKey());
    }

    // ---------------------------------------------------------------- the SSH client

    @Test
    void gitSshCommandIsTheSshOfASyncWhoseHomeHasNoKeyAndNoKnownHosts() throws Exception {
        westBrabantOverSsh(ettenLeur);
        write(breda.workspace(), FUND, fund(breda.code(), ettenLeur.code()));
        veerkracht.commit(breda.workspace(), "Regionaal ondernemersfonds");
        // the command's own files, which no one but the command reads: not the home of the sync
        TestHome command = TestHome.in(temp.resolve("ssh-command"));
        ssh.authorize(command.sshPublicKey());
        command.knownHosts(ssh.hostKeyLine());
        command.sshConfig("""
                Host *
                  IdentitiesOnly yes
                  BatchMode yes
                  GlobalKnownHostsFile /dev/null
                """);
        String gitSshCommand = "ssh -F " + command.sshConfigFile() + " -o UserKnownHostsFile=" + command.knownHostsFile()
                + " -o StrictHostKeyChecking=yes -i " + command.sshKey();
        TestHome withoutSsh = TestHome.in(temp.resolve("home-without-ssh"));
        int logged = ssh.log().length();

        Result sync = veerkracht.with(Map.of("HOME", withoutSsh.path().toString(), "GIT_SSH_COMMAND", gitSshCommand))
                .ok("sync", "-w", ettenLeur.w());

        assertTrue(sync.out().contains("GM0758 Breda: 1 commit(s) overgenomen")
                && sync.out().contains("members/GM0758 Breda: opgehaald (nieuwe kopie)"), sync.out() + sync.err());
        assertEquals(veerkracht.git(breda.region(), "rev-parse", "HEAD"), veerkracht.git(ettenLeur.region(), "rev-parse",
                "HEAD"));
        CGit.client().assertFsckClean(ettenLeur.region());
        CGit.client().assertFsckClean(ettenLeur.mirrorOf(breda));
        List<String> logins = ssh.log().substring(logged).lines().filter(line -> line.contains("Accepted publickey"))
                .toList();
        assertTrue(logins.size() >= 2, "logins for Breda's clone and for Breda's plan: " + logins);
        String commandsKey = command.sshFingerprint();
        assertTrue(logins.stream().allMatch(line -> line.contains(commandsKey)), "with the command's key, " + commandsKey
                + ": " + logins);
        assertFalse(Files.exists(withoutSsh.path().resolve(".ssh")), "the sync's home has no ~/.ssh, before or after");
    }

    @Test
    void aKeyWithAPassphraseAndNoTerminalEndsJoinWithOneLineThatSaysSoInsteadOfWaiting() throws Exception {
        TestHome locked = TestHome.in(temp.resolve("home-with-passphrase"));
        locked.sshKey("geheime zin 5e0f");
        ssh.authorize(locked.sshPublicKey());
        locked.knownHosts(ssh.hostKeyLine());
        VeerkrachtCommands lockedOut = veerkracht.with(locked.environment());
        lockedOut.init(roosendaal.workspace(), roosendaal.code(), roosendaal.name());
        // an empty repository: a join that got in would fail too, later, and say something else
        String url = ssh.url(CGit.client().initBare(temp.resolve("served").resolve("west-brabant.git")));

        long started = System.nanoTime();
        Result join = lockedOut.run(Duration.ofSeconds(30), "region", "join", "-w", roosendaal.w(), url);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(5, join.exitCode(), join.out() + join.err());
        assertOneLine(join);
        assertTrue(join.err().contains(url) && join.err().contains("wachtwoordzin"),
                "names the remote and the passphrase: " + join.err());
        assertTrue(took.compareTo(Duration.ofSeconds(15)) <= 0, "asked nobody and waited for nobody: "
                + took.toMillis() + " ms");
        assertFalse(ssh.log().contains("Accepted publickey"), ssh.log());
        assertFalse(Files.exists(roosendaal.region()));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * West-Brabant peer to peer over ssh: Breda creates it with the {@code ssh://} URLs of its clone and its
     * own plan; it adds {@code others} with the {@code ssh://} URLs of their clones and
     * plans; each of them joins from the clone of the one before it, over ssh.
     */
    private void westBrabantOverSsh(Member... others) throws Exception {
        veerkracht.init(breda.workspace(), breda.code(), breda.name());
        for (Member member : others) {
            veerkracht.init(member.workspace(), member.code(), member.name());
        }
        veerkracht.ok("region", "create", "-w", breda.w(), "--id", "west-brabant", "--name", "West-Brabant", "--url",
                ssh.url(breda.region()), "--plan-url", ssh.url(breda.plan()));
        String plan = Files.readString(breda.region().resolve("plan.yaml"), StandardCharsets.UTF_8);
        assertTrue(plan.contains("plan_url: " + ssh.url(breda.plan())), "Breda's own plan over ssh: " + plan);
        for (Member member : others) {
            Result added = veerkracht.ok("region", "add-member", "-w", breda.w(), "--id", "west-brabant", "--code",
                    member.code(), "--name", member.name(), "--url", ssh.url(member.region()), "--plan-url",
                    ssh.url(member.plan()));
            assertTrue(added.out().contains("'veerkracht region join " + ssh.url(breda.region()) + "'"),
                    "tells how to join from Breda's clone as the others reach it: " + added.out());
        }
        Member from = breda;
        for (Member member : others) {
            Result joined = veerkracht.ok("region", "join", "-w", member.w(), ssh.url(from.region()));
            assertTrue(joined.out().startsWith("Aangesloten bij West-Brabant in region/west-brabant: "
                    + (others.length + 1) + " leden, coördinator GM0758"), joined.out());
            from = member;
        }
    }

    /**
     * No repository below the test's folder has any of {@code keys} in its history ({@code git log -p --all}):
     * not a line of the key, nor the line that starts an OpenSSH private key.
     */
    private void assertNoHistoryHoldsAPrivateKey(Path... keys) throws Exception {
        List<String> secrets = new ArrayList<>(List.of("PRIVATE KEY"));
        for (Path key : keys) {
            Files.readAllLines(key, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("-----"))
                    .forEach(secrets::add);
        }
        List<Path> repositories = repositories(temp);
        assertTrue(repositories.size() >= 12, "three clones, three plans and six mirrors: " + repositories);
        for (Path repository : repositories) {
            String history = veerkracht.git(repository, "log", "-p", "--all");
            for (String secret : secrets) {
                assertFalse(history.contains(secret), repository + "'s history holds " + secret);
            }
        }
    }
}
