package nl.veerkracht.index.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.index.ActionHit;
import nl.veerkracht.index.ActionQuery;
import nl.veerkracht.index.BudgetGrouping;
import nl.veerkracht.index.BudgetTotal;
import nl.veerkracht.index.IndexException;
import nl.veerkracht.index.IndexUpdate;
import nl.veerkracht.index.RepositoryState;
import nl.veerkracht.index.StandaloneWorkspaceIndex;
import nl.veerkracht.index.Verification;
import nl.veerkracht.index.WorkspaceIndex;
import nl.veerkracht.index.internal.tables.IndexedRepository;
import nl.veerkracht.store.FileTrees;
import nl.veerkracht.store.RepositoryListener;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The workspace index on EclipseLink, and the listener that keeps it following the repositories.
 *
 * <p>A workspace's database is opened at its first use in this runtime and kept open (opening costs
 * about a second). When the plan store or the regional sync moves a repository's {@code main}, the
 * index follows at once if it is open in this runtime (the shell, the desktop client, a command that
 * asked a question earlier); otherwise nothing is opened for it, and the next question, verify or
 * update catches up first: the index stores per repository the commit it holds, so a repository whose
 * head differs is simply behind, however it got there (a plain {@code git commit} included).
 */
@Component(service = {WorkspaceIndex.class, RepositoryListener.class}, immediate = true)
public final class EclipseLinkWorkspaceIndex implements StandaloneWorkspaceIndex {

    private static final System.Logger LOG = System.getLogger(EclipseLinkWorkspaceIndex.class.getName());

    /** What {@link IndexDatabase#connect} says of a database it cannot open for a reason other than another user. */
    private static final String UNREADABLE = "index.database.unreachable";
    /** The embedded database cannot be opened: {@link #rebuild} starts it afresh, other uses say so. */
    private static final String DAMAGED = "index.embedded.damaged";
    private static final String NOT_A_DATABASE = "index.embedded.notADatabase";

    /** The file of the embedded database in its folder, as H2 names it. */
    private static final String EMBEDDED_FILE = "index.mv.db";

    /** How every file of H2 2's MVStore begins. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final DatabaseChoice databases;
    private final Map<Path, IndexDatabase> open = new HashMap<>();

    @Activate
    public EclipseLinkWorkspaceIndex(@Reference ConfigurationAdmin configurationAdmin) {
        this(new ConfiguredDatabases(configurationAdmin));
    }

    private EclipseLinkWorkspaceIndex(DatabaseChoice databases) {
        this.databases = databases;
    }

    /** An index whose databases {@code databases} chooses (tests, benchmarks, tools without OSGi). */
    public static EclipseLinkWorkspaceIndex choosing(DatabaseChoice databases) {
        return new EclipseLinkWorkspaceIndex(databases);
    }

