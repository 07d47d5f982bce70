package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.merge.MergeResult;
import nl.veerkracht.merge.Resolution;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.MunicipalityCode;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.region.MunicipalityKey;
import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.ResolutionChoice;
import nl.veerkracht.region.ResolveOutcome;
import nl.veerkracht.store.FileTrees;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.ReceivedRefusedException;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/** The regional plans of a workspace on JGit: create, add a member, join, list and settle conflicts. */
@Component(service = RegionService.class)
public final class JGitRegionService implements RegionService {

    /** How long a writing command waits for another one in the same workspace. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private static final String PLAN = EntityKind.PLAN.pathOf(EntityKind.PLAN_ID);

    private final PlanStore planStore;

    @Activate
    public JGitRegionService(@Reference PlanStore planStore) {
        this.planStore = planStore;
    }

    // ---------------------------------------------------------------- create

    @Override
    public RegionChange create(Workspace workspace, NewRegion region) {
        RepositoryName name = regionName(region.id());
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { })) {
            Municipality me = Municipality.of(workspace);
            if (workspace.has(name) || Files.exists(workspace.directoryOf(name))) {
                throw new RegionException("region.exists", name.folder());
            }
            Optional<String> key = Optional.empty();
            if (region.requireSigned()) {
                key = Optional.of(publicKeyOf(workspace, me));
            }
            Map<String, Node> member = new LinkedHashMap<>();
            member.put("code", ScalarNode.string(me.code()));
            member.put("name", ScalarNode.string(me.name()));
            member.put("url", ScalarNode.string(region.url().map(JGitRegionService::location)
                    .orElse(workspace.directoryOf(name).toString())));
            member.put("plan_url", ScalarNode.string(region.planUrl().map(JGitRegionService::location)
                    .orElse(workspace.directoryOf(RepositoryName.PLAN).toString())));
            key.ifPresent(line -> member.put("key", ScalarNode.string(line)));
            Map<String, Node> plan = new LinkedHashMap<>();
            plan.put("kind", ScalarNode.string("region"));
            plan.put("id", ScalarNode.string(region.id()));
            plan.put("name", ScalarNode.string(region.name()));
            me.province().ifPresent(province -> plan.put("province", ScalarNode.string(province)));
            plan.put("coordinator", ScalarNode.string(me.code()));
            plan.put("require_signed", ScalarNode.bool(region.requireSigned()));
            Optional<String> hub = region.hub().map(JGitRegionService::location);
            hub.ifPresent(url -> plan.put("hub", ScalarNode.string(url)));
            plan.put("members", ListNode.of(List.of(MapNode.of(member))));

            removeLeftovers(workspace);
            Path temporary = temporaryFolder(workspace, "creating");
            try {
                try (PlanRepository git = PlanRepository.create(temporary)) {
                    Files.write(temporary.resolve(PLAN), PlanFiles.write(PLAN, MapNode.of(plan)));
                    PlanRead read = PlanFiles.readAll(git.workingTreeFiles());
                    if (!read.isValid()) {
                        throw new RegionException("region.invalid", read.problems().get(0));
                    }
                    Optional<SigningKey> signing = region.requireSigned() ? Optional.of(me.signingKey(workspace))
                            : Optional.empty();
                    git.commitWorkingTree("Regio " + region.name() + " begonnen", me.author(git), me.code(), signing);
                    if (hub.isPresent()) {
                        startHub(hub.get());
                        if (git.push(RemoteAccess.of(workspace), hub.get()) == PlanRepository.PushOutcome.REJECTED) {
                            throw new RegionException("region.hubTaken", hub.get());
                        }
                    }
                }
                Files.createDirectories(workspace.directoryOf(name).getParent());
                Files.move(temporary, workspace.directoryOf(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                FileTrees.delete(temporary);
            }
            return announced(workspace, name, Optional.empty());
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", workspace.directoryOf(name), e.getMessage());
        }
    }

    /**
     * A location as the other members can use it: a URL ({@code https://...}, {@code git@host:path}) as it
     * is, a local folder as its absolute path. A URL with a password is refused: it would be written into
     * the regional plan and shared with every member.
     */
    static String location(String text) {
        if (!RemoteUrls.isLocalFolder(RemoteUrls.requireNoPassword(text))) {
            return text;
        }
        return Path.of(text).toAbsolutePath().normalize().toString();
    }

