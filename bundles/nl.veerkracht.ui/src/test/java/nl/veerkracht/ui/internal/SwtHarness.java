package nl.veerkracht.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;

/**
 * One SWT display for a test JVM, on an X server of its own: the harness starts {@code Xvfb :N} on the
 * first free display number from 90 and points GTK at it, so {@code mvn verify} needs no display of its
 * own (only Debian's {@code xvfb} and {@code libgtk-3-0}, which {@code .ci/run} installs). Without Xvfb
 * the tests are skipped, saying why. It also waits for the event loop, and saves screenshots as PNG with
 * SWT alone ({@code GC.copyArea}, {@code ImageLoader}).
 */
final class SwtHarness {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static Display display;
    private static Process xvfb;

    private SwtHarness() {
    }

    /** The display of this JVM, made on the first call. */
    static synchronized Display display() throws IOException, InterruptedException {
        if (display != null) {
            return display;
        }
        Path xvfbProgram = Path.of("/usr/bin/Xvfb");
        Assumptions.assumeTrue(Files.isExecutable(xvfbProgram),
                "Xvfb is not installed, so the desktop client's tests are skipped: apt-get install xvfb libgtk-3-0"
                        + " (.ci/run installs them)");
        Files.createDirectories(Path.of(System.getProperty("swt.library.path", "target/swt")));
        int number = startXvfb(xvfbProgram);
        // GTK reads DISPLAY from the process's environment, which Java cannot change: set it natively, with
        // SWT's own binding of setenv (a test-only use of SWT's internals), before the display is made
        byte[] name = "DISPLAY\0".getBytes(StandardCharsets.US_ASCII);
        byte[] value = (":" + number + "\0").getBytes(StandardCharsets.US_ASCII);
        org.eclipse.swt.internal.C.setenv(name, value, 1);
        display = new Display();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }));
        return display;
    }

    private static int startXvfb(Path program) throws IOException, InterruptedException {
        for (int number = 90; number < 140; number++) {
            if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))
                    || Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                continue;
            }
            Process process = new ProcessBuilder(program.toString(), ":" + number, "-screen", "0", "1280x900x24",
                    "-nolisten", "tcp")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (process.isAlive() && !Files.exists(socket) && System.nanoTime() < deadline) {
                Thread.sleep(20); // waiting for another process: there is no event loop yet
            }
            if (process.isAlive() && Files.exists(socket)) {
                xvfb = process;
                return number;
            }
            process.destroy(); // another test JVM took this number first
        }
        throw new IOException("no free X display number for Xvfb between :90 and :139");
    }

    /** Runs the event loop until {@code condition} holds; fails the test after a minute. */
    static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, () -> "");
    }

    /** As {@link #waitUntil(String, BooleanSupplier)}, telling {@code context} when it gives up. */
    static void waitUntil(String what, BooleanSupplier condition, java.util.function.Supplier<String> context) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited a minute for: " + what + " " + context.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Runs the event loop until nothing is left to do now. */
    static void settle() {
        while (display.readAndDispatch()) {
            // dispatch every pending event
        }
    }

    /**
     * Saves what {@code shell} shows as a PNG in {@code target/screenshots/<name>.png}, with the windows
     * {@code onTop} (a popup over it) raised above it.
     */
    static Path screenshot(Shell shell, String name, Shell... onTop) throws IOException {
        settle();
        shell.forceActive();
        shell.update();
        for (Shell above : onTop) {
            above.moveAbove(null);
            above.forceActive();
            above.update();
        }
        // GTK paints on its frame clock: run the event loop a moment so the last changes are on screen
        long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
        waitUntil("a frame painted", () -> System.nanoTime() > until);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path directory = Files.createDirectories(Path.of(System.getProperty("veerkracht.screenshots",
                    "target/screenshots")));
            Path file = directory.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
