package nl.veerkracht.itests.servers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import nl.veerkracht.junit.ClientProcess;

/**
 * A server program (git daemon, sshd) run by a test: started on a free port of 127.0.0.1 with its
 * output in a log file, awaited until it answers, and stopped with every process it forked.
 */
final class ServerProcess implements AutoCloseable {

    /** How long a server may take to answer on its port. */
    static final Duration START_LIMIT = Duration.ofSeconds(10);

    private static final int ATTEMPTS = 3;

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code command.apply(port)} on a free port and waits until {@code ready} says the port
     * answers. A port another process took in between is tried again with another.
     *
     * @param environment the whole environment of the server
     * @param ready tells, for the port, whether the server answers there now
     * @throws IllegalStateException when the server ends or does not answer within {@link #START_LIMIT},
     *         with its log
     */
    static ServerProcess start(String name, IntFunction<List<String>> command,
            Map<String, String> environment, IntPredicate ready) throws IOException {
        Path log = Files.createTempFile(name.replace(' ', '-'), ".log");
        for (int attempt = 1;; attempt++) {
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(command.apply(port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(environment);
            ServerProcess server = new ServerProcess(builder.start(), log, port);
            if (server.answers(ready)) {
                return server;
            }
            String said = server.log();
            boolean ended = !server.process.isAlive();
            server.close();
            if (!(said.contains("Address already in use") && attempt < ATTEMPTS)) {
                throw new IllegalStateException(name + " did not answer on 127.0.0.1:" + port + " within "
                        + START_LIMIT.toSeconds() + " s" + (ended ? " (it ended with exit code " + server.process.exitValue() + ")"
                        : "") + "; its log:\n" + said);
            }
        }
    }

    /** Waits until {@code ready} says the port answers, or the server ended, or {@link #START_LIMIT} passed. */
    private boolean answers(IntPredicate ready) {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        try {
            while (!ready.test(port)) {
                // the pause between two tries is a wait for the server to end: it ends when it fails
                if (process.waitFor(25, TimeUnit.MILLISECONDS) || System.nanoTime() > deadline) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return process.isAlive();
    }

    /** A port on 127.0.0.1 that nothing listens on now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** Whether something accepts a connection on 127.0.0.1:{@code port}. */
    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the server printed so far. */
    String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(its log cannot be read: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the server and every process it forked (one per connection), forcibly after five seconds,
     * and removes its log.
     */
    @Override
    public void close() {
        stop(process.toHandle());
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a log in the temporary folder: the system clears it
        }
    }

    /** Ends {@code process} and its descendants: politely first, forcibly after five seconds. */
    static void stop(ProcessHandle process) {
        ClientProcess.stop(process);
    }
}
