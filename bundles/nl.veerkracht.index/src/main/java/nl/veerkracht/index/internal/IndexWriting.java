package nl.veerkracht.index.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.veerkracht.index.IndexException;
import nl.veerkracht.index.RepositoryUpdate;
import nl.veerkracht.index.RepositoryUpdate.How;
import nl.veerkracht.index.internal.tables.IndexedEntity;
import nl.veerkracht.index.internal.tables.IndexedRepository;
import nl.veerkracht.model.EntityKind;

/**
 * Writes prepared work into the index, one transaction per repository: the rows of the files that
 * changed are removed and written again, and the repository's new commit is stored in the same
 * transaction. The transaction locks the repository's row and checks that the index still holds the
 * commit the work was prepared from (another process may have caught up meanwhile), and reads the work
 * again inside the transaction when it does not.
 */
final class IndexWriting {

    private static final int IN_LIST = 500;

    private final IndexDatabase database;
    private final RepositoryReading reading;

    IndexWriting(IndexDatabase database, RepositoryReading reading) {
        this.database = database;
        this.reading = reading;
    }

    /**
     * Applies prepared work in one transaction; prepares it again inside when the index moved meanwhile.
     * A repository that was current needs no transaction: whoever moved it since took it further.
     */
    RepositoryUpdate apply(RepositoryWork prepared) {
        if (prepared.how() == How.UNCHANGED) {
            return new RepositoryUpdate(prepared.repository().folder(), How.UNCHANGED, prepared.from(), prepared.to(), 0, 0);
        }
        return database.inTransaction(manager -> {
            String name = prepared.repository().folder();
            IndexedRepository row = manager.find(IndexedRepository.class, name, LockModeType.PESSIMISTIC_WRITE);
            Optional<String> current = row == null ? Optional.empty() : Optional.ofNullable(row.indexedCommit());
            RepositoryWork work = prepared;
            if ((row != null) != prepared.indexed() || !current.equals(prepared.from())) {
                work = reading.read(prepared.repository(), row != null, current, false);
            }
            return write(manager, row, work);
        });
    }

    private RepositoryUpdate write(EntityManager manager, IndexedRepository row, RepositoryWork work) {
        String name = work.repository().folder();
        int removed = 0;
        switch (work.how()) {
            case UNCHANGED -> {
                return new RepositoryUpdate(name, How.UNCHANGED, work.from(), work.to(), 0, 0);
            }
            // a repository without its row has no rows either (they are written and removed together, in
            // one transaction): nothing to delete, which spares a rebuild some thirty statements per repository
            case REMOVED, FULL -> removed = row == null ? 0 : removeRepository(manager, name);
            case INCREMENTAL -> removed = removePaths(manager, name, work.removedPaths());
        }
        if (work.how() == How.REMOVED) {
            if (row != null) {
                manager.remove(row);
            }
            return new RepositoryUpdate(name, How.REMOVED, work.from(), Optional.empty(), 0, removed);
        }
        insert(manager, work.rows());
        IndexedRepository target = row;
        if (target == null) {
            target = new IndexedRepository(name, RepositoryWork.kindOf(work.repository()));
            manager.persist(target);
        }
        target.indexedAt(work.to().orElse(null));
        return new RepositoryUpdate(name, work.how(), work.from(), work.to(), work.rows().size(), removed);
    }

    /** Inserts the rows of new entities on the transaction's own connection (see {@link RowInserts}). */
    private void insert(EntityManager manager, List<IndexedEntity> entities) {
        // the pessimistic lock on the repository's row has begun the transaction on this connection
        Connection connection = manager.unwrap(Connection.class);
        try (RowInserts inserts = new RowInserts(connection)) {
            for (IndexedEntity entity : entities) {
                inserts.add(entity);
            }
            inserts.flush();
        } catch (SQLException e) {
            throw new IndexException(e, "index.database.failed", database.settings().url(), IndexDatabase.rootMessage(e));
        }
    }

    /**
     * Removes every row of a repository; answers how many entities went. This scans the entity tables
     * (the repository column has no index): it happens when a repository leaves the workspace or its
     * history was rewritten, while an index on the column would cost every insert.
     */
    private static int removeRepository(EntityManager manager, String repository) {
        int removed = 0;
        for (EntityTables tables : EntityTables.ALL) {
            for (String collection : tables.collectionTables()) {
                manager.createNativeQuery("DELETE FROM " + collection + " WHERE entity_key IN (SELECT entity_key FROM "
                        + tables.table() + " WHERE repository = ?1)").setParameter(1, repository).executeUpdate();
            }
            removed += manager.createNativeQuery("DELETE FROM " + tables.table() + " WHERE repository = ?1")
                    .setParameter(1, repository).executeUpdate();
        }
        return removed;
    }

    /** Removes the rows of some files of a repository; answers how many entities went. */
    private static int removePaths(EntityManager manager, String repository, List<String> paths) {
        Map<EntityTables, List<String>> keysByTables = new HashMap<>();
        for (String path : paths) {
            EntityKind.ofPath(path).ifPresent(kind -> keysByTables.computeIfAbsent(EntityTables.of(kind),
                    tables -> new ArrayList<>()).add(IndexedEntity.keyOf(repository, path)));
        }
        int removed = 0;
        for (Map.Entry<EntityTables, List<String>> entry : keysByTables.entrySet()) {
            List<String> keys = entry.getValue();
            for (int start = 0; start < keys.size(); start += IN_LIST) {
                List<String> chunk = keys.subList(start, Math.min(keys.size(), start + IN_LIST));
                for (String collection : entry.getKey().collectionTables()) {
                    deleteKeys(manager, collection, chunk);
                }
                removed += deleteKeys(manager, entry.getKey().table(), chunk);
            }
        }
        return removed;
    }

    private static int deleteKeys(EntityManager manager, String table, List<String> keys) {
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(table).append(" WHERE entity_key IN (");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?").append(i + 1);
        }
        var query = manager.createNativeQuery(sql.append(')').toString());
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 1, keys.get(i));
        }
        return query.executeUpdate();
    }
}
