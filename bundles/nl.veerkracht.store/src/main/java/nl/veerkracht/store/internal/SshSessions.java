package nl.veerkracht.store.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * The SSH client of every {@code ssh://} and {@code user@host:path} remote: JGit's Apache MINA SSHD
 * client, with the keys, {@code config} and {@code known_hosts} of the user's {@code ~/.ssh}, as OpenSSH
 * reads them. JGit finds no SSH client by itself inside an OSGi framework (it looks for one with
 * {@link java.util.ServiceLoader}, which does not look across bundles), so every transport is given this
 * one. Who sets {@code GIT_SSH} gets JGit's own external-program session; who sets {@code GIT_SSH_COMMAND}
 * gets that command, run by the shell as C Git runs it.
 */
public final class SshSessions {

    /** One client per home folder: it caches the keys it has read, so a sync with ten members reads them once. */
    private static final Map<Path, SshSessionFactory> CLIENTS = new ConcurrentHashMap<>();

    private SshSessions() {
    }

    /** The session factory for a user whose home is {@code home}; empty when {@code GIT_SSH} lets JGit run a program of the user's. */
    public static java.util.Optional<SshSessionFactory> forHome(Path home) {
        if (isSet(System.getenv("GIT_SSH"))) {
            return java.util.Optional.empty();
        }
        String command = System.getenv("GIT_SSH_COMMAND");
        if (isSet(command)) {
            return java.util.Optional.of(new CommandSessionFactory(command));
        }
        return java.util.Optional.of(CLIENTS.computeIfAbsent(home, folder -> new SshdSessionFactoryBuilder()
                .setHomeDirectory(folder.toFile())
                .setSshDirectory(folder.resolve(".ssh").toFile())
                .build(new JGitKeyCache())));
    }

    /** Whether the user's own {@code ssh} program connects ({@code GIT_SSH} or {@code GIT_SSH_COMMAND}), not JGit's client. */
    public static boolean isExternal() {
        return isSet(System.getenv("GIT_SSH")) || isSet(System.getenv("GIT_SSH_COMMAND"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** {@code GIT_SSH_COMMAND}: {@code sh -c '<command> "$@"' <command> [-p port] [user@]host '<git command>'}, as C Git runs it. */
    static final class CommandSessionFactory extends SshSessionFactory {

        private final String command;

        CommandSessionFactory(String command) {
            this.command = command;
        }

        @Override
        public RemoteSession getSession(URIish uri, CredentialsProvider credentials, FS fs, int timeout) {
            return new RemoteSession() {
                @Override
                public Process exec(String gitCommand, int seconds) throws IOException {
                    List<String> arguments = new ArrayList<>(List.of("sh", "-c", command + " \"$@\"", command));
                    if (uri.getPort() > 0) {
                        arguments.addAll(List.of("-p", Integer.toString(uri.getPort())));
                    }
                    arguments.add(uri.getUser() == null ? uri.getHost() : uri.getUser() + "@" + uri.getHost());
                    arguments.add(gitCommand);
                    // ssh's own complaints (a refused key, an unknown host) reach the user's terminal, as with C Git
                    ProcessBuilder builder = new ProcessBuilder(arguments).redirectError(ProcessBuilder.Redirect.INHERIT);
                    File directory = fs.userHome();
                    if (directory != null && directory.isDirectory()) {
                        builder.directory(directory);
                    }
                    return builder.start();
                }

                @Override
                public void disconnect() {
                    // each exec is a process of its own, which ends with its streams
                }
            };
        }

        @Override
        public String getType() {
            return "GIT_SSH_COMMAND";
        }
    }
}
