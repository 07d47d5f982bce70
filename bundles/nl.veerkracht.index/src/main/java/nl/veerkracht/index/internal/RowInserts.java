package nl.veerkracht.index.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.veerkracht.index.internal.EntityTables.ListTable;
import nl.veerkracht.index.internal.EntityTables.MappedColumn;
import nl.veerkracht.index.internal.tables.IndexedEntity;

/**
 * Inserts the rows of new entities with plain JDBC batches on the connection of the indexer's
 * transaction: one prepared INSERT per table, its columns and values from the mapping
 * ({@link EntityTables}). The indexer only ever adds rows it never reads back in the same transaction,
 * so it needs nothing of what EclipseLink's unit of work does per new object (registering, cloning,
 * computing a change set, building the row), which at national scale cost more than the database
 * itself. Reading stays with JPA and the same entity classes.
 */
final class RowInserts implements AutoCloseable {

    /** Rows are sent to the database in batches of this size per table. */
    private static final int BATCH = 1000;

    private final Connection connection;
    private final Map<String, Batch> batches = new HashMap<>();

    RowInserts(Connection connection) {
        this.connection = connection;
    }

    /** Adds the rows of {@code entity}: its own and one per item of each of its lists. */
    void add(IndexedEntity entity) throws SQLException {
        EntityTables tables = EntityTables.of(entity.getClass());
        Batch row = batch(tables.table(), null, tables.columns());
        for (int i = 0; i < tables.columns().size(); i++) {
            MappedColumn column = tables.columns().get(i);
            bind(row.statement, i + 1, column.sqlType(), column.valueIn(entity));
        }
        row.add();
        for (ListTable list : tables.lists()) {
            List<?> items = list.itemsOf(entity);
            if (items.isEmpty()) {
                continue;
            }
            Batch rows = batch(list.table(), list.keyColumn(), list.columns());
            for (Object item : items) {
                rows.statement.setString(1, entity.entityKey());
                for (int i = 0; i < list.columns().size(); i++) {
                    MappedColumn column = list.columns().get(i);
                    bind(rows.statement, i + 2, column.sqlType(), column.valueIn(item));
                }
                rows.add();
            }
        }
    }

    /** Sends every row added and not yet sent. */
    void flush() throws SQLException {
        for (Batch batch : batches.values()) {
            batch.send();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (Batch batch : batches.values()) {
            try {
                batch.statement.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        batches.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private Batch batch(String table, String keyColumn, List<MappedColumn> columns) throws SQLException {
        Batch batch = batches.get(table);
        if (batch == null) {
            String names = columns.stream().map(MappedColumn::name).collect(Collectors.joining(", "));
            String marks = columns.stream().map(column -> "?").collect(Collectors.joining(", "));
            if (keyColumn != null) {
                names = keyColumn + ", " + names;
                marks = "?, " + marks;
            }
            batch = new Batch(connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")"));
            batches.put(table, batch);
        }
        return batch;
    }

    private static void bind(PreparedStatement statement, int index, int sqlType, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
            return;
        }
        switch (sqlType) {
            case Types.VARCHAR -> statement.setString(index, (String) value);
            case Types.BIGINT -> statement.setLong(index, (Long) value);
            case Types.INTEGER -> statement.setInt(index, (Integer) value);
            case Types.BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case Types.NUMERIC -> statement.setBigDecimal(index, (BigDecimal) value);
            default -> statement.setObject(index, value, sqlType);
        }
    }

    /** One table's prepared INSERT and how many rows wait in its batch. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                send();
            }
        }

        void send() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
