package nl.veerkracht.store.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;

import nl.veerkracht.store.IoFailures;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.StoreException;

/**
 * One fetch, push or listing of a remote: given the workspace's timeout, the user's credentials and the
 * SSH client before it runs, and its failure said in one line the user can act on afterwards (silent,
 * credentials missing or refused, a host key that is not known, a key that needs a passphrase), never
 * with a password in it.
 */
public final class RemoteOperation {

    private final RemoteAccess access;
    private final String url;
    private final RemoteCredentials credentials;

    public RemoteOperation(RemoteAccess access, String url) {
        this.access = access;
        this.url = url;
        this.credentials = new RemoteCredentials(access);
    }

    /** {@code command} with the timeout, the credentials and the SSH client of this operation. */
    public <C extends TransportCommand<C, ?>> C configure(C command) {
        return configure(command, Optional.empty());
    }

    /**
     * {@code command} as {@link #configure(TransportCommand)}, checking every object it receives with
     * {@code checker}: a malformed one fails the transfer, and nothing of it is kept.
     */
    public <C extends TransportCommand<C, ?>> C configure(C command, Optional<ObjectChecker> checker) {
        return command.setTimeout(access.timeoutSeconds())
                .setCredentialsProvider(credentials)
                .setTransportConfigCallback(transport -> {
                    // the SSH client (MINA SSHD's classes) only for an SSH remote: a sync of local folders never loads it
                    if (transport instanceof SshTransport sshTransport) {
                        SshSessions.forHome(access.home()).ifPresent(sshTransport::setSshSessionFactory);
                    }
                    checker.ifPresent(transport::setObjectChecker);
                });
    }

