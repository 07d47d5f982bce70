package nl.veerkracht.itests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code bin/veerkracht} as a user runs it: one whole process, with a bundle cache of its own. */
final class ProductProcess {

    /** What one run did: its exit code, and everything it printed on stdout and on stderr. */
    record Result(int exitCode, String out, String err) {
    }

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
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/veerkracht").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("VEERKRACHT_CACHE", cache.toString());
        Path out = Files.createTempFile("veerkracht-out", ".txt");
        Path err = Files.createTempFile("veerkracht-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("bin/veerkracht " + String.join(" ", args) + " did not end within 90 s");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
