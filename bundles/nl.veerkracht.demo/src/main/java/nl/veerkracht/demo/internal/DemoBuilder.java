package nl.veerkracht.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.demo.Demo;
import nl.veerkracht.demo.DemoProgress;
import nl.veerkracht.demo.DemoStep;
import nl.veerkracht.demo.DemoWorkspaces;
import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.monitor.IndicatorUpdate;
import nl.veerkracht.monitor.Monitor;
import nl.veerkracht.province.ProvinceService;
import nl.veerkracht.province.ProvinceStepReport;
import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.ResolutionChoice;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.region.WorkspaceSync;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * Builds the demo through the plan store, as a user's commands would: every file is written in
 * the canonical form, validated and committed by the same code paths.
 */
@Component(service = Demo.class)
public final class DemoBuilder implements Demo {

    private final PlanStore store;
    private final RegionService regions;
    private final WorkspaceSync sync;
    private final ProvinceService provinces;
    private final Monitor monitor;

    @Activate
    public DemoBuilder(@Reference PlanStore store, @Reference RegionService regions, @Reference WorkspaceSync sync,
            @Reference ProvinceService provinces, @Reference Monitor monitor) {
        this.store = store;
        this.regions = regions;
        this.sync = sync;
        this.provinces = provinces;
        this.monitor = monitor;
    }

    @Override
    public DemoWorkspaces build(Path directory, DemoProgress progress) {
        Path root = directory.toAbsolutePath().normalize();
        Workspace breda = store.init(root.resolve("breda"), BredaScript.CODE, BredaScript.NAME,
                Optional.of(BredaScript.PROVINCE), Optional.of(BredaScript.OFFICIAL));
        progress.done(DemoStep.of("init", BredaScript.NAME, BredaScript.CODE, breda.root().toString()));
        commit(breda, BredaScript.BEFORE_APPROVAL, progress);
        CouncilApproval approval = store.approve(breda, BredaScript.APPROVAL_DATE,
                Optional.of(BredaScript.APPROVAL_MESSAGE), Optional.of(BredaScript.ALDERMAN));
        progress.done(DemoStep.of("approve", approval.tagName()));
        commit(breda, BredaScript.AFTER_APPROVAL, progress);
        monitor(breda, progress);

        Workspace province = province(root, progress);
        Map<String, Workspace> members = new LinkedHashMap<>();
        members.put(BredaScript.CODE, breda);
        for (WestBrabantScript.Member member : WestBrabantScript.NEIGHBOURS) {
            members.put(member.code(), neighbour(root, member, progress));
        }
        String tree = region(breda, members, province, progress);
        return new DemoWorkspaces(root, breda, approval.tagName(), members, province, tree, BredaScript.STORY_DAY);
    }