    /**
     * Builds the index again from the repositories. An embedded database that cannot be opened (a damaged
     * file) is deleted first: it is derived, and lives in the workspace's own state folder. One another
     * process has open is left alone ({@code index.database.busy}), as is any configured database.
     */
    @Override
    public synchronized IndexUpdate rebuild(Workspace workspace) {
        IndexDatabase database;
        try {
            database = database(workspace);
        } catch (IndexException e) {
            if (!DAMAGED.equals(e.key())) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "the embedded index of " + workspace.root()
                    + " cannot be opened and is built anew: " + e.getMessage());
            deleteTree(workspace.stateDirectory().resolve(DatabaseSettings.EMBEDDED_FOLDER));
            database = database(workspace);
        }
        return new IndexUpdater(workspace, database).rebuild();
    }

    @Override
    public synchronized IndexUpdate update(Workspace workspace) {
        return new IndexUpdater(workspace, database(workspace)).catchUp();
    }

    @Override
    public synchronized Verification verify(Workspace workspace) {
        IndexDatabase database = database(workspace);
        IndexUpdate update = new IndexUpdater(workspace, database).catchUp();
        return new IndexVerifier(workspace, database).verify(update);
    }

    @Override
    public synchronized List<RepositoryState> status(Workspace workspace) {
        IndexDatabase database = database(workspace);
        Map<String, Optional<String>> indexed = database.reading(manager -> {
            Map<String, Optional<String>> commits = new HashMap<>();
            for (IndexedRepository row : manager.createQuery("select r from IndexedRepository r",
                    IndexedRepository.class).getResultList()) {
                commits.put(row.name(), Optional.ofNullable(row.indexedCommit()));
            }
            return commits;
        });
        Set<String> names = new LinkedHashSet<>();
        workspace.repositories().forEach(name -> names.add(name.folder()));
        Set<String> inWorkspace = Set.copyOf(names);
        indexed.keySet().stream().sorted(IndexQueries.REPOSITORY_ORDER).forEach(names::add);
        List<RepositoryState> states = new ArrayList<>();
        for (String name : names) {
            Optional<String> head = Optional.empty();
            if (inWorkspace.contains(name)) {
                try (RepositoryTree tree = RepositoryTree.open(workspace.directoryOf(RepositoryName.parse(name)))) {
                    head = tree.head();
                }
            }
            states.add(new RepositoryState(name, indexed.getOrDefault(name, Optional.empty()), head,
                    inWorkspace.contains(name), indexed.containsKey(name)));
        }
        return states;
    }

    @Override
    public synchronized List<ActionHit> actions(Workspace workspace, ActionQuery query) {
        IndexDatabase database = database(workspace);
        new IndexUpdater(workspace, database).catchUp();
        return database.reading(manager -> IndexQueries.actions(manager, query));
    }

    @Override
    public synchronized List<BudgetTotal> budget(Workspace workspace, BudgetGrouping grouping) {
        IndexDatabase database = database(workspace);
        new IndexUpdater(workspace, database).catchUp();
        return database.reading(manager -> IndexQueries.budget(manager, grouping));
    }

    @Override
    public Optional<IndexException> damage(Workspace workspace) {
        DatabaseSettings settings;
        try {
            settings = databases.settingsFor(workspace);
        } catch (IndexException e) {
            return Optional.of(e);
        }
        if (!settings.equals(DatabaseSettings.embedded(workspace))) {
            return Optional.empty();
        }
        Path folder = workspace.stateDirectory().resolve(DatabaseSettings.EMBEDDED_FOLDER);
        Path file = folder.resolve(EMBEDDED_FILE);
        if (!Files.isRegularFile(file)) {
            // none yet (the first question builds it), or not a file at all: opening it says what is wrong
            return Files.exists(file) ? Optional.of(new IndexException(NOT_A_DATABASE, folder, file)) : Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(H2_HEADER.length);
            return Arrays.equals(start, H2_HEADER) ? Optional.empty()
                    : Optional.of(new IndexException(NOT_A_DATABASE, folder, file));
        } catch (IOException e) {
            return Optional.of(new IndexException(e, NOT_A_DATABASE, folder, file));
        }
    }

    @Override
    public String location(Workspace workspace) {
        return databases.settingsFor(workspace).url();
    }

    /**
     * Follows a moved {@code main} at once when this workspace's index is open here; otherwise the next
     * use catches up. A failure is logged and leaves the index as it was (one transaction).
     */
    @Override
    public synchronized void repositoryUpdated(Workspace workspace, RepositoryName repository, Optional<String> from,
            String to) {
        IndexDatabase database = open.get(workspace.root());
        if (database == null) {
            return;
        }
        try {
            new IndexUpdater(workspace, database).catchUp(repository);
        } catch (IndexException e) {
            LOG.log(System.Logger.Level.WARNING, "the index of " + workspace.root() + " did not follow " + repository
                    + " to " + to + "; the next use catches up: " + e.getMessage(), e);
        }
    }

    /** The open database of the workspace; opened, or reopened when its configuration changed. */
    private IndexDatabase database(Workspace workspace) {
        DatabaseSettings settings = databases.settingsFor(workspace);
        IndexDatabase database = open.get(workspace.root());
        if (database != null && database.settings().equals(settings)) {
            return database;
        }
        if (database != null) {
            open.remove(workspace.root());
            database.close();
        }
        try {
            database = IndexDatabase.open(settings, IndexOwner.of(workspace));
        } catch (IndexException e) {
            if (UNREADABLE.equals(e.key()) && settings.equals(DatabaseSettings.embedded(workspace))) {
                throw new IndexException(e, DAMAGED, workspace.stateDirectory().resolve(DatabaseSettings.EMBEDDED_FOLDER),
                        IndexDatabase.rootMessage(e));
            }
            throw e;
        }
        open.put(workspace.root(), database);
        return database;
    }

    private static void deleteTree(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            throw new IndexException(e, "index.database.failed", folder, e.getMessage());
        }
    }

    /** Closes every open database. */
    @Deactivate
    @Override
    public synchronized void close() {
        open.values().forEach(IndexDatabase::close);
        open.clear();
    }
}