    /** A hub on a local folder that holds no repository yet is made, bare; any other URL must exist already. */
    private static void startHub(String hub) {
        if (!RemoteUrls.isLocalFolder(hub)) {
            return;
        }
        Path folder = Path.of(hub);
        if (Files.isDirectory(folder.resolve("refs")) || Files.isDirectory(folder.resolve(".git"))) {
            return;
        }
        try (Stream<Path> entries = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            if (entries.findAny().isPresent()) {
                throw new RegionException("region.hubNotRepository", hub);
            }
        } catch (IOException e) {
            throw new RegionException(e, "region.hubNotRepository", hub);
        }
        PlanRepository.createBare(folder);
    }

    private static String publicKeyOf(Workspace workspace, Municipality me) {
        SigningKey key = me.signingKey(workspace);
        if (!key.exists()) {
            throw new RegionException("region.noKey", key.privateKey(), workspace.root());
        }
        if (!Files.isRegularFile(key.publicKey())) {
            throw new RegionException("region.noPublicKey", key.privateKey());
        }
        return publicKeyLine(key.publicKey());
    }

    /** The first line of an OpenSSH public key file, checked. */
    static String publicKeyLine(Path file) {
        String line;
        try {
            line = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new RegionException(e, "region.keyUnreadable", file, e.getMessage());
        }
        checkPublicKey(line, file.toString());
        return line;
    }

    private static void checkPublicKey(String line, String where) {
        String[] parts = line.split("\\s+");
        if (parts.length < 2 || !(parts[0].startsWith("ssh-") || parts[0].startsWith("ecdsa-")
                || parts[0].startsWith("sk-"))) {
            throw new RegionException("region.keyInvalid", where);
        }
        try {
            PlanRepository.fingerprint(line);
        } catch (IllegalArgumentException e) {
            throw new RegionException(e, "region.keyInvalid", where);
        }
    }

    // ---------------------------------------------------------------- add a member

