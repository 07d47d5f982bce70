package nl.veerkracht.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code bin/veerkracht}: starts Apache Felix with the product, runs one command (or opens the shell)
 * and exits with the command's exit code.
 */
public final class Main {

    /** Exit code for a runtime that could not start: "other errors" in the command line's set. */
    static final int FAILED = 5;

    /** The folder, in the cache root, of the bundle caches of the product with its desktop client. */
    static final String DESKTOP_CACHE = "desktop";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        LaunchArguments arguments = LaunchArguments.of(args);
        defaultLogging(arguments.debug());
        String homeProperty = System.getProperty("veerkracht.home");
        if (homeProperty == null) {
            System.err.println("veerkracht: start Veerkracht with bin/veerkracht (veerkracht.home is not set)");
            return FAILED;
        }
        Path home = Path.of(homeProperty).toAbsolutePath().normalize();
        // the desktop client's bundles (SWT among them) are installed for `desktop` alone, in caches of their own:
        // every other command starts without them
        Path cacheRoot = arguments.desktop() ? cacheRoot(home).resolve(DESKTOP_CACHE) : cacheRoot(home);
        try (BundleCache cache = BundleCache.acquire(cacheRoot)) {
            Product product = arguments.desktop() ? Product.at(home).withDesktop() : Product.at(home);
            try (ProductRuntime runtime = startRuntime(product, cache, arguments.debug())) {
                if (arguments.shell()) {
                    runtime.openShell();
                    return 0;
                }
                if (arguments.desktop()) {
                    return runtime.runDesktop(args, System.in, System.out, System.err);
                }
                return runtime.runCommand(args, System.in, System.out, System.err);
            }
        } catch (LaunchException e) {
            System.err.println("veerkracht: " + e.getMessage());
            if (arguments.debug() && e.getCause() != null) {
                e.getCause().printStackTrace(System.err);
            }
            return FAILED;
        } catch (IOException e) {
            System.err.println("veerkracht: " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * Starts the runtime; when a cache that held the product does not start (a process killed while
     * Felix wrote to it, say), installs the product afresh once before giving up.
     */
    private static ProductRuntime startRuntime(Product product, BundleCache cache, boolean debug)
            throws LaunchException, IOException {
        try {
            return ProductRuntime.start(product, cache, debug);
        } catch (LaunchException e) {
            if (cache.installedFingerprint().isEmpty()) {
                throw e;
            }
            cache.forgetInstalled();
            return ProductRuntime.start(product, cache, debug);
        }
    }

    /**
     * The bundle caches live in the product ({@code var/cache}) when it is writable, else in the
     * user's cache folder; {@code VEERKRACHT_CACHE} overrides both.
     */
    static Path cacheRoot(Path home) {
        String configured = System.getenv("VEERKRACHT_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path inProduct = home.resolve("var/cache");
        if (isWritable(inProduct)) {
            return inProduct;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path userCache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return userCache.resolve("veerkracht").resolve(shortHash(home.toString()));
    }

    private static boolean isWritable(Path directory) {
        try {
            Files.createDirectories(directory);
            return Files.isWritable(directory);
        } catch (IOException e) {
            return false;
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Libraries say nothing unless {@code --debug} is given: every failure reaches the user as Veerkracht's
     * own one-line message, and a library's log line beside it (JGit's SSH client logs a refused host key
     * as a warning, its lock files as an error with a stack trace) says the same less clearly, or says
     * what a user cannot act on. SPI Fly and Veerkracht's own warnings log through java.util.logging, JGit
     * and others through slf4j-simple, on stderr; JGit's in-process transport threads print their stack
     * traces themselves (see {@link QuietLibraryThreads}). With {@code --debug} they say everything.
     */
    private static void defaultLogging(boolean debug) {
        Logger.getLogger("").setLevel(debug ? Level.ALL : Level.OFF);
        if (!debug) {
            // a library thread that prints its own stack trace, or one that dies of an exception, says nothing:
            // the command reports the failure it caused in one line
            System.setErr(QuietLibraryThreads.around(System.err));
            Thread.setDefaultUncaughtExceptionHandler((thread, error) -> { });
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "off");
        }
    }
}
