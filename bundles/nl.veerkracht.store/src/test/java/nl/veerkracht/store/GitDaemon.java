package nl.veerkracht.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;

/**
 * C Git's {@code git daemon} serving every repository below a folder on 127.0.0.1 and a free port, for the
 * store's tests of what a network remote sends; stopped when closed.
 */
final class GitDaemon implements AutoCloseable {

    private final Process process;
    private final int port;

    private GitDaemon(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Serves the repositories below {@code base}, once the daemon accepts connections (at most 5 s). */
    static GitDaemon serving(Path base) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process process = new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port,
                "--base-path=" + base, "--export-all", base.toString()).redirectErrorStream(true)
                .redirectOutput(base.resolve("daemon.log").toFile()).start();
        GitDaemon daemon = new GitDaemon(process, port);
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return daemon;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        daemon.close();
        throw new AssertionError("git daemon did not start on port " + port);
    }

    /** {@code git://127.0.0.1:<port>/<name>}. */
    String url(String name) {
        return "git://127.0.0.1:" + port + "/" + name;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
