package nl.veerkracht.itests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.veerkracht.junit.ClientProcess;

/** {@code bin/veerkracht} as a user runs it: one whole process, with a bundle cache of its own. */
final class ProductProcess {

    /** What one run did: its exit code, and everything it printed on stdout and on stderr. */
    record Result(int exitCode, String out, String err) {
    }

    private static final Duration LIMIT = Duration.ofSeconds(90);

    private ProductProcess() {
    }

    /** The product folder the build assembled. */
    static Path assembledProduct() {
        return Path.of(System.getProperty("veerkracht.product.home"));
    }

    /**
     * Runs {@code <home>/bin/veerkracht args} with {@code VEERKRACHT_CACHE=cache}, {@code stdin} as its
     * input, and waits for it at most 90 seconds.
     */
    static Result run(Path home, Path cache, String stdin, String... args) throws Exception {
        return run(home, cache, environment -> { }, LIMIT, stdin, args);
    }

    /**
     * Runs {@code <home>/bin/veerkracht args} as {@link #run(Path, Path, String, String...)} does, in an
     * environment of the test's own ({@link ClientProcess#environment(Map)}): none of the developer's Git
     * and SSH settings ({@code GIT_*}, among them {@code GIT_SSH} and {@code GIT_SSH_COMMAND}, and the SSH
     * agent), with {@code environment} on top (the {@code HOME} of a {@code TestHome}, say); waits for it
     * at most {@code limit}.
     */
    static Result run(Path home, Path cache, Map<String, String> environment, Duration limit, String stdin,
            String... args) throws Exception {
        return run(home, cache, inherited -> {
            inherited.clear();
            inherited.putAll(ClientProcess.environment(environment));
        }, limit, stdin, args);
    }

    private static Result run(Path home, Path cache, Consumer<Map<String, String>> environment, Duration limit,
            String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/veerkracht").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.accept(builder.environment());
        builder.environment().put("VEERKRACHT_CACHE", cache.toString());
        Path out = Files.createTempFile("veerkracht-out", ".txt");
        Path err = Files.createTempFile("veerkracht-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                // the script runs java as its child on a first run: stop both
                Stream.concat(process.descendants(), Stream.of(process.toHandle())).forEach(ProcessHandle::destroyForcibly);
                throw new AssertionError("bin/veerkracht " + String.join(" ", args) + " did not end within "
                        + limit.toSeconds() + " s; stdout:\n" + Files.readString(out) + "stderr:\n" + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
