package nl.veerkracht.store.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.merge.SemanticDiff;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.MunicipalityCode;
import nl.veerkracht.model.ProvinceCode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.scenario.ScenarioActivation;
import nl.veerkracht.model.scenario.ScenarioChange;
import nl.veerkracht.model.scenario.ScenarioRefusal;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.CommitCheck;
import nl.veerkracht.store.CommitSigningPolicy;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.EntityRevision;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.InvalidPlanException;
import nl.veerkracht.store.PlanCheck;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryListener;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.ScenarioCommit;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StagedCommit;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/** The plan store on JGit: a thin layer over {@link PlanRepository}, the format and the model. */
@Component(service = PlanStore.class)
public final class JGitPlanStore implements PlanStore {

    /** How long a writing command waits for another one in the same workspace. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);


    private static final System.Logger LOG = System.getLogger(JGitPlanStore.class.getName());

    private final List<RepositoryListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addListener(RepositoryListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RepositoryListener listener) {
        listeners.remove(listener);
    }

    private volatile CommitSigningPolicy signingPolicy;

    /** The policy that says which commits are signed (the regional sync bundle offers one); optional. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetSigningPolicy")
    public void setSigningPolicy(CommitSigningPolicy policy) {
        this.signingPolicy = policy;
    }

    public void unsetSigningPolicy(CommitSigningPolicy policy) {
        if (this.signingPolicy == policy) {
            this.signingPolicy = null;
        }
    }

    @Override
    public void announceUpdate(Workspace workspace, RepositoryName repository, Optional<String> from, String to) {
        for (RepositoryListener listener : listeners) {
            try {
                listener.repositoryUpdated(workspace, repository, from, to);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a listener failed on the update of " + repository + ": " + e, e);
            }
        }
    }

    @Override
    public Workspace init(Path directory, String code, String name, Optional<String> province, Optional<Author> author) {
        boolean isProvince = ProvinceCode.isValid(code);
        if (!isProvince && !MunicipalityCode.isValid(code)) {
            throw new StoreException("init.code", code);
        }
        if (province.isPresent() && !ProvinceCode.isValid(province.get())) {
            throw new StoreException("init.code", province.get());
        }
        Path planFolder = directory.resolve(RepositoryName.PLAN.folder());
        if (Files.exists(planFolder.resolve(".git"))) {
            throw new StoreException("init.exists", directory.toAbsolutePath().normalize());
        }
        if (!isEmptyOrMissing(planFolder)) {
            // files of a plan without its history: a new plan.yaml would overwrite the user's own
            throw new StoreException("init.notEmpty", planFolder.toAbsolutePath().normalize());
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("kind", ScalarNode.string(isProvince ? "province" : "municipality"));
        fields.put("code", ScalarNode.string(code));
        fields.put("name", ScalarNode.string(name));
        if (!isProvince) {
            province.ifPresent(value -> fields.put("province", ScalarNode.string(value)));
        }
        byte[] planFile = PlanFiles.write("plan.yaml", MapNode.of(fields));
        // checked before anything is written, so a refused init leaves no workspace behind
        PlanVersion read = read(RepositoryName.PLAN, Optional.empty(), Map.of("plan.yaml", planFile));
        if (!read.isValid()) {
            throw new InvalidPlanException(RepositoryName.PLAN, read.problems());
        }
        Workspace workspace = Workspace.create(directory);
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { });
                PlanRepository plan = workspace.open(RepositoryName.PLAN)) {
            Files.write(plan.directory().resolve("plan.yaml"), planFile);
            Author who = author.orElseGet(() -> configuredAuthor(plan).orElse(
                    new Author(name + " (" + code + ")", code.toLowerCase() + "@veerkracht.invalid")));
            String first = plan.commitWorkingTree((isProvince ? "Herstelprogramma " : "Herstelaanpak ") + name + " begonnen",
                    who, code);
            announceUpdate(workspace, RepositoryName.PLAN, Optional.empty(), first);
            return workspace;
        } catch (java.io.IOException e) {
            throw new StoreException(e, "commit.failed", directory, e.getMessage());
        }
    }

    private static boolean isEmptyOrMissing(Path folder) {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new StoreException(e, "commit.failed", folder, e.getMessage());
        }
    }

    private final List<PlanCheck> checks = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCheck(PlanCheck check) {
        checks.add(check);
    }

    public void removeCheck(PlanCheck check) {
        checks.remove(check);
    }

    private final List<CommitCheck> commitChecks = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCommitCheck(CommitCheck check) {
        commitChecks.add(check);
    }

    public void removeCommitCheck(CommitCheck check) {
        commitChecks.remove(check);
    }

    @Override
    public PlanVersion readWorkingTree(Workspace workspace, RepositoryName repository) {
        try (PlanRepository git = workspace.open(repository)) {
            return checked(workspace, workingTree(repository, git));
        }
    }

    /**
     * The working tree's plan and its problems, those of what it holds besides plan files included: a
     * symbolic link, a FIFO or anything else that is not a regular file, {@code .gitattributes} and
     * {@code .gitmodules}, a nested repository ({@link PlanRepository#workingTreeProblems()}).
     */
    private static PlanVersion workingTree(RepositoryName repository, PlanRepository git) {
        List<Problem> files = git.workingTreeProblems();
        PlanVersion version = read(repository, Optional.empty(), git.workingTreeFiles());
        if (files.isEmpty()) {
            return version;
        }
        List<Problem> problems = new ArrayList<>(version.problems());
        problems.addAll(files);
        problems.sort(Problem.ORDER);
        return new PlanVersion(version.repository(), version.commit(), version.files(), version.snapshot(),
                version.contents(), problems);
    }

