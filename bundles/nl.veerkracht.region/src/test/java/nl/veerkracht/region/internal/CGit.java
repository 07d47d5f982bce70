package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * C git, the test oracle (and a plain Git user who commits past Veerkracht), with an empty home so that
 * no user configuration leaks in. Tests fail, never skip, when git is not installed.
 */
final class CGit {

    private CGit() {
    }

    static String run(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Path home = Files.createTempDirectory("git-home");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_AUTHOR_NAME", "Plain Git");
        builder.environment().put("GIT_AUTHOR_EMAIL", "plain@git.example");
        builder.environment().put("GIT_COMMITTER_NAME", "Plain Git");
        builder.environment().put("GIT_COMMITTER_EMAIL", "plain@git.example");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " did not end within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " exited " + process.exitValue() + ": "
                    + Files.readString(out) + Files.readString(err));
        }
        return Files.readString(out);
    }

    /** {@code git fsck --full --strict} accepts the repository without a word. */
    static void assertFsckClean(Path repository) throws IOException, InterruptedException {
        assertEquals("", run(repository, "fsck", "--full", "--strict", "--no-dangling"), "git fsck of " + repository);
    }
}
