package nl.veerkracht.index.internal;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.index.IndexException;
import nl.veerkracht.store.Workspace;

/**
 * Which database holds a workspace's index: a JDBC URL of H2 or PostgreSQL, with a user and password
 * where the database wants them.
 *
 * @param url {@code jdbc:h2:...} or {@code jdbc:postgresql://host:port/database}
 * @param user the database user
 * @param password the user's password
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password) {

    /** The databases the index runs on. */
    public enum Kind {
        H2, POSTGRESQL
    }

    /** The folder of the embedded database, inside the workspace's state folder. */
    public static final String EMBEDDED_FOLDER = "index";

    /** H2's settings for the embedded database: a 2 MiB page cache, changes written at every commit. */
    private static final String EMBEDDED_OPTIONS = ";CACHE_SIZE=2048;WRITE_DELAY=0";

    public DatabaseSettings {
        Objects.requireNonNull(url);
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
    }

    /**
     * The default: embedded H2 in {@code .veerkracht/index/} of the workspace, with a small page cache
     * and its changes written at every commit. Each command is a process of its own, so a larger cache
     * is rarely read twice; what it did cost was collector time while rebuilding, since every page H2
     * writes goes into the cache and lives until evicted. Writing at each commit, rather than after
     * H2's one-second delay, lets the pages of a transaction go at once (and a killed process loses
     * nothing it committed). Measured on the national benchmark: a 64 MiB cache with the delay spent
     * about twice the collector time of this one.
     */
    public static DatabaseSettings embedded(Workspace workspace) {
        String file = workspace.stateDirectory().resolve(EMBEDDED_FOLDER).resolve("index").toAbsolutePath().toString()
                .replace('\\', '/');
        return new DatabaseSettings("jdbc:h2:file:" + file + EMBEDDED_OPTIONS, Optional.empty(), Optional.empty());
    }

    /**
     * @throws IndexException {@code index.database.unsupported} for a URL of another database
     */
    public Kind kind() {
        if (url.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IndexException("index.database.unsupported", url);
    }

    /** The settings without the password, for messages. */
    @Override
    public String toString() {
        return url + user.map(name -> " (" + name + ")").orElse("");
    }
}
