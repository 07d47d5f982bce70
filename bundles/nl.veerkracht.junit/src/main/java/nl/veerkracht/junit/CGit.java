package nl.veerkracht.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * C git, the tests' oracle for Git compatibility (what Veerkracht writes must satisfy it), a plain Git
 * user who commits past Veerkracht, and the client of the test servers. Every run has an environment of
 * the test's own ({@link ClientProcess#environment(Map)}): none of the developer's {@code GIT_*}
 * variables, no SSH agent, no system configuration ({@code GIT_CONFIG_NOSYSTEM}), no prompts, no input,
 * and a {@code HOME} the test chose (or one that does not exist), so that no user configuration leaks
 * in. Tests fail, they are never skipped, when git is not installed; {@code .ci/run} installs it.
 *
 * <p>Three ways to get one: {@link #CGit(Path) new CGit(home)} and {@link #inTemporaryHome()} are a plain
 * Git user ("Plain Git", {@code plain@git.example}) with that home; {@link #client()} and {@link
 * #client(Map)} are a client with exactly the environment a test gives it (no identity), as the tests of
 * the Git servers use it. Other programs (ssh-keygen, timeout) run through {@link ClientProcess}.
 */
public final class CGit {

    /** How long a run may take unless the caller says otherwise. */
    public static final Duration LIMIT = Duration.ofSeconds(60);

    private final Map<String, String> overrides;

    /** A plain Git user whose home (and configuration, if the test writes one) is {@code home}. */
    public CGit(Path home) {
        this(plainUser(home));
    }

    private CGit(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** A plain Git user with an empty home of its own, made now in the temporary folder. */
    public static CGit inTemporaryHome() {
        try {
            return new CGit(Files.createTempDirectory("git-home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A client with {@code environment} on top of the isolated one and nothing else: no identity, and
     * without a {@code HOME} in {@code environment} a home that does not exist.
     */
    public static CGit client(Map<String, String> environment) {
        return new CGit(environment);
    }

    /** A client with the isolated environment alone: no identity, and a home that does not exist. */
    public static CGit client() {
        return new CGit(Map.of());
    }

    private static Map<String, String> plainUser(Path home) {
        Map<String, String> user = new HashMap<>();
        user.put("HOME", home.toString());
        user.put("GIT_AUTHOR_NAME", "Plain Git");
        user.put("GIT_AUTHOR_EMAIL", "plain@git.example");
        user.put("GIT_COMMITTER_NAME", "Plain Git");
        user.put("GIT_COMMITTER_EMAIL", "plain@git.example");
        return user;
    }

    /** Runs {@code git args} in {@code directory}; waits at most {@link #LIMIT}. */
    public ClientProcess.Result run(Path directory, String... args) throws IOException, InterruptedException {
        return run(directory, LIMIT, args);
    }

    /**
     * Runs {@code git args} in {@code directory}; waits at most {@code limit}.
     *
     * @throws AssertionError when it does not end within {@code limit} (it and its children are then
     *         stopped), with what it printed
     */
    public ClientProcess.Result run(Path directory, Duration limit, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(git()));
        command.addAll(List.of(args));
        return ClientProcess.run(command, directory, overrides, limit);
    }

    /**
     * Runs {@code git args} in {@code directory}, which must succeed within {@link #LIMIT}.
     *
     * @return what it printed on stdout
     * @throws AssertionError when it fails, with everything it printed
     */
    public String ok(Path directory, String... args) throws IOException, InterruptedException {
        ClientProcess.Result result = run(directory, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " in " + directory + ": " + result.output());
        }
        return result.out();
    }

    /**
     * An empty bare repository made by {@code git init --bare}, as a server's administrator makes one:
     * its {@code HEAD} names git's default branch, whatever the client pushes later.
     */
    public Path initBare(Path repository) throws IOException, InterruptedException {
        Files.createDirectories(repository);
        ok(repository, "init", "--bare", "--quiet", repository.toString());
        return repository;
    }

    /**
     * C git's {@code fsck --full --strict} of {@code repository} finds nothing, without a word of
     * complaint: the repository is sound. The one notice it may give is about a hub made by {@link
     * #initBare(Path)}, whose {@code HEAD} names a branch nobody pushed.
     */
    public void assertFsckClean(Path repository) throws IOException, InterruptedException {
        ClientProcess.Result fsck = run(repository, "fsck", "--full", "--strict", "--no-dangling");
        String said = fsck.err().lines().filter(line -> !line.startsWith("notice: HEAD points to an unborn branch"))
                .filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
        if (fsck.exitCode() != 0 || !fsck.out().isBlank() || !said.isEmpty()) {
            throw new AssertionError("git fsck --full of " + repository + ": " + fsck.output());
        }
    }

    private static String git() {
        String path = System.getenv("PATH");
        for (String folder : (path == null ? "" : path).split(":")) {
            if (!folder.isEmpty()) {
                Path file = Path.of(folder, "git");
                if (Files.isExecutable(file) && Files.isRegularFile(file)) {
                    return file.toString();
                }
            }
        }
        throw new IllegalStateException("git is not installed (not on the PATH: " + path
                + "); install Debian's package git (.ci/run does)");
    }
}
