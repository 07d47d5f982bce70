package nl.veerkracht.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * Three municipalities with a workspace each, in one region as the region tests and the demo build it: Breda
 * (GM0758) coordinates Etten-Leur (GM0777) and Roosendaal (GM1674), peer to peer, each fetching the others'
 * clones and own plans from their folders. Breda wrote two shared actions: the fund, in which all three take
 * part, and the vouchers, in which Roosendaal does not.
 */
final class WestBrabantWorkspaces {

    static final RepositoryName REGION = RepositoryName.region("west-brabant");
    static final String FUND = "actions/GM0758-binnenstadfonds.yaml";
    static final String VOUCHERS = "actions/GM0758-vouchers.yaml";
    static final String DESCRIPTION = "Een fonds voor de binnensteden.\nBreda beheert het fonds.\nAanvragen elk kwartaal.\n";

    /** A municipality and its workspace. */
    record Member(String code, String name, Workspace workspace, Author author) {
        Path region() {
            return workspace.directoryOf(REGION);
        }
    }

    final DemoServices.Wiring services = DemoServices.Wiring.real();
    final Member breda;
    final Member ettenLeur;
    final Member roosendaal;

    /** @param roosendaalUrl where the others fetch Roosendaal's clone; its folder when empty */
    WestBrabantWorkspaces(Path root, Optional<String> roosendaalUrl) throws IOException {
        breda = municipality(root, "GM0758", "Breda");
        ettenLeur = municipality(root, "GM0777", "Etten-Leur");
        roosendaal = municipality(root, "GM1674", "Roosendaal");
        services.regions().create(breda.workspace(), new NewRegion("west-brabant", "West-Brabant", Optional.empty(),
                Optional.empty(), false));
        addMember(ettenLeur, Optional.empty());
        addMember(roosendaal, roosendaalUrl);
        write(breda, FUND, action("GM0758-binnenstadfonds", "Regionaal binnenstadfonds", List.of("GM0758", "GM0777",
                "GM1674"), "GM0758: 20000"));
        write(breda, VOUCHERS, action("GM0758-vouchers", "Digitaliseringsvouchers", List.of("GM0758", "GM0777")));
        commit(breda, "Twee gedeelde acties");
        services.regions().join(ettenLeur.workspace(), breda.region().toString());
        services.regions().join(roosendaal.workspace(), breda.region().toString());
    }

    private Member municipality(Path root, String code, String name) {
        Author author = new Author("Beleid " + name, code.toLowerCase() + "@example.nl");
        Workspace workspace = services.store().init(root.resolve(code), code, name, Optional.of("PV30"),
                Optional.of(author));
        return new Member(code, name, workspace, author);
    }

    private void addMember(Member member, Optional<String> url) {
        services.regions().addMember(breda.workspace(), "west-brabant", new NewMember(member.code(), member.name(),
                url.orElse(member.region().toString()),
                Optional.of(member.workspace().directoryOf(RepositoryName.PLAN).toString()), Optional.empty()));
    }

    static String action(String id, String title, List<String> participants, String... contributions) {
        StringBuilder text = new StringBuilder();
        text.append("id: ").append(id).append('\n');
        text.append("title: ").append(title).append('\n');
        text.append("description: |\n");
        DESCRIPTION.lines().forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("term: medium\n");
        text.append("budget:\n  amount: 50000\n  source: region\n");
        text.append("status: planned\n");
        text.append("lead_municipality: GM0758\n");
        text.append("participants:\n");
        participants.forEach(code -> text.append("  - ").append(code).append('\n'));
        if (contributions.length > 0) {
            text.append("contributions:\n");
            for (String contribution : contributions) {
                text.append("  ").append(contribution).append('\n');
            }
        }
        return text.toString();
    }

    static void write(Member member, String path, String content) throws IOException {
        Path file = member.region().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    static String read(Member member, String path) throws IOException {
        return Files.readString(member.region().resolve(path));
    }

    /** Changes a line of a file of a member's clone, as a text editor would. */
    static void replace(Member member, String path, String from, String to) throws IOException {
        String text = read(member, path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " has no " + from);
        }
        write(member, path, text.replace(from, to));
    }

    /** Commits a member's clone with the region's rules, as {@code veerkracht commit --repo} does. */
    HistoryEntry commit(Member member, String message) {
        return services.store().commit(member.workspace(), REGION, message, Optional.of(member.author()));
    }

    /** Commits a member's clone without the region's rules: as plain Git or an older Veerkracht would. */
    static HistoryEntry commitUnchecked(Member member, String message) {
        JGitPlanStore unchecked = new JGitPlanStore();
        return unchecked.commit(member.workspace(), REGION, message, Optional.of(member.author()));
    }

    SyncReport sync(Member member) {
        return services.sync().sync(member.workspace(), SyncProgress.NONE);
    }

    static String tree(Member member) {
        try (PlanRepository git = PlanRepository.open(member.region())) {
            return git.treeOf(git.head().orElseThrow());
        }
    }

    List<Member> all() {
        return List.of(breda, ettenLeur, roosendaal);
    }
}
