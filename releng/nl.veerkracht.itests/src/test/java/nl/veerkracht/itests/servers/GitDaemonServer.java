package nl.veerkracht.itests.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.veerkracht.junit.ClientProcess;

/**
 * C git's {@code git daemon} on 127.0.0.1 and a free port, serving every repository below one folder
 * over {@code git://}, fetch and push (receive-pack enabled), without authentication.
 */
public final class GitDaemonServer implements AutoCloseable {

    private final Path base;
    private final ServerProcess process;

    private GitDaemonServer(Path base, ServerProcess process) {
        this.base = base;
        this.process = process;
    }

    /**
     * Starts {@code git daemon} for the repositories in {@code base}; returns once it accepts connections.
     *
     * @throws IllegalStateException when C git or its git-daemon is missing, or the daemon does not start
     */
    public static GitDaemonServer start(Path base) throws IOException {
        Path daemon = Programs.gitProgram("git-daemon");
        Path root = Files.createDirectories(base).toRealPath();
        ServerProcess process = ServerProcess.start("git daemon", port -> List.of(daemon.toString(), "--verbose",
                "--reuseaddr", "--listen=127.0.0.1", "--port=" + port, "--base-path=" + root, "--export-all",
                "--enable=receive-pack", "--informative-errors", root.toString()),
                ClientProcess.environment(Map.of()), ServerProcess::accepts);
        return new GitDaemonServer(root, process);
    }

    /** The folder the repositories are in. */
    public Path base() {
        return base;
    }

    public int port() {
        return process.port();
    }

    /** The daemon's process id (it forks one process per connection, stopped with it). */
    public long pid() {
        return process.pid();
    }

    /** {@code git://127.0.0.1:<port>/<name>}: the repository {@code base/name}. */
    public String url(String name) {
        return "git://127.0.0.1:" + port() + "/" + name;
    }

    /** What the daemon logged so far (it runs with {@code --verbose}). */
    public String log() {
        return process.log();
    }

    /** Stops the daemon and the processes serving its connections. */
    @Override
    public void close() {
        process.close();
    }
}
