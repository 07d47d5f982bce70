package nl.veerkracht.itests.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The programs the servers and the tests run, found before they are started: a missing one is a
 * message that names it and the Debian package that has it (which {@code .ci/run} installs), not a
 * server that never answers.
 */
final class Programs {

    private Programs() {
    }

    /**
     * The program {@code name} on the {@code PATH} (or, for an absolute name, that file), executable.
     *
     * @param debianPackage the Debian package that installs it, for the message
     * @throws IllegalStateException when it is not there
     */
    static Path require(String name, String debianPackage) {
        return find(name).orElseThrow(() -> new IllegalStateException(name + " is not installed (not "
                + (name.contains("/") ? "at " + name : "on the PATH: " + System.getenv("PATH"))
                + "); install Debian's package " + debianPackage + " (.ci/run does)"));
    }

    /** The program {@code name} on the {@code PATH} (or, for an absolute name, that file), if it is executable. */
    static Optional<Path> find(String name) {
        if (name.contains("/")) {
            Path file = Path.of(name);
            return Files.isExecutable(file) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        String path = System.getenv("PATH");
        for (String folder : (path == null ? "" : path).split(":")) {
            if (!folder.isEmpty()) {
                Path file = Path.of(folder, name);
                if (Files.isExecutable(file) && Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One of C git's own programs ({@code git-daemon}, {@code git-http-backend}) in {@code git --exec-path}.
     *
     * @throws IllegalStateException when git or that program is missing
     */
    static Path gitProgram(String name) {
        Path git = require("git", "git");
        String execPath;
        try {
            Process process = new ProcessBuilder(git.toString(), "--exec-path").redirectErrorStream(true).start();
            execPath = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("git --exec-path failed: " + execPath);
            }
        } catch (IOException e) {
            throw new IllegalStateException("git --exec-path failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking git for its exec path", e);
        }
        Path program = Path.of(execPath, name);
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("C git's " + name + " is not at " + program
                    + "; install Debian's package git (.ci/run does)");
        }
        return program;
    }
}
