package nl.veerkracht.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * How a workspace reaches other repositories over the network: how long a remote may stay silent, and
 * where the user's credentials are. Credentials are never Veerkracht's own: HTTPS user names and
 * passwords come from {@code ~/.git-credentials} (C Git's store helper) and {@code ~/.netrc}, SSH keys,
 * {@code config} and {@code known_hosts} from {@code ~/.ssh}, as C Git and OpenSSH find them; what is
 * missing is asked on the terminal when there is one. {@code ~} is the {@code HOME} environment
 * variable when it is set, as for OpenSSH and C Git.
 *
 * <p>The timeout is set per workspace in {@code .veerkracht/remote.cfg}:
 *
 * <pre>
 * # seconds a remote may stay silent before Veerkracht gives up on it
 * timeout = 30
 * </pre>
 */
public final class RemoteAccess {

    /** The file, in the workspace's state folder. */
    public static final String SETTINGS = "remote.cfg";

    /** Seconds a remote may stay silent when the workspace sets nothing else. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    /** The longest timeout a workspace may set: a day. */
    public static final int MAXIMUM_TIMEOUT_SECONDS = 86_400;

    private final int timeoutSeconds;
    private final Path home;
    private final boolean terminal;
    private final BooleanSupplier cancelled;

    private RemoteAccess(int timeoutSeconds, Path home, boolean terminal, BooleanSupplier cancelled) {
        this.timeoutSeconds = timeoutSeconds;
        this.home = home;
        this.terminal = terminal;
        this.cancelled = cancelled;
    }

    /** The defaults: 30 seconds, the user's home, questions on the terminal when there is one. */
    public static RemoteAccess defaults() {
        return new RemoteAccess(DEFAULT_TIMEOUT_SECONDS, userHome(), System.console() != null, () -> false);
    }

    /**
     * The workspace's settings: {@code .veerkracht/remote.cfg} over the defaults.
     *
     * @throws StoreException {@code remote.settings.*} naming the file, line and column of a mistake
     */
    public static RemoteAccess of(Workspace workspace) {
        Path file = workspace.stateDirectory().resolve(SETTINGS);
        Optional<SettingsFile> settings;
        try {
            settings = SettingsFile.read(file).map(read -> read.requireKnown("timeout"::equals));
        } catch (SettingsFile.MalformedException e) {
            throw switch (e.reason()) {
                case UNREADABLE -> new StoreException(e, "remote.settings.unreadable", e.file(), e.detail());
                case SYNTAX -> new StoreException(e, "remote.settings.syntax", e.file(), e.line(), e.column());
                case UNKNOWN_KEY -> new StoreException(e, "remote.settings.unknownKey", e.file(), e.line(), e.column(),
                        e.key());
                case DUPLICATE_KEY -> new StoreException(e, "remote.settings.duplicateKey", e.file(), e.line(),
                        e.column(), e.key());
            };
        }
        RemoteAccess access = defaults();
        if (settings.isEmpty()) {
            return access;
        }
        Optional<SettingsFile.Setting> timeout = settings.get().setting("timeout");
        if (timeout.isEmpty()) {
            return access;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(timeout.get().value());
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds < 1 || seconds > MAXIMUM_TIMEOUT_SECONDS) {
            SettingsFile.Setting setting = timeout.get();
            throw new StoreException("remote.settings.timeout", file, setting.line(),
                    setting.column(), setting.value(), MAXIMUM_TIMEOUT_SECONDS);
        }
        return access.withTimeout(seconds);
    }

    /** These settings with another timeout, in seconds (at least 1). */
    public RemoteAccess withTimeout(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("a timeout is at least one second: " + seconds);
        }
        return new RemoteAccess(seconds, home, terminal, cancelled);
    }

    /** These settings with another home folder, whose {@code .netrc}, {@code .git-credentials} and {@code .ssh} count. */
    public RemoteAccess withHome(Path folder) {
        return new RemoteAccess(timeoutSeconds, folder.toAbsolutePath(), terminal, cancelled);
    }

    /** These settings without asking anything on a terminal: what the files do not hold is missing. */
    public RemoteAccess withoutTerminal() {
        return new RemoteAccess(timeoutSeconds, home, false, cancelled);
    }

    /**
     * These settings, with operations that stop as soon as {@code cancelled} says so (a user who pressed
     * Cancel): one not yet started does not start, one under way gives up at JGit's next progress report or
     * check, each with {@code remote.cancelled}. A fetch that stops writes nothing outside its quarantine.
     */
    public RemoteAccess cancelledWhen(BooleanSupplier cancelled) {
        return new RemoteAccess(timeoutSeconds, home, terminal, Objects.requireNonNull(cancelled));
    }

    /** Whether the user asked to stop the remote operations these settings govern. */
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    /** Seconds a remote may stay silent before an operation on it gives up. */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /** The user's home folder: {@code HOME} when it is set, else Java's {@code user.home}. */
    public Path home() {
        return home;
    }

    /** Whether a missing user name, password or passphrase may be asked on the terminal. */
    public boolean asksOnTerminal() {
        return terminal;
    }

    private static Path userHome() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home")).toAbsolutePath();
    }
}
