package nl.veerkracht.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.merge.PlanDiff;

/**
 * What a policy officer does with the plans of a workspace: start one, read and validate it,
 * commit a change, follow an entity's history, compare versions field by field, record the
 * council's approval. Every method that writes takes the workspace lock first.
 */
@ProviderType
public interface PlanStore {

    /**
     * Starts a workspace in {@code directory}: {@code plan/} with a valid {@code plan.yaml} of a
     * municipality (code {@code GMxxxx}) or a province ({@code PVxx}) and a first commit.
     *
     * @param author who starts it; when empty, the Git configuration's user, else the municipality itself
     */
    Workspace init(Path directory, String code, String name, Optional<String> province, Optional<Author> author);

    /** The plan in a repository's working tree, as the user has it now. */
    PlanVersion readWorkingTree(Workspace workspace, RepositoryName repository);

    /** The plan at a revision (commit, {@code main}, {@code raad/2026-05-01}, {@code HEAD~1}), from Git objects. */
    PlanVersion readAt(Workspace workspace, RepositoryName repository, String revision);

    /**
     * Commits the working tree of a repository after validating it.
     *
     * @return the new commit
     * @throws InvalidPlanException with every problem, when the plan is not valid; nothing is committed
     * @throws StoreException {@code commit.nothing} when nothing changed; {@code repository.readOnly}
     *         for a province or member mirror
     */
    HistoryEntry commit(Workspace workspace, RepositoryName repository, String message, Optional<Author> author);

    /** The commits of a repository, newest first. */
    List<HistoryEntry> log(Workspace workspace, RepositoryName repository);

    /** The commits that changed one entity, newest first, with its field changes in each. */
    List<EntityRevision> history(Workspace workspace, RepositoryName repository, String entityId);

    /** What changed between two revisions, entity by entity and field by field; without {@code to}, up to the working tree. */
    PlanDiff diff(Workspace workspace, RepositoryName repository, String from, Optional<String> to);

    /** Records that the council approved the plan as committed now: the annotated tag {@code raad/<date>}. */
    CouncilApproval approve(Workspace workspace, LocalDate date, Optional<String> message, Optional<Author> author);

    /**
     * Tells every {@link RepositoryListener} that {@code main} of a repository moved. The store calls
     * it after its own commits; whoever else moves a branch (the regional sync) calls it too.
     */
    void announceUpdate(Workspace workspace, RepositoryName repository, Optional<String> from, String to);
}
