package nl.veerkracht.index.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.veerkracht.index.IndexException;
import nl.veerkracht.index.IndexUpdate;
import nl.veerkracht.index.RepositoryUpdate;
import nl.veerkracht.index.RepositoryUpdate.How;
import nl.veerkracht.index.internal.tables.EntitySource;
import nl.veerkracht.index.internal.tables.IndexedEntity;
import nl.veerkracht.index.internal.tables.IndexedRepository;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * Brings the index of a workspace up to date with its repositories, one transaction per repository:
 * the rows of the files that differ between the commit the index holds and the head are removed and
 * written again, and the new commit is stored in the same transaction. A repository new to the index,
 * or whose indexed commit its history no longer has, is read whole; one that left the workspace is
 * removed.
 *
 * <p>Reading Git and parsing files happens before the transaction, on reader threads when several
 * repositories need it; the transaction locks the repository's row and checks that the index still
 * holds the commit the work was prepared from (another process may have caught up meanwhile), and
 * prepares the work again inside the transaction when it does not.
 */
final class IndexUpdater {

    private static final int IN_LIST = 500;

    private final Workspace workspace;
    private final IndexDatabase database;

    IndexUpdater(Workspace workspace, IndexDatabase database) {
        this.workspace = workspace;
        this.database = database;
    }

    /** Catches up with every repository of the workspace, and removes those that left it. */
    IndexUpdate catchUp() {
        return run(false);
    }

    /** Empties the index and reads every repository whole. */
    IndexUpdate rebuild() {
        database.recreateSchema();
        return run(true);
    }

    /** Catches up with one repository. */
    RepositoryUpdate catchUp(RepositoryName repository) {
        Map<String, Optional<String>> indexed = indexedCommits();
        RepositoryWork work = prepare(repository, indexed.containsKey(repository.folder()),
                indexed.getOrDefault(repository.folder(), Optional.empty()), false);
        return apply(work);
    }

    private IndexUpdate run(boolean full) {
        long started = System.nanoTime();
        Map<String, Optional<String>> indexed = full ? Map.of() : indexedCommits();
        Set<RepositoryName> repositories = new LinkedHashSet<>(repositories());
        for (String name : indexed.keySet()) {
            repositories.add(RepositoryName.parse(name));
        }
        List<RepositoryUpdate> updates = new ArrayList<>();
        int readers = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(readers, daemonThreads());
        try {
            Deque<Future<RepositoryWork>> pending = new ArrayDeque<>();
            var names = repositories.iterator();
            int window = readers * 2;
            while (pending.size() < window && names.hasNext()) {
                pending.add(submit(pool, names.next(), indexed, full));
            }
            while (!pending.isEmpty()) {
                RepositoryWork work = result(pending.poll());
                if (names.hasNext()) {
                    pending.add(submit(pool, names.next(), indexed, full));
                }
                updates.add(apply(work));
            }
        } finally {
            pool.shutdownNow();
        }
        return new IndexUpdate(updates, Duration.ofNanos(System.nanoTime() - started));
    }

    private Future<RepositoryWork> submit(ExecutorService pool, RepositoryName repository,
            Map<String, Optional<String>> indexed, boolean full) {
        boolean known = indexed.containsKey(repository.folder());
        Optional<String> from = indexed.getOrDefault(repository.folder(), Optional.empty());
        return pool.submit(() -> prepare(repository, known, from, full));
    }

    private static RepositoryWork result(Future<RepositoryWork> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException(e, "index.interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        return task -> {
            Thread thread = new Thread(task, "veerkracht-index-reader");
            thread.setDaemon(true);
            return thread;
        };
    }

    private List<RepositoryName> repositories() {
        try {
            return workspace.repositories();
        } catch (StoreException e) {
            throw new IndexException(e, "index.repository.unreadable", workspace.root(), e.getMessage());
        }
    }

    /** The commit the index holds of each repository it has, by name. */
    private Map<String, Optional<String>> indexedCommits() {
        return database.reading(manager -> {
            Map<String, Optional<String>> commits = new LinkedHashMap<>();
            for (IndexedRepository row : manager.createQuery("select r from IndexedRepository r order by r.name",
                    IndexedRepository.class).getResultList()) {
                commits.put(row.name(), Optional.ofNullable(row.indexedCommit()));
            }
            return commits;
        });
    }

    /**
     * Reads what it takes to bring one repository from {@code from} to its head.
     *
     * @param known whether the index has the repository
     * @param full whether to read it whole whatever the index holds
     */
    RepositoryWork prepare(RepositoryName repository, boolean known, Optional<String> from, boolean full) {
        java.nio.file.Path directory = workspace.directoryOf(repository);
        if (!RepositoryTree.exists(directory)) {
            return new RepositoryWork(repository, known ? How.REMOVED : How.UNCHANGED, from, known, Optional.empty(),
                    List.of(), List.of());
        }
        try (RepositoryTree tree = RepositoryTree.open(directory)) {
            Optional<String> head = tree.head();
            if (!full && known && from.equals(head)) {
                return new RepositoryWork(repository, How.UNCHANGED, from, true, head, List.of(), List.of());
            }
            if (!full && known && from.isPresent() && head.isPresent() && tree.hasCommit(from.get())) {
                List<String> removed = new ArrayList<>();
                List<IndexedEntity> rows = new ArrayList<>();
                for (RepositoryTree.Change change : tree.changes(from.get(), head.get())) {
                    removed.add(change.path());
                    change.blobId().flatMap(blob -> EntityFiles.row(
                            new EntitySource(repository.folder(), change.path(), blob), tree.content(blob)))
                            .ifPresent(rows::add);
                }
                return new RepositoryWork(repository, How.INCREMENTAL, from, true, head, removed, rows);
            }
            List<IndexedEntity> rows = new ArrayList<>();
            if (head.isPresent()) {
                for (RepositoryTree.PlanFile file : tree.files(head.get())) {
                    EntityFiles.row(new EntitySource(repository.folder(), file.path(), file.blobId()),
                            tree.content(file.blobId())).ifPresent(rows::add);
                }
            }
            return new RepositoryWork(repository, How.FULL, from, known, head, List.of(), rows);
        }
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
                work = prepare(prepared.repository(), row != null, current, false);
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
