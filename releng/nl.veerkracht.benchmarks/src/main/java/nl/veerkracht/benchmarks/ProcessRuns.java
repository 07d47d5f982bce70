package nl.veerkracht.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a whole process to its end, as a user's shell would: the unit of the startup figures. */
final class ProcessRuns {

    private ProcessRuns() {
    }

    static Path productHome() {
        String home = System.getProperty("veerkracht.product.home");
        if (home == null) {
            throw new IllegalStateException("veerkracht.product.home is not set: run the benchmarks with -Pbenchmark");
        }
        return Path.of(home);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code command} with its output discarded; fails unless it exits with {@code expected}. */
    static void run(List<String> command, Map<String, String> environment, int expected) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.to(new File("/dev/null")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not end within 120 s");
        }
        if (process.exitValue() != expected) {
            throw new IllegalStateException(command + " exited with " + process.exitValue() + ", not " + expected);
        }
    }
}
