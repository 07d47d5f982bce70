package nl.veerkracht.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * C git, the test oracle for Git compatibility: what Veerkracht writes must satisfy it, and what a
 * user does with it must keep working. Runs with an empty home, so no user configuration leaks in.
 * Tests fail (they are never skipped) when git is not installed; .ci/run installs it.
 */
final class CGit {

    record Result(int exitCode, String out, String err) {
    }

    private final Path home;

    CGit(Path home) {
        this.home = home;
    }

    Result run(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_AUTHOR_NAME", "Plain Git");
        builder.environment().put("GIT_AUTHOR_EMAIL", "plain@git.example");
        builder.environment().put("GIT_COMMITTER_NAME", "Plain Git");
        builder.environment().put("GIT_COMMITTER_EMAIL", "plain@git.example");
        Path out = Files.createTempFile(home, "git-out", ".txt");
        Path err = Files.createTempFile(home, "git-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " did not end within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Runs git and fails the test unless it exits 0; answers its standard output. */
    String ok(Path directory, String... args) throws IOException, InterruptedException {
        Result result = run(directory, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " exited " + result.exitCode() + ": "
                    + result.err());
        }
        return result.out();
    }

    /** {@code git fsck --full --strict} must accept the repository, without a word of complaint. */
    void assertFsckClean(Path directory) throws IOException, InterruptedException {
        Result result = run(directory, "fsck", "--full", "--strict", "--no-dangling");
        if (result.exitCode() != 0 || !result.err().isBlank() || !result.out().isBlank()) {
            throw new AssertionError("git fsck found problems in " + directory + ":\n" + result.out() + result.err());
        }
    }
}
