package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/veerkracht desktop} as a user starts it: without a display it says so in one line and
 * the command line goes on working; on a display (an Xvfb of the test's own) the real product opens
 * its window, which the test photographs with imagemagick's {@code import} once the ten-point check
 * has coloured its points. Only Linux GTK x86_64 is tested.
 */
class DesktopProcessTest {

    private static final int[] STATUS_COLOURS = {0x2e7d32, 0xef8f00, 0xc62828};

    @TempDir
    static Path temp;

    private static Path workspace;

    @BeforeAll
    static void workspace() throws Exception {
        workspace = temp.resolve("breda");
        Result init = run(Map.of(), "init", workspace.toString(), "--code", "GM0758", "--name", "Breda");
        assertEquals(0, init.exitCode, init.err);
    }

    @Test
    void withoutADisplayTheDesktopSaysSoAndTheCommandLineStillWorks() throws Exception {
        Result desktop = run(Map.of(), "desktop", "-w", workspace.toString());
        assertEquals(5, desktop.exitCode, desktop.err);
        assertTrue(desktop.err.startsWith("veerkracht: het bureaublad kan geen venster openen"), desktop.err);
        Result english = run(Map.of(), "desktop", "-w", workspace.toString(), "--lang", "en");
        assertTrue(english.err.startsWith("veerkracht: the desktop client cannot open a window"), english.err);

        Result validate = run(Map.of(), "validate", "-w", workspace.toString());
        assertEquals(0, validate.exitCode, validate.err);
        assertEquals("", validate.err);
        Result wrong = run(Map.of(), "desktop", "--frobnicate");
        assertEquals(2, wrong.exitCode, wrong.err);
        assertEquals("veerkracht: desktop kent '--frobnicate' niet; zie veerkracht help desktop\n", wrong.err);
    }

    @Test
    void onADisplayTheProductOpensItsWindowWithTheCheck() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")) && Files.isExecutable(Path.of("/usr/bin/import")),
                "Xvfb and imagemagick are not installed (.ci/run installs them): the desktop's process test is skipped");
        int number = freeDisplay();
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", ":" + number, "-screen", "0", "1280x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Process desktop = null;
        try {
            awaitFile(Path.of("/tmp/.X11-unix/X" + number), xvfb);
            Map<String, String> display = Map.of("DISPLAY", ":" + number);
            desktop = start(display, "desktop", "-w", workspace.toString());
            Path screenshot = Files.createDirectories(Path.of("target/screenshots")).resolve("product-desktop.png");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            boolean coloured = false;
            while (!coloured && System.nanoTime() < deadline && desktop.isAlive()) {
                Thread.sleep(500); // another process draws: poll its screen
                Process photo = new ProcessBuilder("/usr/bin/import", "-display", ":" + number, "-window", "root",
                        screenshot.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (photo.waitFor(20, TimeUnit.SECONDS) && photo.exitValue() == 0) {
                    coloured = hasStatusColour(ImageIO.read(screenshot.toFile()));
                }
            }
            assertTrue(desktop.isAlive(), "the client is still open");
            assertTrue(coloured, "the window shows the check's colours: " + screenshot.toAbsolutePath());
        } finally {
            if (desktop != null) {
                Stream.concat(desktop.descendants(), Stream.of(desktop.toHandle())).forEach(ProcessHandle::destroy);
                desktop.waitFor(10, TimeUnit.SECONDS);
            }
            xvfb.destroy();
        }
    }

    private static boolean hasStatusColour(BufferedImage image) {
        if (image == null) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                for (int colour : STATUS_COLOURS) {
                    if (rgb == colour) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int freeDisplay() {
        for (int number = 140; number < 190; number++) {
            if (!Files.exists(Path.of("/tmp/.X" + number + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                return number;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    private static void awaitFile(Path file, Process owner) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(file) && owner.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(file), "Xvfb started");
    }

    record Result(int exitCode, String out, String err) {
    }

    private static Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProductProcess.assembledProduct().resolve("bin/veerkracht").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("VEERKRACHT_CACHE", temp.resolve("cache").toString());
        builder.environment().put("HOME", temp.resolve("home").toString());
        builder.environment().putAll(environment);
        return builder.redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile())
                .start();
    }

    private static Result run(Map<String, String> environment, String... args) throws Exception {
        Process process = start(environment, args);
        process.getOutputStream().close();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            Stream.concat(process.descendants(), Stream.of(process.toHandle())).forEach(ProcessHandle::destroyForcibly);
            throw new AssertionError("bin/veerkracht " + String.join(" ", args) + " did not end");
        }
        return new Result(process.exitValue(), Files.readString(temp.resolve("out.txt")),
                Files.readString(temp.resolve("err.txt")));
    }
}