    @Override
    public RegionChange addMember(Workspace workspace, String regionId, NewMember member) {
        RepositoryName name = regionName(regionId);
        if (!MunicipalityCode.isValid(member.code())) {
            throw new RegionException("region.memberCode", member.code());
        }
        member.key().ifPresent(key -> checkPublicKey(key, member.code()));
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { });
                RegionRepository repository = new RegionRepository(workspace.open(name))) {
            Municipality me = Municipality.of(workspace);
            PlanRepository git = repository.git();
            if (!git.isClean()) {
                throw new RegionException("sync.uncommitted", name.folder());
            }
            String head = git.head().orElseThrow(() -> new RegionException("region.noPlan", name.folder()));
            RegionalPlan plan = RegionalPlans.at(repository, head)
                    .orElseThrow(() -> new RegionException("region.notRegional", name.folder()));
            if (!plan.coordinator().equals(Optional.of(me.code()))) {
                throw new RegionException("region.notCoordinator", me.code(), plan.coordinator().orElse("?"));
            }
            if (plan.member(member.code()).isPresent()) {
                throw new RegionException("region.alreadyMember", member.code(), plan.name());
            }
            Map<String, String> files = new LinkedHashMap<>(repository.files(head));
            MapNode document = (MapNode) repository.document(PLAN, files.get(PLAN)).orElseThrow();
            Map<String, Node> entry = new LinkedHashMap<>();
            entry.put("code", ScalarNode.string(member.code()));
            entry.put("name", ScalarNode.string(member.name()));
            entry.put("url", ScalarNode.string(location(member.url())));
            member.planUrl().ifPresent(url -> entry.put("plan_url", ScalarNode.string(location(url))));
            member.key().ifPresent(key -> entry.put("key", ScalarNode.string(key)));
            List<Node> members = new ArrayList<>(document.get("members").orElse(null) instanceof ListNode list
                    ? list.items() : List.of());
            members.add(MapNode.of(entry));
            files.put(PLAN, repository.add(PlanFiles.write(PLAN, document.with("members", ListNode.of(members)))));
            PlanRead read = repository.read(files);
            if (!read.isValid()) {
                throw new RegionException("region.invalid", read.problems().get(0));
            }
            Optional<SigningKey> signing = plan.signedCommitsRequired() ? Optional.of(me.signingKey(workspace))
                    : Optional.empty();
            String commit = git.writeCommit(repository.writeTree(files), List.of(head),
                    "Lid " + member.code() + " " + member.name() + " toegevoegd", me.author(git), me.code(), signing);
            git.advanceBranch(Optional.of(head), commit, workspace.stateOf(name));
            planStore.announceUpdate(workspace, name, Optional.of(head), commit);
            return change(repository, name, commit);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", workspace.directoryOf(name), e.getMessage());
        }
    }

    // ---------------------------------------------------------------- join

    @Override
    public RegionChange join(Workspace workspace, String url) {
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { })) {
            Municipality me = Municipality.of(workspace);
            removeLeftovers(workspace);
            Path temporary = temporaryFolder(workspace, "joining");
            RepositoryName name;
            try {
                PlanRepository cloned;
                try {
                    cloned = PlanRepository.cloneFrom(RemoteAccess.of(workspace), RemoteUrls.requireNoPassword(url),
                            temporary);
                } catch (ReceivedRefusedException e) {
                    throw new RefusedException(IncomingRules.refusal(e));
                }
                try (RegionRepository repository = new RegionRepository(cloned)) {
                    String head = repository.git().head().orElseThrow();
                    PlanRead read = repository.read(repository.files(head));
                    RegionalPlan plan = read.contents().plan().filter(RegionalPlan.class::isInstance)
                            .map(RegionalPlan.class::cast)
                            .orElseThrow(() -> new RegionException("region.joinNotRegional", RemoteUrls.withoutPasswords(url)));
                    if (!read.isValid()) {
                        throw new RegionException("region.invalid", read.problems().get(0));
                    }
                    name = regionName(plan.id());
                    if (workspace.has(name) || Files.exists(workspace.directoryOf(name))) {
                        throw new RegionException("region.exists", name.folder());
                    }
                    if (plan.member(me.code()).isEmpty()) {
                        throw new RegionException("region.notMember", me.code(), me.name(), plan.name(),
                                plan.coordinator().orElse("?"));
                    }
                    Optional<Refusal> refusal = new IncomingRules(repository, new MergeBase(repository))
                            .check(Optional.empty(), head);
                    if (refusal.isPresent()) {
                        throw new RefusedException(refusal.get());
                    }
                }
                Files.move(temporary, workspace.directoryOf(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                FileTrees.delete(temporary);
            }
            return announced(workspace, name, Optional.empty());
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", workspace.root().resolve("region"), e.getMessage());
        }
    }

    // ---------------------------------------------------------------- the signing key

    @Override
    public MunicipalityKey createKey(Workspace workspace) {
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { })) {
            return KeyMaker.create(workspace, Municipality.of(workspace));
        } catch (IOException e) {
            throw new StoreException(e, "workspace.lockFailed", workspace.root(), e.getMessage());
        }
    }

    // ---------------------------------------------------------------- conflicts

    @Override
    public List<PendingMerge> conflicts(Workspace workspace) {
        List<PendingMerge> merges = new ArrayList<>();
        for (RepositoryName name : regions(workspace)) {
            Optional<StoredMerge> stored = PendingMergeFile.read(workspace.stateOf(name));
            if (stored.isEmpty()) {
                continue;
            }
            try (RegionRepository repository = new RegionRepository(workspace.open(name))) {
                merges.add(PendingMerges.view(name, repository,
                        PendingMerges.recompute(repository, new MergeBase(repository), stored.get())));
            }
        }
        return merges;
    }

    @Override
    public ResolveOutcome resolve(Workspace workspace, String entity, FieldPath field, ResolutionChoice choice,
            Optional<String> region) {
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { })) {
            record Match(RepositoryName name, StoredMerge stored, FieldConflict conflict) {
            }
            List<Match> matches = new ArrayList<>();
            for (RepositoryName name : regions(workspace)) {
                if (region.isPresent() && !name.name().equals(region.get())) {
                    continue;
                }
                Optional<StoredMerge> stored = PendingMergeFile.read(workspace.stateOf(name));
                if (stored.isEmpty()) {
                    continue;
                }
                try (RegionRepository repository = new RegionRepository(workspace.open(name))) {
                    MergeResult resolved = PendingMerges.recompute(repository, new MergeBase(repository), stored.get())
                            .resolved();
                    List<FieldConflict> found = resolved.conflictsOf(entity, field);
                    if (found.size() > 1) {
                        throw new RegionException("resolve.ambiguous", entity,
                                String.join(", ", found.stream().map(FieldConflict::path).toList()));
                    }
                    found.forEach(conflict -> matches.add(new Match(name, stored.get(), conflict)));
                }
            }
            if (matches.isEmpty()) {
                throw new RegionException("resolve.unknown", entity, field.isRoot() ? "(geheel)" : field.toString());
            }
            if (matches.size() > 1) {
                throw new RegionException("resolve.ambiguousRegion", entity,
                        String.join(", ", matches.stream().map(match -> match.name().name()).toList()));
            }
            Match match = matches.get(0);
            FieldConflict conflict = match.conflict();
            Resolution resolution = switch (choice.kind()) {
                case OURS -> Resolution.ours(conflict);
                case THEIRS -> Resolution.theirs(conflict);
                case VALUE -> Resolution.value(conflict, value(conflict, choice.value().orElseThrow()));
            };
            StoredMerge answered = match.stored().with(resolution);
            try (RegionRepository repository = new RegionRepository(workspace.open(match.name()))) {
                PendingMerges.Recomputed recomputed;
                try {
                    recomputed = PendingMerges.recompute(repository, new MergeBase(repository), answered);
                } catch (IllegalArgumentException e) {
                    throw new RegionException(e, "resolve.badValue", conflict.path(), String.valueOf(e.getMessage()));
                }
                Map<String, String> files = recomputed.merge().files(repository, recomputed.resolved().merged());
                List<Problem> problems = repository.read(files).problems().stream()
                        .filter(problem -> problem.path().equals(conflict.path())).toList();
                if (!problems.isEmpty()) {
                    throw new RegionException("resolve.invalid", problems.get(0));
                }
                PendingMergeFile.write(workspace.stateOf(match.name()), answered);
                return new ResolveOutcome(PendingMerges.view(match.name(), repository, recomputed), conflict,
                        resolution.value());
            }
        } catch (IOException e) {
            throw new StoreException(e, "workspace.lockFailed", workspace.root(), e.getMessage());
        }
    }

    private static Node value(FieldConflict conflict, String text) {
        try {
            return PlanFiles.readValue(conflict.path(), conflict.field(), text);
        } catch (PlanFileException e) {
            throw new RegionException(e, "resolve.valueUnreadable", text, e.problems().get(0));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static RepositoryName regionName(String id) {
        try {
            return RepositoryName.region(id);
        } catch (StoreException e) {
            throw new RegionException(e, "region.id", id);
        }
    }

    @Override
    public Map<String, String> municipalitiesByEmail(Workspace workspace, RepositoryName repository,
            Collection<HistoryEntry> commits) {
        Map<String, String> found = new TreeMap<>();
        if (repository.kind() != RepositoryName.Kind.REGION
                || commits.stream().allMatch(commit -> commit.municipality().isPresent())) {
            return found;
        }
        try (RegionRepository region = new RegionRepository(workspace.open(repository))) {
            IncomingRules rules = new IncomingRules(region, new MergeBase(region));
            for (HistoryEntry commit : commits) {
                if (commit.municipality().isEmpty()) {
                    rules.municipalityOf(commit).ifPresent(code -> found.put(commit.commitId(), code));
                }
            }
        }
        return found;
    }

    private static List<RepositoryName> regions(Workspace workspace) {
        return workspace.repositories().stream().filter(name -> name.kind() == RepositoryName.Kind.REGION).toList();
    }

    private RegionChange announced(Workspace workspace, RepositoryName name, Optional<String> from) {
        try (RegionRepository repository = new RegionRepository(workspace.open(name))) {
            String head = repository.git().head().orElseThrow();
            planStore.announceUpdate(workspace, name, from, head);
            return change(repository, name, head);
        }
    }

    private static RegionChange change(RegionRepository repository, RepositoryName name, String commit) {
        RegionalPlan plan = RegionalPlans.at(repository, commit)
                .orElseThrow(() -> new RegionException("region.notRegional", name.folder()));
        return new RegionChange(name, plan, repository.git().commit(commit));
    }

    /** A new folder next to the regional plans, so that moving it into place is one rename. */
    private static Path temporaryFolder(Workspace workspace, String what) throws IOException {
        Path regions = workspace.root().resolve(RepositoryName.Kind.REGION.folder());
        Files.createDirectories(regions);
        return Files.createTempDirectory(regions, "." + what + "-");
    }

    /** Folders that a join or create killed halfway left behind ({@code region/.joining-...}). */
    private static void removeLeftovers(Workspace workspace) throws IOException {
        Path regions = workspace.root().resolve(RepositoryName.Kind.REGION.folder());
        if (!Files.isDirectory(regions)) {
            return;
        }
        try (Stream<Path> children = Files.list(regions)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(".joining-") || name.startsWith(".creating-")) {
                    FileTrees.delete(child);
                }
            }
        }
    }
}
