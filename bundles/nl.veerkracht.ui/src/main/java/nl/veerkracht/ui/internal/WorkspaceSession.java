package nl.veerkracht.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.region.EditRules;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.EntityRevision;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.ScenarioCommit;
import nl.veerkracht.store.Workspace;

/**
 * One open workspace and the services the client works on it with: everything the views show comes
 * from the plan store and the checklist, as for the command line; nothing here touches Git. Safe to
 * call from a background thread.
 */
public final class WorkspaceSession {

    private final Workspace workspace;
    private final PlanStore store;
    private final Checklist checklist;
    private final RegionService regions;
    private final RegionWork regionWork;

    public WorkspaceSession(Workspace workspace, PlanStore store, Checklist checklist, RegionService regions,
            nl.veerkracht.region.WorkspaceSync sync) {
        this.workspace = workspace;
        this.store = store;
        this.checklist = checklist;
        this.regions = regions;
        this.regionWork = new RegionWork(this, workspace, store, regions, sync);
    }

    /** The work with the region: sync, conflicts, the regional plans and their members. */
    public RegionWork regionWork() {
        return regionWork;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The plan, the regional plans, the province's programme and the members' plans of the workspace. */
    public List<RepositoryName> repositories() {
        return workspace.repositories();
    }

    /** A repository's plan as its working tree has it now, with every problem {@code validate} finds in it. */
    public PlanVersion read(RepositoryName repository) {
        return store.readWorkingTree(workspace, repository);
    }

    /**
     * The ten-point check of a plan as it is now, as {@code veerkracht check --repo} runs it: the own plan, a
     * member's plan or the province's programme.
     *
     * @throws IllegalArgumentException for a regional plan, which {@code check} does not judge either: it is
     *         not a municipality's recovery plan
     */
    public Scorecard check(RepositoryName repository) {
        if (!isCheckable(repository)) {
            throw new IllegalArgumentException(repository + " is a regional plan");
        }
        return checklist.check(workspace, repository, LocalDate.now());
    }

    /** Whether the ten-point check judges a repository: every one but a regional plan, as for {@code check --repo}. */
    public static boolean isCheckable(RepositoryName repository) {
        return repository.kind() != RepositoryName.Kind.REGION;
    }

    /** What changed in the working tree since the last commit, entity by entity and field by field. */
    public PlanDiff changes(RepositoryName repository) {
        return store.diff(workspace, repository, "HEAD", Optional.empty());
    }

    /** What changed between two commits ({@code from} empty: the commit's first version). */
    public PlanDiff diff(RepositoryName repository, String from, String to) {
        return store.diff(workspace, repository, from, Optional.of(to));
    }

    /** The commits of a repository, newest first. */
    public List<HistoryEntry> log(RepositoryName repository) {
        return store.log(workspace, repository);
    }

    /**
     * Commits a repository's working tree, as {@code veerkracht commit -m} does.
     *
     * @throws nl.veerkracht.store.InvalidPlanException with every problem, when the plan is not valid
     */
    public HistoryEntry commit(RepositoryName repository, String message, Optional<Author> author) {
        return store.commit(workspace, repository, message, author);
    }

    /** Records the council's approval of the plan as committed now, as {@code veerkracht approve} does. */
    /** Puts a fallback scenario into effect today, in one commit, as {@code veerkracht scenario activate} does. */
    public ScenarioCommit activateScenario(RepositoryName repository, String scenarioId) {
        return store.activateScenario(workspace, repository, scenarioId, LocalDate.now(), Optional.empty(), Optional.empty());
    }

    /** Stands a fallback scenario down today, in one commit, as {@code veerkracht scenario deactivate} does. */
    public ScenarioCommit deactivateScenario(RepositoryName repository, String scenarioId) {
        return store.deactivateScenario(workspace, repository, scenarioId, LocalDate.now(), Optional.empty(),
                Optional.empty());
    }

    public CouncilApproval approve(LocalDate date, Optional<String> message) {
        return store.approve(workspace, date, message, Optional.empty());
    }

    /** The council's approvals of a repository ({@code raad/<date>}), oldest first (from what the ten-point check knows of it). */
    public List<CouncilApproval> approvals(RepositoryName repository) {
        return checklist.facts(workspace, repository).approvals();
    }

    /** The commits that changed one entity, newest first, with its field changes in each. */
    public List<EntityRevision> history(RepositoryName repository, String entityId) {
        return store.history(workspace, repository, entityId);
    }

    /**
     * The problems {@code validate} would find in a repository when one of its files held
     * {@code document}: the file written canonically and read back, against the rest of the plan as it was
     * read into {@code base} (not read again).
     */
    public List<Problem> validate(PlanVersion base, String path, Node document) {
        PlanRead read = new PlanRead(base.snapshot(), base.contents(), base.problems());
        return PlanFiles.readOne(read, base.files().keySet(), path, PlanFiles.write(path, document));
    }

    /**
     * The region's rules on this workspace's edits of a regional plan, against its last commit: what
     * {@code commit --repo region/<id>} will refuse. Empty for any other repository, and for a regional plan
     * whose last commit cannot be read (its commit then tells).
     */
    public Optional<EditRules> editRules(RepositoryName repository) {
        if (repository.kind() != RepositoryName.Kind.REGION) {
            return Optional.empty();
        }
        try {
            return Optional.of(regions.editRules(workspace, repository));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The field that a line of a file in the working tree belongs to (the field whose key is on that line,
     * else the nearest one above it): where a problem of {@code validate}, which names a line, is shown.
     */
    public Optional<FieldPath> fieldAt(RepositoryName repository, String path, int line) {
        try {
            byte[] content = Files.readAllBytes(workspace.directoryOf(repository).resolve(path));
            TreeMap<Integer, FieldPath> lines =
                    new TreeMap<>(DocumentEdits.fieldsByLine(PlanFiles.read(path, content)));
            return Optional.ofNullable(lines.floorEntry(line)).map(Map.Entry::getValue);
        } catch (IOException | PlanFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts an entity of the plan: its file with its id and title (a stakeholder's organisation), which
     * the form then completes; until then {@code validate} names the fields it still needs.
     */
    public String create(RepositoryName repository, EntityKind kind, String id, String title) {
        String path = kind.pathOf(id);
        if (Files.exists(workspace.directoryOf(repository).resolve(path))) {
            throw new IllegalStateException(path + " exists already");
        }
        MapNode document = MapNode.empty()
                .with("id", ScalarNode.string(id))
                .with(kind == EntityKind.STAKEHOLDER ? "organisation" : "title",
                        ScalarNode.string(title));
        save(repository, path, document);
        return path;
    }

    /** Deletes an entity's file from the working tree; the next commit records it as removed. */
    public void delete(RepositoryName repository, String path) {
        if (repository.isReadOnly()) {
            throw new IllegalStateException(repository + " is read-only");
        }
        try {
            Files.deleteIfExists(workspace.directoryOf(repository).resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an entity's file in the working tree, canonically: what {@code validate} and {@code commit} read. */
    public void save(RepositoryName repository, String path, Node document) {
        if (repository.isReadOnly()) {
            throw new IllegalStateException(repository + " is read-only");
        }
        Path file = workspace.directoryOf(repository).resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, PlanFiles.write(path, document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
