package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;
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

    /** The three members of {@link #westBrabant()}. */
    record WestBrabant(Member breda, Member ettenLeur, Member roosendaal) {
    }

    /**
     * The region the rules are tried on: Breda (GM0758) coordinates Etten-Leur (GM0777) and Roosendaal (GM1674),
     * peer to peer; Breda writes two shared actions, the fonds (all three take part) and the vouchers
     * (Roosendaal does not), and both others join.
     */
    WestBrabant westBrabant() throws IOException {
        Member breda = municipality("GM0758", "Breda");
        Member ettenLeur = municipality("GM0777", "Etten-Leur");
        Member roosendaal = municipality("GM1674", "Roosendaal");
        create(breda, Optional.empty(), false);
        addMember(breda, ettenLeur, Optional.empty());
        addMember(breda, roosendaal, Optional.empty());
        write(breda, Actions.FONDS, Actions.fonds());
        write(breda, Actions.VOUCHERS, Actions.vouchers());
        commit(breda, "Twee gedeelde acties");
        join(ettenLeur, breda.region());
        join(roosendaal, breda.region());
        return new WestBrabant(breda, ettenLeur, roosendaal);
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

    /** What a sync of the one regional plan says about the member (or hub) {@code code}. */
    static SourceReport source(RegionSyncReport report, String code) {
        return report.regions().get(0).sources().stream().filter(source -> source.code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** {@code at} syncs: the tip from {@code source} is refused for {@code rule}, and at's branch and tree stay. */
    Refusal refused(Member at, String source, Rule rule) {
        String head = head(at).orElseThrow();
        String tree = tree(at);
        RegionSyncReport report = sync(at);
        assertEquals(SyncOutcome.REFUSED, report.outcome(), report::toString);
        SourceReport from = source(report, source);
        assertEquals(SourceReport.Status.REFUSED, from.status(), report::toString);
        Refusal refusal = from.refusal().orElseThrow();
        assertEquals(rule, refusal.rule(), refusal::toString);
        assertEquals(head, head(at).orElseThrow(), "nothing merged");
        assertEquals(tree, tree(at), "nothing merged");
        return refusal;
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
