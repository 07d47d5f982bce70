package nl.veerkracht.index.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

import nl.veerkracht.index.IndexException;
import nl.veerkracht.index.IndexUpdate;
import nl.veerkracht.index.RepositoryUpdate;
import nl.veerkracht.index.internal.tables.IndexedRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * Brings the index of a workspace up to date with its repositories: decides which repositories to
 * bring up to date and in what order, reads them ({@link RepositoryReading}) on reader threads, a few
 * repositories ahead of the writer, and hands each one's work to the writer ({@link IndexWriting}), one
 * transaction per repository. A repository new to the index, or whose indexed commit its history no
 * longer has, is read whole; one that left the workspace is removed.
 */
final class IndexUpdater {

    private final Workspace workspace;
    private final IndexDatabase database;
    private final RepositoryReading reading;
    private final IndexWriting writing;

    IndexUpdater(Workspace workspace, IndexDatabase database) {
        this.workspace = workspace;
        this.database = database;
        this.reading = new RepositoryReading(workspace);
        this.writing = new IndexWriting(database, reading);
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
        RepositoryWork work = reading.read(repository, indexed.containsKey(repository.folder()),
                indexed.getOrDefault(repository.folder(), Optional.empty()), false);
        return writing.apply(work);
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
                updates.add(writing.apply(work));
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
        return pool.submit(() -> reading.read(repository, known, from, full));
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
}
