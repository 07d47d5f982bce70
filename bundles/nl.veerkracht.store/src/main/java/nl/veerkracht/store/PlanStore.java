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

    /**
     * Puts a fallback scenario into effect in one commit ({@link nl.veerkracht.model.scenario.ScenarioActivation}):
     * on the scenario its date and who activated it; an action per runbook step; the actions it suspends on
     * hold. The commit is made of the committed plan and those files only; other changes of the working tree
     * stay uncommitted.
     *
     * @param repository the plan, or a regional plan whose members share the scenario
     * @param message the commit message; by default one that names the scenario and the date
     * @throws InvalidPlanException when the result is not a valid plan; nothing is written
     * @throws StoreException {@code scenario.*} when the scenario is unknown, active already, has a step that
     *         names no one, would overwrite an action or suspend one another scenario holds;
     *         {@code commit.uncommittedChanges} naming the files it writes that the working tree has changed;
     *         {@code repository.readOnly}; nothing is written then
     */
    ScenarioCommit activateScenario(Workspace workspace, RepositoryName repository, String scenarioId, LocalDate date,
            Optional<String> message, Optional<Author> author);

    /**
     * Stands an active scenario down in one commit: its actions closed (done at progress 100, otherwise
     * stopped), the actions it suspended back at their previous status, and on the scenario the date.
     *
     * @throws InvalidPlanException when the result is not a valid plan; nothing is written
     * @throws StoreException {@code scenario.notActive}, {@code scenario.unknown},
     *         {@code scenario.standDownBeforeActivation}, {@code commit.uncommittedChanges},
     *         {@code repository.readOnly}; nothing is written then
     */
    ScenarioCommit deactivateScenario(Workspace workspace, RepositoryName repository, String scenarioId,
            LocalDate date, Optional<String> message, Optional<Author> author);

    /** Records that the council approved the plan as committed now: the annotated tag {@code raad/<date>}. */
    CouncilApproval approve(Workspace workspace, LocalDate date, Optional<String> message, Optional<Author> author);

    /**
     * Tells every {@link RepositoryListener} that {@code main} of a repository moved. The store calls
     * it after its own commits; whoever else moves a branch (the regional sync) calls it too.
     */
    void announceUpdate(Workspace workspace, RepositoryName repository, Optional<String> from, String to);
}
