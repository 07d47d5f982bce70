package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * The services of a region wired as Declarative Services wires them, without OSGi, and municipalities
 * that each have a workspace in a temporary folder: what the region tests share.
 */
final class RegionFixture {

    static final String REGION = "west-brabant";
    static final RepositoryName REGION_REPOSITORY = RepositoryName.region(REGION);

    final JGitPlanStore store = new JGitPlanStore();
    final JGitRegionService regions;
    final StepwiseSync sync;
    private final Path root;

    RegionFixture(Path root) {
        this(root, Duration.ofSeconds(10));
    }

    RegionFixture(Path root, Duration lockWait) {
        this.root = root;
        store.setSigningPolicy(new RegionCommitSigning());
        regions = new JGitRegionService(store);
        sync = new StepwiseSync(lockWait);
        sync.addStep(new RegionSyncStep(store), Map.of(SyncStep.ORDER, 100));
    }

    /** A municipality with its own workspace. */
    record Member(String code, String name, Workspace workspace, Author author) {

        Path region() {
            return workspace.directoryOf(REGION_REPOSITORY);
        }
    }

    Member municipality(String code, String name) {
        Author author = new Author("Beleid " + name, code.toLowerCase() + "@example.nl");
        Workspace workspace = store.init(root.resolve(code), code, name, Optional.of("PV30"), Optional.of(author));
        return new Member(code, name, workspace, author);
    }

    RegionChange create(Member coordinator, Optional<String> hub, boolean signed) {
        return regions.create(coordinator.workspace(), new NewRegion(REGION, "West-Brabant", Optional.empty(), hub,
                signed));
    }

    RegionChange addMember(Member coordinator, Member member, Optional<String> key) {
        return regions.addMember(coordinator.workspace(), REGION, new NewMember(member.code(), member.name(),
                member.region().toString(), Optional.of(member.workspace().directoryOf(RepositoryName.PLAN).toString()),
                key));
    }

    RegionChange join(Member member, Path from) {
        return regions.join(member.workspace(), from.toString());
    }

    static void write(Member member, String path, String content) throws IOException {
        Path file = member.region().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static String read(Member member, String path) throws IOException {
        return Files.readString(member.region().resolve(path), StandardCharsets.UTF_8);
    }

    HistoryEntry commit(Member member, String message) {
        return store.commit(member.workspace(), REGION_REPOSITORY, message, Optional.of(member.author()));
    }

    RegionSyncReport sync(Member member) {
        SyncReport report = sync.sync(member.workspace(), SyncProgress.NONE);
        return (RegionSyncReport) report.steps().get(0);
    }

    static Optional<String> head(Member member) {
        try (PlanRepository git = PlanRepository.open(member.region())) {
            return git.head();
        }
    }

    static String tree(Member member) {
        try (PlanRepository git = PlanRepository.open(member.region())) {
            return git.treeOf(git.head().orElseThrow());
        }
    }
}
