package nl.veerkracht.index.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The index's tables, from {@code schema.sql}. The index is derived, so a schema is never migrated:
 * the SHA-256 of the DDL text is stored in {@code vk_index_meta}, and a database whose stored
 * fingerprint differs (an older or newer Veerkracht made it) or that has none has every {@code vk_}
 * table of its current schema dropped and the schema created again, empty; catching up then reads
 * every repository whole.
 */
final class IndexSchema {

    static final String TABLE_PREFIX = "vk_";
    private static final String FINGERPRINT = "schema.sha256";
    private static final String OWNER_KEY = "workspace.key";
    private static final String OWNER_ROOT = "workspace.root";

    private final List<String> statements;
    private final String fingerprint;

    private IndexSchema(List<String> statements, String fingerprint) {
        this.statements = statements;
        this.fingerprint = fingerprint;
    }

    static IndexSchema load() {
        try (InputStream in = IndexSchema.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the index bundle");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            StringBuilder sql = new StringBuilder();
            for (String line : text.split("\n")) {
                String code = line.strip();
                if (code.isEmpty() || code.startsWith("--")) {
                    continue;
                }
                sql.append(code).append(' ');
                if (code.endsWith(";")) {
                    String statement = sql.toString().strip();
                    statements.add(statement.substring(0, statement.length() - 1).strip());
                    sql.setLength(0);
                }
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join(";\n", statements)
                    .getBytes(StandardCharsets.UTF_8));
            return new IndexSchema(List.copyOf(statements), HexFormat.of().formatHex(digest));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read schema.sql: " + e.getMessage(), e);
        }
    }

    String fingerprint() {
        return fingerprint;
    }

    List<String> statements() {
        return statements;
    }

    /**
     * Makes sure the database holds this schema.
     *
     * @return whether the schema was (re)created, so that the index is empty
     */
    boolean ensure(Connection connection) throws SQLException {
        if (fingerprint.equals(stored(connection, FINGERPRINT).orElse(null))) {
            return false;
        }
        recreate(connection);
        return true;
    }

    /**
     * The workspace whose index the database holds, when it holds one: checked before anything is
     * dropped or written, so that a database named by two workspaces' {@code index.cfg} keeps the
     * first one's rows.
     */
    Optional<IndexOwner> owner(Connection connection) throws SQLException {
        Optional<String> key = stored(connection, OWNER_KEY);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IndexOwner(key.get(), stored(connection, OWNER_ROOT).orElse("?")));
    }

    /** Records {@code owner} as the workspace of this database's index (again, when it moved). */
    void claim(Connection connection, IndexOwner owner) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            put(connection, OWNER_KEY, owner.key());
            put(connection, OWNER_ROOT, owner.root());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void put(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE vk_index_meta SET meta_value = ? WHERE meta_name = ?")) {
            update.setString(1, value);
            update.setString(2, name);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO vk_index_meta (meta_name, meta_value) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    /** Drops every index table of the connection's current schema and creates this schema, in one transaction where the database allows. */
    void recreate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String table : indexTables(connection)) {
                statement.execute("DROP TABLE " + table);
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO vk_index_meta (meta_name, meta_value) VALUES (?, ?)")) {
                insert.setString(1, FINGERPRINT);
                insert.setString(2, fingerprint);
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Optional<String> stored(Connection connection, String name) throws SQLException {
        if (!indexTables(connection).contains(name(connection, "vk_index_meta"))) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT meta_value FROM vk_index_meta WHERE meta_name = ?")) {
            select.setString(1, name);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
            }
        }
    }

    /** The tables of the connection's current schema whose name starts with {@code vk_}. */
    static List<String> indexTables(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String pattern = name(connection, TABLE_PREFIX).replace("_", metaData.getSearchStringEscape() + "_") + "%";
        List<String> tables = new ArrayList<>();
        try (ResultSet result = metaData.getTables(connection.getCatalog(), connection.getSchema(), pattern,
                new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** An unquoted identifier as the database stores it (H2 in upper case, PostgreSQL in lower case). */
    private static String name(Connection connection, String identifier) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? identifier.toUpperCase(java.util.Locale.ROOT)
                : identifier.toLowerCase(java.util.Locale.ROOT);
    }
}
