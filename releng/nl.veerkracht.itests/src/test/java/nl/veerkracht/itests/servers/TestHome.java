package nl.veerkracht.itests.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import nl.veerkracht.junit.ClientProcess;

/**
 * A home folder made for one test, for the product process or a git client: the user's Git identity
 * in {@code .gitconfig}, and as the test asks, credentials in {@code .netrc} or {@code .git-credentials}
 * and an SSH key, configuration and known hosts in {@code .ssh}. Files with secrets are private
 * (mode 0600), as ssh and curl expect.
 */
public final class TestHome {

    private static final String PRIVATE = "rw-------";

    private final Path folder;

    private TestHome(Path folder) {
        this.folder = folder;
    }

    /** A home in {@code folder} (made if missing) with a {@code .gitconfig} that names the user. */
    public static TestHome in(Path folder) throws IOException {
        Path home = Files.createDirectories(folder).toRealPath();
        Files.writeString(home.resolve(".gitconfig"), """
                [user]
                \tname = Veerkracht Tests
                \temail = tests@veerkracht.example
                """, StandardCharsets.UTF_8);
        return new TestHome(home);
    }

    public Path path() {
        return folder;
    }

    /** Adds {@code machine <host> login <login> password <password>} to {@code .netrc}. */
    public TestHome netrc(String host, String login, String password) throws IOException {
        append(folder.resolve(".netrc"), "machine " + host + " login " + login + " password " + password);
        return this;
    }

    /** Adds a URL with user and password ({@code http://user:password@host:port}) to {@code .git-credentials}. */
    public TestHome gitCredentials(String urlWithUserAndPassword) throws IOException {
        append(folder.resolve(".git-credentials"), urlWithUserAndPassword);
        return this;
    }

    /**
     * The private key {@code .ssh/id_ed25519}, made by ssh-keygen without a passphrase the first time;
     * its public key is {@link #sshPublicKey()}.
     */
    public Path sshKey() throws IOException, InterruptedException {
        return sshKey("");
    }

    /**
     * The private key {@code .ssh/id_ed25519}, made by ssh-keygen with {@code passphrase} the first time
     * (none when it is empty); its public key is {@link #sshPublicKey()}.
     */
    public Path sshKey(String passphrase) throws IOException, InterruptedException {
        Path key = sshFolder().resolve("id_ed25519");
        if (!Files.exists(key)) {
            ClientProcess.Result made = ClientProcess.run(List.of(Programs.require("ssh-keygen", "openssh-client")
                    .toString(), "-q", "-t", "ed25519", "-N", passphrase, "-C", "tests@veerkracht.example", "-f",
                    key.toString()), folder, Map.of(), Duration.ofSeconds(30));
            if (made.exitCode() != 0) {
                throw new IllegalStateException("ssh-keygen did not make a key: " + made.output());
            }
        }
        return key;
    }

    /** {@code .ssh/id_ed25519.pub}, the public key of {@link #sshKey()}. */
    public Path sshPublicKey() throws IOException, InterruptedException {
        return Path.of(sshKey() + ".pub");
    }

    /**
     * The fingerprint of {@link #sshKey()} as {@code ssh-keygen -l} shows it and sshd logs the key it
     * accepted: {@code SHA256:} and the unpadded Base64 of the SHA-256 of the public key's blob.
     */
    public String sshFingerprint() throws IOException, InterruptedException {
        String blob = Files.readString(sshPublicKey(), StandardCharsets.UTF_8).strip().split(" ")[1];
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(blob));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Writes {@code .ssh/config}. */
    public TestHome sshConfig(String text) throws IOException {
        Path config = sshFolder().resolve("config");
        Files.writeString(config, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString(PRIVATE));
        return this;
    }

    /** {@code .ssh/config}. */
    public Path sshConfigFile() {
        return folder.resolve(".ssh/config");
    }

    /** Adds a line to {@code .ssh/known_hosts}. */
    public TestHome knownHosts(String line) throws IOException {
        append(sshFolder().resolve("known_hosts"), line);
        return this;
    }

    /** {@code .ssh/known_hosts}. */
    public Path knownHostsFile() {
        return folder.resolve(".ssh/known_hosts");
    }

    /**
     * What a process needs to live in this home: {@code HOME}. Given to {@link ClientProcess} or the
     * product's process, which leave out the developer's own Git and SSH settings.
     */
    public Map<String, String> environment() {
        return Map.of("HOME", folder.toString());
    }

    private Path sshFolder() throws IOException {
        Path ssh = folder.resolve(".ssh");
        if (!Files.isDirectory(ssh)) {
            Files.createDirectories(ssh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return ssh;
    }

    private static void append(Path file, String line) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(PRIVATE)));
        }
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
