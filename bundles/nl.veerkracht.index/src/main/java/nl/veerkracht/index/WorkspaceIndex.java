package nl.veerkracht.index;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.store.Workspace;

/**
 * The index of a workspace's repositories (see the package). Embedded H2 in {@code .veerkracht/index/}
 * unless Configuration Admin names another database for the workspace.
 *
 * <p>Every method but {@link #rebuild} and {@link #status} first catches up: a repository whose head is
 * not the commit the index holds of it is updated from the tree differences between the two, one
 * transaction per repository; a repository the index has not seen is read whole, one that left the
 * workspace is removed. A failure leaves that repository as it was, and the next call catches up.
 *
 * @throws IndexException from every method, when the database cannot be reached or written, or its
 *         configuration is wrong
 */
@ProviderType
public interface WorkspaceIndex {

    /** Drops the whole index of the workspace and builds it from every repository at its head. */
    IndexUpdate rebuild(Workspace workspace);

    /** Catches up with every repository (see above) and says what it did. */
    IndexUpdate update(Workspace workspace);

    /**
     * Catches up, then compares the index with a fresh read of every repository at its head, entity by
     * entity and field by field.
     */
    Verification verify(Workspace workspace);

    /** Per repository of the workspace or the index: the commit the index holds and the head; changes nothing. */
    List<RepositoryState> status(Workspace workspace);

    /** The actions that match the query, by repository and file. */
    List<ActionHit> actions(Workspace workspace, ActionQuery query);

    /** Budget totals of the actions, per repository and group. */
    List<BudgetTotal> budget(Workspace workspace, BudgetGrouping grouping);

    /**
     * Why the workspace's index cannot be used, told without opening it, so cheaply that a command that
     * does not use the index (a commit) can say so: the embedded database's file is not one (random
     * bytes, a truncated write), or {@code .veerkracht/index.cfg} is wrong. Empty when it looks usable, or
     * when that cannot be told without connecting (a configured database).
     */
    Optional<IndexException> damage(Workspace workspace);

    /** Where the index of the workspace is kept: the database's JDBC URL (never a password). */
    String location(Workspace workspace);
}
