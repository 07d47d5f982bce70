package nl.veerkracht.itests.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A server on 127.0.0.1 and a free port that accepts every connection and never says a word: a Git
 * host that hangs, for timeouts. Connections stay open until it is closed; it counts them.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SilentServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A silent server, listening once this returns. */
    public static SilentServer start() throws IOException {
        return new SilentServer();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.add(connection);
                synchronized (this) {
                    notifyAll();
                }
            } catch (IOException e) {
                // closed
            }
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** How many connections it accepted so far. */
    public int connections() {
        return connections.size();
    }

    /** Waits at most {@code limit} until it has accepted {@code count} connections; answers whether it has. */
    public synchronized boolean awaitConnections(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (connections.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** {@code git://127.0.0.1:<port>/<name>}. */
    public String gitUrl(String name) {
        return "git://127.0.0.1:" + port() + "/" + name;
    }

    /** {@code http://127.0.0.1:<port>/<name>}. */
    public String httpUrl(String name) {
        return "http://127.0.0.1:" + port() + "/" + name;
    }

    /** {@code ssh://<user>@127.0.0.1:<port><absolute path of repository>}. */
    public String sshUrl(String user, Path repository) {
        return "ssh://" + user + "@127.0.0.1:" + port() + repository.toAbsolutePath().normalize();
    }

    /** Stops listening and closes every connection it holds. */
    @Override
    public void close() throws IOException {
        socket.close();
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