    /** The working tree's own problems and those of every {@link PlanCheck} against the workspace. */
    private PlanVersion checked(Workspace workspace, PlanVersion version) {
        if (checks.isEmpty()) {
            return version;
        }
        List<Problem> problems = new ArrayList<>(version.problems());
        for (PlanCheck check : checks) {
            problems.addAll(check.check(workspace, version));
        }
        problems.sort(Problem.ORDER);
        return new PlanVersion(version.repository(), version.commit(), version.files(), version.snapshot(),
                version.contents(), problems);
    }

    @Override
    public PlanVersion readAt(Workspace workspace, RepositoryName repository, String revision) {
        try (PlanRepository git = workspace.open(repository)) {
            String commit = git.resolve(revision);
            return read(repository, Optional.of(commit), git.filesAt(commit));
        }
    }

    /** Reads files (from Git or from disk) into a snapshot, a typed plan and its problems. */
    static PlanVersion read(RepositoryName repository, Optional<String> commit, Map<String, byte[]> files) {
        nl.veerkracht.format.PlanRead result = PlanFiles.readAll(files);
        return new PlanVersion(repository, commit, files, result.snapshot(), result.contents(), result.problems());
    }

    @Override
    public HistoryEntry commit(Workspace workspace, RepositoryName repository, String message, Optional<Author> author) {
        if (repository.isReadOnly()) {
            throw new StoreException("repository.readOnly", repository);
        }
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { });
                PlanRepository git = workspace.open(repository)) {
            PlanVersion read = checked(workspace, workingTree(repository, git));
            if (!read.isValid()) {
                throw new InvalidPlanException(repository, read.problems());
            }
            Author who = author.orElseGet(git::configuredAuthor);
            CommitSigningPolicy policy = signingPolicy;
            Optional<SigningKey> signing = policy == null ? Optional.empty()
                    : policy.signingKey(workspace, repository, read);
            String commit;
            Optional<String> before;
            // written first, checked as its receivers will check it, and only then recorded on main
            try (StagedCommit staged = git.stageWorkingTree(message, who, municipalityOf(workspace), signing)) {
                before = staged.parent();
                for (CommitCheck check : commitChecks) {
                    check.check(workspace, repository, before, staged.commitId());
                }
                staged.record();
                commit = staged.commitId();
            }
            announceUpdate(workspace, repository, before, commit);
            return git.commit(commit);
        } catch (java.io.IOException e) {
            throw new StoreException(e, "commit.failed", workspace.directoryOf(repository), e.getMessage());
        }
    }

    /** What a scenario command does to the committed plan, given who makes the commit and for which municipality. */
    private interface ScenarioStep {
        ScenarioChange apply(PlanSnapshot committed, Author who, String municipality);
    }

    @Override
    public ScenarioCommit activateScenario(Workspace workspace, RepositoryName repository, String scenarioId,
            LocalDate date, Optional<String> message, Optional<Author> author) {
        return scenarioCommit(workspace, repository, author, (plan, who, municipality) -> ScenarioActivation.activate(
                plan, scenarioId, new ScenarioActivation.Activation(date, who.name(), Optional.of(municipality))),
                change -> message.orElse("Scenario " + change.title() + " in werking gezet op " + date));
    }

    @Override
    public ScenarioCommit deactivateScenario(Workspace workspace, RepositoryName repository, String scenarioId,
            LocalDate date, Optional<String> message, Optional<Author> author) {
        return scenarioCommit(workspace, repository, author,
                (plan, who, municipality) -> ScenarioActivation.standDown(plan, scenarioId, date),
                change -> message.orElse("Scenario " + change.title() + " afgeschaald op " + date));
    }

    /**
     * One commit of the files a scenario command changes, on top of {@code main}: decided on the committed
     * plan, validated as a whole plan as every commit is, checked as its receivers will check it, and only
     * then written into the working tree and recorded.
     */
    private ScenarioCommit scenarioCommit(Workspace workspace, RepositoryName repository, Optional<Author> author,
            ScenarioStep step, java.util.function.Function<ScenarioChange, String> message) {
        if (repository.isReadOnly()) {
            throw new StoreException("repository.readOnly", repository);
        }
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { });
                PlanRepository git = workspace.open(repository)) {
            String head = git.head().orElseThrow(() -> new StoreException("workspace.missing", workspace.root()));
            PlanVersion committed = read(repository, Optional.of(head), git.filesAt(head));
            Author who = author.orElseGet(git::configuredAuthor);
            String municipality = municipalityOf(workspace);
            ScenarioChange change;
            try {
                change = step.apply(committed.snapshot(), who, municipality);
            } catch (ScenarioRefusal refusal) {
                throw new StoreException(refusal.key(), refusal.args().toArray());
            }
            Map<String, byte[]> changed = new TreeMap<>();
            change.documents().forEach((path, document) -> changed.put(path, PlanFiles.write(path, document)));
            Map<String, byte[]> files = new TreeMap<>(committed.files());
            files.putAll(changed);
            PlanVersion result = checked(workspace, read(repository, Optional.empty(), files));
            if (!result.isValid()) {
                throw new InvalidPlanException(repository, result.problems());
            }
            CommitSigningPolicy policy = signingPolicy;
            Optional<SigningKey> signing = policy == null ? Optional.empty()
                    : policy.signingKey(workspace, repository, result);
            String commit;
            try (StagedCommit staged = git.stageFiles(changed, message.apply(change), who, municipality, signing)) {
                for (CommitCheck check : commitChecks) {
                    check.check(workspace, repository, Optional.of(head), staged.commitId());
                }
                staged.record();
                commit = staged.commitId();
            }
            announceUpdate(workspace, repository, Optional.of(head), commit);
            return new ScenarioCommit(git.commit(commit), change);
        } catch (java.io.IOException e) {
            throw new StoreException(e, "commit.failed", workspace.directoryOf(repository), e.getMessage());
        }
    }

    @Override
    public List<HistoryEntry> log(Workspace workspace, RepositoryName repository) {
        try (PlanRepository git = workspace.open(repository)) {
            return git.history(List.of());
        }
    }

    @Override
    public List<EntityRevision> history(Workspace workspace, RepositoryName repository, String entityId) {
        List<String> candidates = candidatePaths(entityId);
        List<EntityRevision> revisions = new ArrayList<>();
        try (PlanRepository git = workspace.open(repository)) {
            for (HistoryEntry entry : git.history(candidates)) {
                Map<String, byte[]> after = git.filesAt(entry.commitId());
                Map<String, byte[]> before = entry.parentIds().isEmpty() ? Map.of() : git.filesAt(entry.parentIds().get(0));
                for (String path : candidates) {
                    if (!entry.changedPaths().contains(path)) {
                        continue;
                    }
                    Optional<Node> old = document(path, before.get(path));
                    Optional<Node> now = document(path, after.get(path));
                    EntityRevision.Change change = old.isEmpty() ? EntityRevision.Change.ADDED
                            : now.isEmpty() ? EntityRevision.Change.REMOVED : EntityRevision.Change.CHANGED;
                    List<FieldChange> fields = old.isPresent() && now.isPresent()
                            ? SemanticDiff.fields(old.get(), now.get()) : List.of();
                    revisions.add(new EntityRevision(entry, path, change, fields));
                }
            }
        }
        if (revisions.isEmpty()) {
            throw new StoreException("entity.unknown", entityId, repository);
        }
        return revisions;
    }

    /** Where an entity with this id can live: one path per kind ({@code plan} is plan.yaml). */
    static List<String> candidatePaths(String entityId) {
        if (entityId.equals(EntityKind.PLAN_ID)) {
            return List.of(EntityKind.PLAN.pathOf(entityId));
        }
        TreeSet<String> paths = new TreeSet<>();
        for (EntityKind kind : EntityKind.values()) {
            if (kind != EntityKind.PLAN) {
                paths.add(kind.pathOf(entityId));
            }
        }
        return List.copyOf(paths);
    }

    private static Optional<Node> document(String path, byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PlanFiles.read(path, bytes));
        } catch (PlanFileException e) {
            // a version that cannot be read shows as the whole file, not field by field
            return Optional.of(MapNode.of(Map.of("(unreadable)", ScalarNode.string(new String(bytes, StandardCharsets.UTF_8)))));
        }
    }

    @Override
    public PlanDiff diff(Workspace workspace, RepositoryName repository, String from, Optional<String> to) {
        try (PlanRepository git = workspace.open(repository)) {
            String fromCommit = git.resolve(from);
            PlanVersion before = read(repository, Optional.of(fromCommit), git.filesAt(fromCommit));
            PlanVersion after = to.isPresent()
                    ? read(repository, Optional.of(git.resolve(to.get())), git.filesAt(git.resolve(to.get())))
                    : read(repository, Optional.empty(), git.workingTreeFiles());
            requireReadable(before, from);
            requireReadable(after, to.orElse(null));
            return SemanticDiff.between(before.snapshot(), after.snapshot());
        }
    }

    /**
     * A plan file that cannot be read has no document, so a diff would show it as deleted: refused
     * instead, naming the file and where reading it stopped.
     */
    private static void requireReadable(PlanVersion version, String revision) {
        for (Problem problem : version.problems()) {
            if (version.files().containsKey(problem.path()) && !version.snapshot().contains(problem.path())) {
                String where = version.repository().folder() + "/" + problem.path()
                        + (problem.position().isKnown() ? ":" + problem.position().line() + ":" + problem.position().column()
                                : "");
                throw revision == null ? new StoreException("diff.unreadable.workingTree", where)
                        : new StoreException("diff.unreadable", where, revision);
            }
        }
    }

    @Override
    public CouncilApproval approve(Workspace workspace, LocalDate date, Optional<String> message, Optional<Author> author) {
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { });
                PlanRepository git = workspace.open(RepositoryName.PLAN)) {
            Author who = author.orElseGet(git::configuredAuthor);
            return git.approve(date, message.orElse("Vastgesteld door de gemeenteraad op " + date), who);
        } catch (java.io.IOException e) {
            throw new StoreException(e, "approve.failed", CouncilApproval.tagName(date), e.getMessage());
        }
    }

    /** The CBS code of the workspace's own municipality (or province), as its committed plan says. */
    static String municipalityOf(Workspace workspace) {
        try (PlanRepository plan = workspace.open(RepositoryName.PLAN)) {
            String head = plan.head().orElseThrow(() -> new StoreException("workspace.missing", workspace.root()));
            byte[] bytes = plan.filesAt(head).get("plan.yaml");
            if (bytes == null) {
                throw new StoreException("workspace.missing", workspace.root());
            }
            Node document = PlanFiles.read("plan.yaml", bytes);
            if (document instanceof MapNode map && map.get("code").orElse(null) instanceof ScalarNode code) {
                return code.text();
            }
            throw new StoreException("workspace.missing", workspace.root());
        } catch (PlanFileException e) {
            throw new StoreException(e, "workspace.missing", workspace.root());
        }
    }

    private static Optional<Author> configuredAuthor(PlanRepository repository) {
        try {
            return Optional.of(repository.configuredAuthor());
        } catch (StoreException e) {
            return Optional.empty();
        }
    }
}
