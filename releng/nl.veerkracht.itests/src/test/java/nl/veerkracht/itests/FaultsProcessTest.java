package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.itests.ProductProcess.Result;

/**
 * Faults of the machine and of a neighbour's repository through {@code bin/veerkracht}: each one line on
 * stderr, never a stack trace or a library's English warning, without {@code --debug}.
 */
class FaultsProcessTest {

    @TempDir
    Path temp;

    private Result veerkracht(Path cache, String... args) throws Exception {
        return ProductProcess.run(ProductProcess.assembledProduct(), cache, "", args);
    }

    @Test
    void aDamagedObjectAtTheProvinceIsOneLineWithoutATrace() throws Exception {
        Path cache = temp.resolve("cache");
        Path province = temp.resolve("noord-brabant");
        assertEquals(0, veerkracht(cache, "init", province.toString(), "--code", "PV30", "--name", "Noord-Brabant",
                "--author", "P <p@brabant.nl>").exitCode());
        Path breda = temp.resolve("breda");
        assertEquals(0, veerkracht(cache, "init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--province",
                "PV30", "--author", "J <j@breda.nl>").exitCode());
        // every loose object of the province's plan damaged: the in-process upload-pack fails on the first one
        try (var objects = Files.walk(province.resolve("plan/.git/objects"))) {
            for (Path object : objects.filter(path -> path.getParent().getFileName().toString().matches("[0-9a-f]{2}"))
                    .toList()) {
                object.toFile().setWritable(true);
                Files.writeString(object, "beschadigd");
            }
        }

        Result follow = veerkracht(cache, "province", "follow", "-w", breda.toString(), province.resolve("plan").toString());
        assertEquals(5, follow.exitCode(), follow.err());
        assertEquals(List.of("veerkracht: " + province.resolve("plan") + " kon zijn objecten niet versturen (remote:"
                + " internal server error): daar is waarschijnlijk een object beschadigd; niets opgehaald. Vraag de"
                + " eigenaar om 'git fsck --full' te draaien in die repository"), follow.err().lines().toList());
    }

    @Test
    void anIndexOfRandomBytesIsSaidByCommitAndRebuiltWithoutAnEnglishWarning() throws Exception {
        Path cache = temp.resolve("cache");
        Path breda = temp.resolve("breda");
        assertEquals(0, veerkracht(cache, "init", breda.toString(), "--code", "GM0758", "--name", "Breda", "--author",
                "J <j@breda.nl>").exitCode());
        byte[] noise = new byte[20_000];
        new Random(8).nextBytes(noise);
        Path file = Files.createDirectories(breda.resolve(".veerkracht/index")).resolve("index.mv.db");
        Files.write(file, noise);
        Files.writeString(breda.resolve("plan/plan.yaml"), Files.readString(breda.resolve("plan/plan.yaml"))
                + "vision: |\n  Een sterke binnenstad.\n");

        Result commit = veerkracht(cache, "commit", "-w", breda.toString(), "-m", "Visie", "--author", "J <j@breda.nl>");
        assertEquals(0, commit.exitCode(), commit.err());
        assertEquals(1, commit.err().lines().count(), commit.err());
        assertTrue(commit.err().startsWith("veerkracht: vastgelegd, maar de index in "), commit.err());

        Result rebuild = veerkracht(cache, "index", "rebuild", "-w", breda.toString());
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        assertEquals("", rebuild.err(), "no 'WARNING:' of java.util.logging");
    }

    @Test
    void aNearlyFullDiskUnderTheCacheChangesNeitherTheOutputNorTheExitCode() throws Exception {
        Path cache = Files.createDirectories(temp.resolve("small-cache"));
        assumeTrue(mount(cache, "48m"), "a small tmpfs can be mounted (as root)");
        try {
            // the bundle cache takes some 41 MB of the 48 (the council report's PDF and chart libraries and its font
            // among them): no room for the class-data archive the JVM would write
            for (int run = 0; run < 2; run++) {
                Result version = veerkracht(cache, "--version");
                assertEquals(0, version.exitCode(), version.err());
                assertEquals("", version.err());
            }
        } finally {
            new ProcessBuilder("umount", cache.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static boolean mount(Path folder, String size) {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            mount.getInputStream().readAllBytes();
            return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
