package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;


/**
 * The command line with every service of the region wired as Declarative Services wires them, for
 * tests that drive whole regional scenarios command by command; and C git as the oracle.
 */
final class RegionCommandLine {

    private final VeerkrachtCommandRunner runner;

    RegionCommandLine() {
        runner = new VeerkrachtCommandRunner("test", TestServices.create());
    }

    CommandRun run(String... args) {
        return CommandRun.of(runner, args);
    }

    /** Runs a command that must exit with {@code expected}. */
    CommandRun expect(int expected, String... args) {
        CommandRun run = run(args);
        assertEquals(expected, run.exitCode(), () -> String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    CommandRun ok(String... args) {
        return expect(0, args);
    }

    /** Runs C git in {@code directory} with an empty home; answers its standard output. */
    static String git(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Path home = Files.createTempDirectory("git-home");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " did not end within 60 s");
        }
        String output = Files.readString(out) + Files.readString(err);
        if (process.exitValue() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " exited " + process.exitValue() + ": " + output);
        }
        return Files.readString(out);
    }

    /** C git's {@code fsck --full --strict} accepts the repository without a word. */
    static void assertFsckClean(Path repository) throws IOException, InterruptedException {
        String said = git(repository, "fsck", "--full", "--strict", "--no-dangling");
        assertEquals("", said, "git fsck of " + repository);
    }
}
