package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.itests.ProductProcess.Result;

/**
 * {@code bin/veerkracht} as a user runs it: a whole process, from the assembled product folder,
 * with its own bundle cache.
 */
class ProductProcessTest {

    private static Path home;
    private static String version;

    @TempDir
    Path cache;

    private Result veerkracht(String stdin, String... args) throws Exception {
        return ProductProcess.run(home, cache, stdin, args);
    }

    @BeforeAll
    static void product() throws IOException {
        home = Path.of(System.getProperty("veerkracht.product.home"));
        Properties properties = new Properties();
        try (var in = Files.newInputStream(home.resolve("etc/product.properties"))) {
            properties.load(in);
        }
        version = properties.getProperty("version");
    }

    @Test
    void versionPrintsTheProductVersionAndExitsZero() throws Exception {
        Result result = veerkracht("", "--version");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("veerkracht " + version + "\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void anUnknownCommandIsOneLineOnStderrAndExitTwo() throws Exception {
        Result result = veerkracht("", "frobnicate");
        assertEquals(2, result.exitCode());
        assertEquals("veerkracht: onbekende opdracht 'frobnicate'; zie 'veerkracht help'\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void theSecondRunReusesTheBundleCache() throws Exception {
        Result first = veerkracht("", "--debug", "--version");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains(": installed the product"), first.err());

        Result second = veerkracht("", "--debug", "--version");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains(": reused"), second.err());
        assertFalse(second.err().contains("installed the product"), second.err());
    }

    @Test
    void debugOutputGoesToStandardErrorAndLeavesTheAnswerAlone() throws Exception {
        Result result = veerkracht("", "--debug", "--version");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("veerkracht " + version + "\n", result.out());
        assertTrue(result.err().contains("DEBUG: "), "Felix's own log is there: " + result.err());
    }

    @Test
    void theShellRunsCommandsTypedIntoIt() throws Exception {
        Result result = veerkracht("veerkracht --version\nveerkracht frobnicate\n", "shell");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("veerkracht " + version), result.out());
        assertTrue(result.err().contains("veerkracht: onbekende opdracht 'frobnicate'"), result.err());
    }

    @Test
    void twoCommandsAtOnceBothRun() throws Exception {
        Result[] results = new Result[2];
        Thread other = new Thread(() -> {
            try {
                results[1] = veerkracht("", "help");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        results[0] = veerkracht("", "--version");
        other.join(TimeUnit.SECONDS.toMillis(120));
        assertEquals(0, results[0].exitCode(), results[0].err());
        assertEquals(0, results[1].exitCode(), results[1].err());
        assertTrue(results[1].out().contains("veerkracht help"), results[1].out());
    }

    @Test
    void checkOnANewPlanListsTheTenPointsAndExitsOneForCi(@TempDir Path temp) throws Exception {
        Path workspace = temp.resolve("breda");
        Result init = veerkracht("", "init", workspace.toString(), "--code", "GM0758", "--name", "Breda", "--author",
                "J. de Vries <j.devries@breda.nl>");
        assertEquals(0, init.exitCode(), init.err());
        Result check = veerkracht("", "check", "-w", workspace.toString(), "--lang", "en");
        assertEquals(1, check.exitCode(), check.err());
        assertEquals("", check.err());
        assertEquals(10, check.out().lines().filter(line -> line.matches(" ?[0-9]+\\. \\[missing\\] .*")).count(), check.out());
        assertTrue(check.out().contains("Result: 0 ok, 0 need attention, 10 missing."), check.out());
    }
}