    /**
     * Runs {@code work} (a configured JGit command's {@code call}) and gives up when the remote stays silent
     * for the timeout: nothing arrives and no progress is reported in that time. JGit's own timeout covers
     * HTTP and SSH, but not a {@code git://} server that accepts the connection and never answers (it
     * interrupts the reading thread, which does not end a blocking socket read); so the command runs in a
     * thread of its own, which is left behind, blocked, when the operation gives up. It writes nothing
     * before the remote answers, and a fetch that still completes later writes only into its quarantine,
     * which is gone by then.
     *
     * @param work given the monitor that the command must report its progress to, the command's {@code call}
     */
    public <T> T run(java.util.function.Function<org.eclipse.jgit.lib.ProgressMonitor, Callable<T>> work) throws Exception {
        ActivityMonitor monitor = new ActivityMonitor(access);
        Callable<T> call = work.apply(monitor);
        if (access.isCancelled()) {
            throw cancelled(null);
        }
        if (RemoteUrls.isLocalFolder(url)) {
            return call.call();
        }
        FutureTask<T> task = new FutureTask<>(call);
        Thread thread = new Thread(task, "veerkracht-remote " + RemoteUrls.withoutPasswords(url));
        thread.setDaemon(true);
        thread.start();
        long limit = TimeUnit.SECONDS.toNanos(access.timeoutSeconds());
        while (true) {
            try {
                return task.get(Math.min(limit, TimeUnit.MILLISECONDS.toNanos(250)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (access.isCancelled()) {
                    task.cancel(true);
                    throw cancelled(e);
                }
                if (System.nanoTime() - monitor.lastActivity() > limit) {
                    task.cancel(true);
                    throw new StoreException(e, "remote.timeout", RemoteUrls.withoutPasswords(url),
                            access.timeoutSeconds());
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception failure) {
                    throw failure;
                }
                throw (Error) cause;
            }
        }
    }

    private StoreException cancelled(Exception cause) {
        return new StoreException(cause, "remote.cancelled", RemoteUrls.withoutPasswords(url));
    }

    /**
     * Notes the moment of the last progress JGit reports (a remote that sends something is not silent) and
     * tells JGit, which asks between objects, when the user cancelled.
     */
    private static final class ActivityMonitor extends org.eclipse.jgit.lib.EmptyProgressMonitor {

        private final RemoteAccess access;
        private volatile long lastActivity = System.nanoTime();

        ActivityMonitor(RemoteAccess access) {
            this.access = access;
        }

        @Override
        public boolean isCancelled() {
            return access.isCancelled();
        }

        long lastActivity() {
            return lastActivity;
        }

        @Override
        public void start(int totalTasks) {
            lastActivity = System.nanoTime();
        }

        @Override
        public void beginTask(String title, int totalWork) {
            lastActivity = System.nanoTime();
        }

        @Override
        public void update(int completed) {
            lastActivity = System.nanoTime();
        }

        @Override
        public void endTask() {
            lastActivity = System.nanoTime();
        }
    }

    /**
     * The failure of this operation as the user should read it.
     *
     * @param failedKey the message for any other failure ({@code fetch.failed}, {@code push.failed}), whose
     *        arguments are the URL and JGit's first line
     */
    public StoreException failure(Exception e, String failedKey) {
        if (e instanceof StoreException said) {
            return said;
        }
        if (access.isCancelled()) {
            return cancelled(e);
        }
        String shown = RemoteUrls.withoutPasswords(url);
        if (isTimeout(e)) {
            return new StoreException(e, "remote.timeout", shown, access.timeoutSeconds());
        }
        String all = messages(e);
        if (all.contains("advertisement line: 'shallow ")) {
            // protocol v0: JGit does not take a shallow server's advertisement at all
            return new StoreException(e, "remote.shallow", shown);
        }
        Optional<URIish> uri = uri();
        boolean ssh = uri.map(RemoteOperation::isSsh).orElse(false);
        if (ssh && SshSessions.isExternal()) {
            // the user's own ssh program connected: it said what went wrong on stderr, ~/.ssh may not count
            return new StoreException(e, failedKey, shown, RemoteUrls.withoutPasswords(firstLine(e.getMessage())));
        }
        String text = all.toLowerCase(Locale.ROOT);
        if (ssh && (credentials.askedAboutHostKey() || text.contains("server key did not validate"))) {
            SshHost host = SshHost.of(uri.get(), access.home().resolve(".ssh/config"));
            String scan = "ssh-keyscan " + (host.port() == 22 ? "" : "-p " + host.port() + " ") + host.name()
                    + " >> ~/.ssh/known_hosts";
            boolean known = isKnown(host.name(), host.port());
            return new StoreException(e, known ? "remote.hostKey.changed" : "remote.hostKey.unknown", shown,
                    host.port() == 22 ? host.name() : "[" + host.name() + "]:" + host.port(), scan);
        }
        if (credentials.outcome() == RemoteCredentials.Outcome.SECRET_MISSING) {
            return new StoreException(e, "remote.ssh.secretMissing", shown);
        }
        if (ssh && (text.contains("authentication") || text.contains("auth fail") || text.contains("permission denied"))) {
            return new StoreException(e, "remote.ssh.refused", shown);
        }
        if (!ssh && credentials.outcome() == RemoteCredentials.Outcome.SUPPLIED && isAuthorization(text)) {
            return new StoreException(e, "remote.credentials.rejected", shown, credentials.source());
        }
        if (!ssh && (credentials.outcome() == RemoteCredentials.Outcome.MISSING || isAuthorization(text))) {
            return new StoreException(e, "remote.credentials.missing", shown, uri.map(URIish::getHost).orElse(shown));
        }
        if (text.contains("internal server error")) {
            // the other side failed to send what it has: with a local folder (JGit's in-process upload-pack), a
            // damaged object there; a Git server says no more than this either
            return new StoreException(e, "remote.serverError", shown);
        }
        Optional<StoreException> cause = IoFailures.explain(e);
        if (cause.isPresent()) {
            return new StoreException(e, failedKey, shown, cause.get());
        }
        return new StoreException(e, failedKey, shown, RemoteUrls.withoutPasswords(firstLine(e.getMessage())));
    }

    private static boolean isAuthorization(String text) {
        return text.contains("not authorized") || text.contains("authentication is required")
                || text.contains("authentication not supported") || text.contains(" 401");
    }

    private Optional<URIish> uri() {
        try {
            return Optional.of(new URIish(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isSsh(URIish uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            // scp-like user@host:path has a host and no scheme; a local folder has neither
            return uri.getHost() != null;
        }
        return scheme.toLowerCase(Locale.ROOT).contains("ssh");
    }

    /** Whether the user's known_hosts files hold any key for the host (a key that no longer matches). */
    private boolean isKnown(String host, int port) {
        for (Path file : List.of(access.home().resolve(".ssh/known_hosts"), access.home().resolve(".ssh/known_hosts2"))) {
            try {
                if (file.toFile().isFile() && KnownHostEntry.readKnownHostEntries(file).stream()
                        .anyMatch(entry -> entry.isHostMatch(host, port))) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // a file that cannot be read holds no key that counts
            }
        }
        return false;
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("timed out") || message.contains("time out") || message.contains("timeout")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
