package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private final VeerkrachtCommandRunner runner;

    RegionCommandLine() {
        runner = new VeerkrachtCommandRunner("test", TestServices.create());
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = runner.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a command that must exit with {@code expected}. */
    Run expect(int expected, String... args) {
        Run run = run(args);
        assertEquals(expected, run.exitCode(), () -> String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    Run ok(String... args) {
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
