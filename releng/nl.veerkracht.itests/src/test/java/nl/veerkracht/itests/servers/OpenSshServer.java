package nl.veerkracht.itests.servers;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.veerkracht.junit.ClientProcess;

/**
 * OpenSSH's {@code sshd} on 127.0.0.1 and a free port, with a configuration, host key and authorized
 * keys of its own in a folder of the test: Git over {@code ssh://} as a hosting service offers it, for
 * the current user (the tests run as root, in CI too), with public keys only.
 */
public final class OpenSshServer implements AutoCloseable {

    /** Where Debian's openssh-server installs sshd; sshd must be started by its absolute path. */
    static final String SSHD = "/usr/sbin/sshd";

    /** sshd's privilege separation folder, which must exist and belong to root. */
    private static final Path PRIVILEGE_SEPARATION = Path.of("/run/sshd");

    private final Path folder;
    private final String user;
    private final String hostKey;
    private final ServerProcess process;

    private OpenSshServer(Path folder, String user, String hostKey, ServerProcess process) {
        this.folder = folder;
        this.user = user;
        this.hostKey = hostKey;
        this.process = process;
    }

    /**
     * Starts sshd with its files in {@code folder} (made if missing); returns once it greets on its port.
     *
     * @throws IllegalStateException when sshd or ssh-keygen is missing, or sshd does not start (with its log)
     */
    public static OpenSshServer start(Path folder) throws IOException, InterruptedException {
        Path sshd = Programs.find("sshd").filter(path -> path.isAbsolute())
                .orElseGet(() -> Programs.require(SSHD, "openssh-server"));
        Path keygen = Programs.require("ssh-keygen", "openssh-client");
        Path home = Files.createDirectories(folder).toRealPath();
        if (!Files.isDirectory(PRIVILEGE_SEPARATION)) {
            try {
                Files.createDirectories(PRIVILEGE_SEPARATION,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            } catch (IOException e) {
                throw new IllegalStateException("sshd needs its privilege separation folder " + PRIVILEGE_SEPARATION
                        + ", which cannot be made: " + e.getMessage(), e);
            }
        }
        Path key = home.resolve("ssh_host_ed25519_key");
        ClientProcess.Result made = ClientProcess.run(List.of(keygen.toString(), "-q", "-t", "ed25519", "-N", "", "-C",
                "veerkracht-test-hub", "-f", key.toString()), home, Map.of(), Duration.ofSeconds(30));
        if (made.exitCode() != 0) {
            throw new IllegalStateException("ssh-keygen did not make sshd's host key: " + made.output());
        }
        String[] publicKey = Files.readString(Path.of(key + ".pub"), StandardCharsets.UTF_8).strip().split(" ");
        Path authorizedKeys = home.resolve("authorized_keys");
        Files.writeString(authorizedKeys, "", StandardCharsets.UTF_8);
        String user = System.getProperty("user.name");
        Path config = home.resolve("sshd_config");
        ServerProcess process = ServerProcess.start("sshd", port -> {
            try {
                Files.writeString(config, String.join("\n",
                        "ListenAddress 127.0.0.1",
                        "Port " + port,
                        "HostKey " + key,
                        "PidFile " + home.resolve("sshd.pid"),
                        "AuthorizedKeysFile " + authorizedKeys,
                        "AllowUsers " + user,
                        // the tests run as root: keys only, as for everyone
                        "PermitRootLogin prohibit-password",
                        "PubkeyAuthentication yes",
                        "PasswordAuthentication no",
                        "KbdInteractiveAuthentication no",
                        // the folders are the test's, with whatever modes the temporary folder gives
                        "StrictModes no",
                        "UsePAM no",
                        "PrintMotd no",
                        "PermitUserEnvironment no",
                        "X11Forwarding no",
                        "AllowTcpForwarding no",
                        "LogLevel VERBOSE",
                        ""), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + config, e);
            }
            return List.of(sshd.toString(), "-D", "-e", "-f", config.toString());
        }, ClientProcess.environment(Map.of()), OpenSshServer::greets);
        return new OpenSshServer(home, user, publicKey[0] + " " + publicKey[1], process);
    }

    /** Whether an SSH server on 127.0.0.1:{@code port} sends its version line. */
    private static boolean greets(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            socket.setSoTimeout(2000);
            InputStream in = socket.getInputStream();
            byte[] greeting = in.readNBytes(4);
            return new String(greeting, StandardCharsets.US_ASCII).equals("SSH-");
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder with sshd's configuration, host key and authorized keys. */
    public Path folder() {
        return folder;
    }

    public int port() {
        return process.port();
    }

    /** The user that logs in: the one running the tests. */
    public String user() {
        return user;
    }

    /** sshd's process id (it forks processes per connection, stopped with it). */
    public long pid() {
        return process.pid();
    }

    /** The server's host key as a known_hosts line: {@code [127.0.0.1]:<port> ssh-ed25519 AAAA...}. */
    public String hostKeyLine() {
        return "[127.0.0.1]:" + port() + " " + hostKey;
    }

    /** Lets the holder of the private key to {@code publicKey} (an OpenSSH .pub file) log in. */
    public void authorize(Path publicKey) throws IOException {
        String line = Files.readString(publicKey, StandardCharsets.UTF_8).strip();
        Files.writeString(folder.resolve("authorized_keys"), line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    /** {@code ssh://<user>@127.0.0.1:<port><absolute path of repository>}. */
    public String url(Path repository) {
        return "ssh://" + user + "@127.0.0.1:" + port() + repository.toAbsolutePath().normalize();
    }

    /** What sshd logged so far (at level VERBOSE: every connection and the key it accepted or refused). */
    public String log() {
        return process.log();
    }

    /** Stops sshd and the processes serving its connections. */
    @Override
    public void close() {
        process.close();
    }
}
