package nl.veerkracht.junit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A client program run to its end (git, ssh-keygen, timeout), with an environment of the test's own:
 * nothing of the developer's Git or SSH set-up (no {@code GIT_*}, no SSH agent, no system Git
 * configuration, no prompts) reaches it unless the test puts it there.
 */
public final class ClientProcess {

    /** What one run did: its exit code, what it printed on stdout and on stderr, and how long it took. */
    public record Result(int exitCode, String out, String err, Duration took) {

        /** The command's output for an assertion message. */
        public String output() {
            return "exit code " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Where a run looks for its configuration when the test gives it no home: nowhere. */
    static final String NO_HOME = "/nonexistent/veerkracht-tests-home";

    private ClientProcess() {
    }

    /**
     * This process's environment without the developer's Git and SSH settings, with {@code overrides}
     * put on top. Without a {@code HOME} in {@code overrides}, the home is a folder that does not exist.
     */
    public static Map<String, String> environment(Map<String, String> overrides) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("GIT_") || name.equals("SSH_AUTH_SOCK")
                || name.equals("SSH_ASKPASS") || name.equals("XDG_CONFIG_HOME"));
        environment.put("HOME", NO_HOME);
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("GIT_TERMINAL_PROMPT", "0");
        environment.putAll(overrides);
        return environment;
    }

    /**
     * Runs {@code command} in {@code directory} with {@link #environment(Map) environment(overrides)},
     * no input, and waits for it at most {@code limit}.
     *
     * @throws AssertionError when it does not end within {@code limit} (it and its children are then
     *         stopped), with what it printed
     */
    public static Result run(List<String> command, Path directory, Map<String, String> overrides, Duration limit)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("client-out", ".txt");
        Path err = Files.createTempFile("client-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment(overrides));
            long started = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process.toHandle());
                throw new AssertionError(String.join(" ", command) + " did not end within " + limit.toMillis()
                        + " ms\n--- stdout\n" + Files.readString(out) + "--- stderr\n" + Files.readString(err));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), took);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Ends {@code process} and its descendants: politely first, forcibly after five seconds. */
    public static void stop(ProcessHandle process) {
        List<ProcessHandle> all = Stream.concat(Stream.of(process), process.descendants()).toList();
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (ProcessHandle handle : all) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }
}
