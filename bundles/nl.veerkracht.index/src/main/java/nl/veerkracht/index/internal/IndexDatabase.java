package nl.veerkracht.index.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import nl.veerkracht.index.IndexException;

/**
 * The database of one workspace's index, open: its schema checked (see {@link IndexSchema}) and an
 * EclipseLink {@link EntityManagerFactory} on it, without a JPA container: the persistence unit of
 * this bundle, EclipseLink's own connection pool, the JDBC driver loaded through this bundle's class
 * loader, no weaving, no shared cache (another process may write the same database).
 *
 * <p>Opening costs about a second (EclipseLink reads the mappings and logs in); keep it open while a
 * runtime works with the workspace.
 */
public final class IndexDatabase implements AutoCloseable {

    /** How long opening waits for another process that has the embedded database open. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    private static final String PERSISTENCE_UNIT = "veerkracht-index";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private final DatabaseSettings settings;
    private final IndexOwner owner;
    private final IndexSchema schema;
    private final EntityManagerFactory factory;

    private IndexDatabase(DatabaseSettings settings, IndexOwner owner, IndexSchema schema,
            EntityManagerFactory factory) {
        this.settings = settings;
        this.owner = owner;
        this.schema = schema;
        this.factory = factory;
    }

    /**
     * Opens the database of {@code owner}'s index, creating the schema when it has none or an outdated
     * one.
     *
     * @throws IndexException when the database cannot be reached, is busy, is not H2 or PostgreSQL, or
     *                        holds the index of another workspace ({@code index.database.otherWorkspace})
     */
    public static IndexDatabase open(DatabaseSettings settings, IndexOwner owner) {
        IndexSchema schema = IndexSchema.load();
        try (Connection connection = connect(settings)) {
            Optional<IndexOwner> holder = schema.owner(connection);
            if (holder.isPresent() && !holder.get().key().equals(owner.key())) {
                throw new IndexException("index.database.otherWorkspace", settings, holder.get().root(),
                        owner.root());
            }
            schema.ensure(connection);
            if (!holder.equals(Optional.of(owner))) {
                schema.claim(connection, owner);
            }
            EntityManagerFactory factory = entityManagerFactory(settings);
            try {
                // log in now, while the schema connection keeps an embedded database open
                factory.createEntityManager().close();
            } catch (PersistenceException e) {
                factory.close();
                throw new IndexException(e, "index.database.unreachable", settings.url(), rootMessage(e));
            }
            return new IndexDatabase(settings, owner, schema, factory);
        } catch (SQLException e) {
            throw new IndexException(e, "index.database.failed", settings.url(), rootMessage(e));
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Drops every table of the index and creates them again, empty, still this workspace's. */
    public void recreateSchema() {
        try (Connection connection = connect(settings)) {
            schema.recreate(connection);
            schema.claim(connection, owner);
        } catch (SQLException e) {
            throw new IndexException(e, "index.database.failed", settings.url(), rootMessage(e));
        }
    }

    /** A plain JDBC connection to the database, straight from its driver (no DriverManager). */
    static Connection connect(DatabaseSettings settings) {
        Driver driver = switch (settings.kind()) {
            case H2 -> new org.h2.Driver();
            case POSTGRESQL -> new org.postgresql.Driver();
        };
        Properties properties = new Properties();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
        Instant deadline = Instant.now().plus(BUSY_WAIT);
        while (true) {
            try {
                Connection connection = driver.connect(settings.url(), properties);
                if (connection == null) {
                    throw new IndexException("index.database.unsupported", settings.url());
                }
                return connection;
            } catch (SQLException e) {
                if (e.getErrorCode() != H2_DATABASE_ALREADY_OPEN) {
                    throw new IndexException(e, "index.database.unreachable", settings.url(), rootMessage(e));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IndexException(e, "index.database.busy", settings.url());
                }
                pause();
            }
        }
    }

    /**
     * Waits before the next try to open a database another process has open (embedded H2 admits one
     * process at a time, and tells nobody when it closes), bounded by {@link #BUSY_WAIT}.
     */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException(e, "index.database.busy", "interrupted");
        }
    }

    private static EntityManagerFactory entityManagerFactory(DatabaseSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.CLASSLOADER, IndexDatabase.class.getClassLoader());
        properties.put(PersistenceUnitProperties.SESSION_NAME, PERSISTENCE_UNIT + "-" + SESSIONS.incrementAndGet());
        properties.put(PersistenceUnitProperties.JDBC_URL, settings.url());
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, switch (settings.kind()) {
            case H2 -> org.h2.Driver.class.getName();
            case POSTGRESQL -> org.postgresql.Driver.class.getName();
        });
        settings.user().ifPresent(user -> properties.put(PersistenceUnitProperties.JDBC_USER, user));
        settings.password().ifPresent(password -> properties.put(PersistenceUnitProperties.JDBC_PASSWORD, password));
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, switch (settings.kind()) {
            case H2 -> H2Platform.class.getName();
            case POSTGRESQL -> PostgreSQLPlatform.class.getName();
        });
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "1000");
        properties.put(PersistenceUnitProperties.CACHE_STATEMENTS, "true");
        // the indexer persists new rows only and never reads them back in the same transaction
        properties.put(PersistenceUnitProperties.PERSISTENCE_CONTEXT_PERSIST_ON_COMMIT, "false");
        properties.put(PersistenceUnitProperties.PERSISTENCE_CONTEXT_COMMIT_WITHOUT_PERSIST_RULES, "true");
        properties.put(PersistenceUnitProperties.PERSISTENCE_CONTEXT_CLOSE_ON_COMMIT, "true");
        properties.put(PersistenceUnitProperties.CONNECTION_POOL_INITIAL, "1");
        properties.put(PersistenceUnitProperties.CONNECTION_POOL_MIN, "1");
        properties.put(PersistenceUnitProperties.CONNECTION_POOL_MAX, "4");
        // errors reach the caller as exceptions; EclipseLink's own log would print them on the console
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "OFF");
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, properties);
        if (factory == null) {
            throw new IllegalStateException("the persistence unit " + PERSISTENCE_UNIT + " is missing from the index bundle");
        }
        return factory;
    }

    /** Runs {@code work} in one transaction of a new entity manager: all of it, or nothing. */
    public <T> T inTransaction(java.util.function.Function<EntityManager, T> work) {
        EntityManager manager = factory.createEntityManager();
        try {
            manager.getTransaction().begin();
            T result = work.apply(manager);
            manager.getTransaction().commit();
            return result;
        } catch (PersistenceException e) {
            throw new IndexException(e, "index.database.failed", settings.url(), rootMessage(e));
        } finally {
            if (manager.getTransaction().isActive()) {
                manager.getTransaction().rollback();
            }
            manager.close();
        }
    }

    /** Runs {@code work} with a new entity manager, outside a transaction (for reading). */
    public <T> T reading(java.util.function.Function<EntityManager, T> work) {
        EntityManager manager = factory.createEntityManager();
        try {
            return work.apply(manager);
        } catch (PersistenceException e) {
            throw new IndexException(e, "index.database.failed", settings.url(), rootMessage(e));
        } finally {
            manager.close();
        }
    }

    /** The innermost cause's message: what the database itself said. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    @Override
    public void close() {
        factory.close();
    }
}
