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

    public DatabaseSettings {
        Objects.requireNonNull(url);
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
    }

    /** The default: embedded H2 in {@code .veerkracht/index/} of the workspace. */
    public static DatabaseSettings embedded(Workspace workspace) {
        String file = workspace.stateDirectory().resolve(EMBEDDED_FOLDER).resolve("index").toAbsolutePath().toString()
                .replace('\\', '/');
        return new DatabaseSettings("jdbc:h2:file:" + file + ";CACHE_SIZE=65536", Optional.empty(), Optional.empty());
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
