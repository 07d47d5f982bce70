package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.itests.servers.HttpGitServer;
import nl.veerkracht.itests.servers.TestHome;
import nl.veerkracht.junit.CGit;

/**
 * On a terminal, what neither {@code ~/.git-credentials} nor {@code ~/.netrc} holds is asked for: a user runs
 * {@code region join} in a real terminal (tmux), is asked for a user name and a password, types them, and
 * joins; the password is not shown on the screen.
 */
class TerminalPromptProcessTest {

    private static final String PASSWORD = "Geheim-73b1";

    @TempDir
    Path temp;

    @Test
    void onATerminalTheMissingUserNameAndPasswordAreAskedForAndThePasswordIsNotShown() throws Exception {
        try (HttpGitServer http = HttpGitServer.withBasicAuth(temp.resolve("served"), "breda", PASSWORD)) {
            TestHome home = TestHome.in(temp.resolve("home"));
            CGit.client().initBare(http.base().resolve("west-brabant.git"));
            Path breda = temp.resolve("breda");
            Path ettenLeur = temp.resolve("etten-leur");
            Path cache = temp.resolve("cache");
            Map<String, String> environment = home.environment();
            ProductProcess.run(ProductProcess.assembledProduct(), cache, environment, Duration.ofSeconds(60), "", "init",
                    breda.toString(), "--code", "GM0758", "--name", "Breda");
            ProductProcess.run(ProductProcess.assembledProduct(), cache, environment, Duration.ofSeconds(60), "", "init",
                    ettenLeur.toString(), "--code", "GM0777", "--name", "Etten-Leur");
            home.netrc("127.0.0.1", "breda", PASSWORD);
            ProductProcess.Result created = ProductProcess.run(ProductProcess.assembledProduct(), cache, environment,
                    Duration.ofSeconds(60), "", "region", "create", "-w", breda.toString(), "--id", "west-brabant",
                    "--name", "West-Brabant", "--hub", http.url("west-brabant.git"));
            assertEquals(0, created.exitCode(), created.out() + created.err());
            ProductProcess.Result added = ProductProcess.run(ProductProcess.assembledProduct(), cache, environment,
                    Duration.ofSeconds(60), "", "region", "add-member", "-w", breda.toString(), "--id", "west-brabant",
                    "--code", "GM0777", "--name", "Etten-Leur", "--url", ettenLeur.resolve("region/west-brabant").toString());
            assertEquals(0, added.exitCode(), added.out() + added.err());
            ProductProcess.Result pushed = ProductProcess.run(ProductProcess.assembledProduct(), cache, environment,
                    Duration.ofSeconds(60), "", "sync", "-w", breda.toString());
            assertEquals(0, pushed.exitCode(), pushed.out() + pushed.err());
            Files.delete(home.path().resolve(".netrc"));

            String session = "veerkracht-" + ProcessHandle.current().pid();
            String command = "cd " + temp + " && env HOME=" + home.path() + " VEERKRACHT_CACHE=" + cache + " "
                    + ProductProcess.assembledProduct().resolve("bin/veerkracht") + " region join -w " + ettenLeur + " "
                    + http.url("west-brabant.git") + "; echo EXIT=$?; sleep 60";
            tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "30", command);
            try {
                String screen = awaitScreen(session, "Gebruikersnaam (user name) voor 127.0.0.1:");
                tmux("send-keys", "-t", session, "breda", "Enter");
                screen = awaitScreen(session, "Wachtwoord (password) voor breda@127.0.0.1:");
                tmux("send-keys", "-t", session, PASSWORD, "Enter");
                screen = awaitScreen(session, "EXIT=");

                assertTrue(screen.contains("EXIT=0"), screen);
                assertTrue(screen.contains("Aangesloten bij West-Brabant"), screen);
                assertFalse(screen.contains(PASSWORD), "the password is not echoed: " + screen);
                assertTrue(Files.isDirectory(ettenLeur.resolve("region/west-brabant/.git")));
                assertTrue(http.requests().stream().anyMatch(HttpGitServer.Request::authorization),
                        "the typed credentials went to the server");
                assertFalse(Files.exists(home.path().resolve(".netrc")), "nothing was stored");
                assertFalse(Files.exists(home.path().resolve(".git-credentials")), "nothing was stored");
            } finally {
                tmux("kill-session", "-t", session);
            }
        }
    }

    private static String awaitScreen(String session, String text) throws Exception {
        String screen = "";
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < deadline;) {
            screen = tmux("capture-pane", "-p", "-t", session);
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the terminal never showed '" + text + "':\n" + screen);
    }

    private static String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // CI runs without a terminal of its own; tmux makes one, of the kind TERM names
        builder.environment().putIfAbsent("TERM", "xterm");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "tmux " + String.join(" ", args));
        if (!args[0].equals("kill-session")) {
            assertEquals(0, process.exitValue(), "tmux " + String.join(" ", args) + ": " + output);
        }
        return output;
    }
}
