package nl.veerkracht.itests.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** C git as the tests' client and oracle, run with an environment of the test's own ({@link ClientProcess}). */
public final class CGit {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private CGit() {
    }

    /** Runs {@code git args} in {@code directory}; waits at most {@code limit}. */
    public static ClientProcess.Result run(Path directory, Map<String, String> environment, Duration limit,
            String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Programs.require("git", "git").toString()));
        command.addAll(List.of(args));
        return ClientProcess.run(command, directory, environment, limit);
    }

    /**
     * Runs {@code git args} in {@code directory}, which must succeed within a minute.
     *
     * @return what it printed on stdout
     * @throws AssertionError when it fails, with everything it printed
     */
    public static String ok(Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        ClientProcess.Result result = run(directory, environment, LIMIT, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " in " + directory + ": " + result.output());
        }
        return result.out();
    }

    /**
     * An empty bare repository made by {@code git init --bare}, as a server's administrator makes one:
     * its {@code HEAD} names git's default branch, whatever the client pushes later.
     */
    public static Path initBare(Path repository) throws IOException, InterruptedException {
        Files.createDirectories(repository);
        ok(repository, Map.of(), "init", "--bare", "--quiet", repository.toString());
        return repository;
    }

    /**
     * C git's {@code fsck --full --strict} of {@code repository} finds nothing: the repository is sound.
     * The one notice it may give is about a hub made by {@link #initBare(Path)}, whose {@code HEAD} names
     * a branch nobody pushed.
     */
    public static void assertFsckClean(Path repository) throws IOException, InterruptedException {
        ClientProcess.Result fsck = run(repository, Map.of(), LIMIT, "fsck", "--full", "--strict", "--no-dangling");
        String said = fsck.err().lines().filter(line -> !line.startsWith("notice: HEAD points to an unborn branch"))
                .collect(Collectors.joining("\n"));
        if (fsck.exitCode() != 0 || !fsck.out().isEmpty() || !said.isEmpty()) {
            throw new AssertionError("git fsck --full of " + repository + ": " + fsck.output());
        }
    }
}