    /**
     * Breda fills its CBS indicator as {@code monitor update} does, from the CBS responses the demo ships (no
     * network): {@code .veerkracht/monitor.cfg} points at a server on the loopback address for the update and is
     * removed afterwards, so that a later {@code monitor update} in the demo asks CBS itself. The new periods and
     * the revision are committed, and the scorecard sees a fresh indicator on track.
     */
    private void monitor(Workspace breda, DemoProgress progress) {
        Path settings = breda.stateDirectory().resolve("monitor.cfg");
        IndicatorUpdate update;
        try (ShippedCbs cbs = ShippedCbs.start()) {
            Files.createDirectories(settings.getParent());
            Files.writeString(settings, "# de demo: CBS-antwoorden die de demo meebrengt, zonder netwerk\ncbs.v3.url = "
                    + cbs.base() + "\n", StandardCharsets.UTF_8);
            update = monitor.update(breda, List.of(BredaScript.CBS_INDICATOR)).get(0);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", settings, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(settings);
            } catch (IOException e) {
                // the demo's settings file is harmless; the next update names it if it is in the way
            }
        }
        if (update.failure().isPresent() || update.nothingNew()) {
            throw new IllegalStateException("the demo's CBS indicator was not filled: " + update);
        }
        progress.done(DemoStep.of("monitor", BredaScript.CBS_INDICATOR, BredaScript.CBS_TABLE,
                String.join(", ", update.added().stream().map(o -> o.period() + ": " + o.value().toPlainString()
                        + (update.provisional().contains(o.period()) ? "*" : "")).toList()),
                String.join(", ", update.revised().stream().map(r -> r.period() + ": " + r.before().toPlainString()
                        + " -> " + r.after().toPlainString()).toList())));
        store.commit(breda, RepositoryName.PLAN, BredaScript.CBS_MESSAGE, Optional.of(BredaScript.OFFICIAL));
        progress.done(DemoStep.of("commit", BredaScript.OFFICIAL.name(), BredaScript.CBS_MESSAGE));
    }

    /** Noord-Brabant publishes its recovery programme: a province's workspace with its tasks. */
    private Workspace province(Path root, DemoProgress progress) {
        Workspace province = store.init(root.resolve(WestBrabantScript.PROVINCE_FOLDER), WestBrabantScript.PROVINCE_CODE,
                WestBrabantScript.PROVINCE_NAME, Optional.empty(), Optional.of(WestBrabantScript.PROVINCE_AUTHOR));
        Path plan = province.directoryOf(RepositoryName.PLAN);
        for (String file : WestBrabantScript.PROGRAMME) {
            writeCanonical(plan, "noord-brabant/1-programma/" + file, file);
        }
        store.commit(province, RepositoryName.PLAN, "Herstelprogramma: energietransitie, digitalisering mkb, vrijetijdseconomie",
                Optional.of(WestBrabantScript.PROVINCE_AUTHOR));
        progress.done(DemoStep.of("province", WestBrabantScript.PROVINCE_NAME, WestBrabantScript.PROVINCE_CODE,
                Integer.toString(WestBrabantScript.PROGRAMME.size() - 1)));
        return province;
    }

    /** A neighbour of Breda starts its own plan, with an action that links to the province. */
    private Workspace neighbour(Path root, WestBrabantScript.Member member, DemoProgress progress) {
        Workspace workspace = store.init(root.resolve(member.folder()), member.code(), member.name(),
                Optional.of(WestBrabantScript.PROVINCE_CODE), Optional.of(member.author()));
        Path plan = workspace.directoryOf(RepositoryName.PLAN);
        for (String file : member.files()) {
            writeCanonical(plan, member.folder() + "/" + file, file);
        }
        store.commit(workspace, RepositoryName.PLAN, "Herstelaanpak " + member.name() + ": visie, trekkers en een eerste actie",
                Optional.of(member.author()));
        progress.done(DemoStep.of("neighbour", member.name(), member.code()));
        return workspace;
    }

    /**
     * The region: Breda creates it and the shared fund, the neighbours join and follow the province,
     * everyone edits the fund, Etten-Leur meets a conflict and settles it, everyone syncs until all
     * clones agree; then the province updates its programme and two members see what it means for them.
     *
     * @return the tree all clones of the regional plan end at
     */
    private String region(Workspace breda, Map<String, Workspace> members, Workspace province, DemoProgress progress) {
        RepositoryName region = RepositoryName.region(WestBrabantScript.REGION);
        regions.create(breda, new NewRegion(WestBrabantScript.REGION, WestBrabantScript.REGION_NAME, Optional.empty(),
                Optional.empty(), false));
        progress.done(DemoStep.of("regionCreated", WestBrabantScript.REGION_NAME, BredaScript.NAME));
        for (WestBrabantScript.Member member : WestBrabantScript.NEIGHBOURS) {
            Workspace workspace = members.get(member.code());
            regions.addMember(breda, WestBrabantScript.REGION, new NewMember(member.code(), member.name(),
                    workspace.directoryOf(region).toString(),
                    Optional.of(workspace.directoryOf(RepositoryName.PLAN).toString()), Optional.empty()));
        }
        Path bredaRegion = breda.directoryOf(region);
        writeCanonical(bredaRegion, "west-brabant/actions/" + WestBrabantScript.FUND + ".yaml",
                "actions/" + WestBrabantScript.FUND + ".yaml");
        store.commit(breda, region, "Regionaal ondernemersfonds, met de bijdrage van Breda",
                Optional.of(BredaScript.OFFICIAL));
        progress.done(DemoStep.of("fund", WestBrabantScript.REGION_NAME));

        String provinceUrl = province.directoryOf(RepositoryName.PLAN).toString();
        provinces.follow(breda, provinceUrl);
        for (WestBrabantScript.Member member : WestBrabantScript.NEIGHBOURS) {
            Workspace workspace = members.get(member.code());
            regions.join(workspace, bredaRegion.toString());
            ProvinceStepReport.Pull followed = provinces.follow(workspace, provinceUrl);
            progress.done(DemoStep.of("joined", member.name(), WestBrabantScript.REGION_NAME,
                    WestBrabantScript.PROVINCE_NAME));
            if (member.code().equals("GM0748")) {
                progress.followed(member.name(), followed);
            }
        }

        // a round of edits: every neighbour adds its own contribution; two of them raise the fund differently
        Workspace ettenLeur = members.get("GM0777");
        Workspace roosendaal = members.get("GM1674");
        Workspace bergenOpZoom = members.get("GM0748");
        writeCanonical(ettenLeur.directoryOf(region), "west-brabant/actions/" + WestBrabantScript.JOBS + ".yaml",
                "actions/" + WestBrabantScript.JOBS + ".yaml");
        editFund(ettenLeur, "GM0777", 60000, Optional.of(450000L));
        commitRegion(ettenLeur, "Etten-Leur draagt bij aan het fonds, stelt het op 450.000 en start werkgelegenheid",
                WestBrabantScript.NEIGHBOURS.get(0).author(), progress);
        editFund(roosendaal, "GM1674", 90000, Optional.of(420000L));
        commitRegion(roosendaal, "Roosendaal draagt bij aan het fonds en stelt het op 420.000",
                WestBrabantScript.NEIGHBOURS.get(1).author(), progress);
        editFund(bergenOpZoom, "GM0748", 50000, Optional.empty());
        commitRegion(bergenOpZoom, "Bergen op Zoom draagt bij aan het fonds", WestBrabantScript.NEIGHBOURS.get(2).author(),
                progress);

        SyncReport first = sync.sync(ettenLeur, SyncProgress.NONE);
        progress.synced("Etten-Leur", first, true);
        progress.conflicts("Etten-Leur", regions.conflicts(ettenLeur));
        regions.resolve(ettenLeur, WestBrabantScript.FUND, FieldPath.parse("budget.amount"),
                ResolutionChoice.value(WestBrabantScript.AGREED_FUND_BUDGET), Optional.empty());
        progress.done(DemoStep.of("resolved", "Etten-Leur", WestBrabantScript.FUND, "budget.amount",
                WestBrabantScript.AGREED_FUND_BUDGET));
        progress.synced("Etten-Leur", sync.sync(ettenLeur, SyncProgress.NONE), true);
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, Workspace> member : members.entrySet()) {
                progress.synced(nameOf(member.getKey()), sync.sync(member.getValue(), SyncProgress.NONE), false);
            }
        }
        String tree = agreedTree(members, region);
        progress.done(DemoStep.of("agreed", Integer.toString(members.size()), tree.substring(0, 10)));

        // the province updates its programme; Breda and Bergen op Zoom pull it in
        Path programme = province.directoryOf(RepositoryName.PLAN);
        for (String file : WestBrabantScript.PROGRAMME_UPDATE) {
            writeCanonical(programme, "noord-brabant/2-update/" + file, file);
        }
        store.commit(province, RepositoryName.PLAN,
                "Voucher verlengd tot 30 april, vrijetijdseconomie gesloten, circulaire maakindustrie erbij",
                Optional.of(WestBrabantScript.PROVINCE_AUTHOR));
        progress.done(DemoStep.of("provinceUpdated", WestBrabantScript.PROVINCE_NAME));
        progress.synced(BredaScript.NAME, sync.sync(breda, SyncProgress.NONE), true);
        progress.synced("Bergen op Zoom", sync.sync(bergenOpZoom, SyncProgress.NONE), true);
        return tree;
    }

    private void editFund(Workspace workspace, String code, long contribution, Optional<Long> budget) {
        Path file = workspace.directoryOf(RepositoryName.region(WestBrabantScript.REGION))
                .resolve("actions/" + WestBrabantScript.FUND + ".yaml");
        DocumentEdit.edit(file, "actions/" + WestBrabantScript.FUND + ".yaml", fund -> {
            MapNode contributions = (MapNode) fund.get("contributions").orElse(MapNode.empty());
            MapNode edited = fund.with("contributions", contributions.with(code, ScalarNode.integer(contribution)));
            if (budget.isPresent()) {
                MapNode money = (MapNode) edited.get("budget").orElse(MapNode.empty());
                edited = edited.with("budget", money.with("amount", ScalarNode.integer(budget.get())));
            }
            return edited;
        });
    }

    private void commitRegion(Workspace workspace, String message, Author author,
            DemoProgress progress) {
        store.commit(workspace, RepositoryName.region(WestBrabantScript.REGION), message, Optional.of(author));
        progress.done(DemoStep.of("commit", author.name(), message));
    }

    /** The tree all clones of the regional plan agree on; the demo fails loudly if they do not. */
    private static String agreedTree(Map<String, Workspace> members, RepositoryName region) {
        Set<String> trees = new TreeSet<>();
        for (Workspace workspace : members.values()) {
            try (PlanRepository clone = workspace.open(region)) {
                trees.add(clone.treeOf(clone.head().orElseThrow()));
            }
        }
        if (trees.size() != 1) {
            throw new IllegalStateException("the demo's clones of the regional plan differ: " + trees);
        }
        return trees.iterator().next();
    }

    private static String nameOf(String code) {
        if (code.equals(BredaScript.CODE)) {
            return BredaScript.NAME;
        }
        return WestBrabantScript.NEIGHBOURS.stream().filter(member -> member.code().equals(code))
                .map(WestBrabantScript.Member::name).findFirst().orElse(code);
    }

    private void commit(Workspace workspace, List<BredaScript.Commit> commits, DemoProgress progress) {
        Path plan = workspace.directoryOf(RepositoryName.PLAN);
        for (BredaScript.Commit commit : commits) {
            for (String file : commit.files()) {
                writeCanonical(plan, "breda/" + commit.folder() + "/" + file, file);
            }
            store.commit(workspace, RepositoryName.PLAN, commit.message(), Optional.of(commit.author()));
            progress.done(DemoStep.of("commit", commit.author().name(), commit.message()));
        }
    }

    /** Writes a resource into the plan in the canonical form the format writes. */
    static void writeCanonical(Path plan, String resource, String path) {
        byte[] bytes;
        try (InputStream in = DemoBuilder.class.getResourceAsStream("/OSGI-INF/demo/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the demo lacks its resource " + resource);
            }
            bytes = in.readAllBytes();
            Path target = plan.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, PlanFiles.write(path, PlanFiles.read(path, bytes)));
        } catch (PlanFileException e) {
            throw new IllegalStateException("the demo's own file " + resource + " is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", plan, e.getMessage());
        }
    }
}
