package nl.veerkracht.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.demo.internal.DemoBuilder;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.internal.MonitorService;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.internal.JGitProvinceService;
import nl.veerkracht.province.internal.MemberMirrorsSyncStep;
import nl.veerkracht.province.internal.ProvinceLinkCheck;
import nl.veerkracht.province.internal.ProvinceSyncStep;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.region.internal.JGitRegionService;
import nl.veerkracht.region.internal.RegionCommitSigning;
import nl.veerkracht.region.internal.RegionSyncStep;
import nl.veerkracht.region.internal.StepwiseSync;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * The demo builds what it promises: a valid Breda plan with a history and a council approval; a region
 * of four whose clones agree after one conflict; the province's update reported to the members it
 * concerns; and every repository acceptable to C git.
 */
class DemoBuilderTest {

    @TempDir
    Path temp;

    private JGitPlanStore store;
    private JGitProvinceService provinces;
    private DemoBuilder builder;

    @BeforeEach
    void services() {
        store = new JGitPlanStore();
        store.setSigningPolicy(new RegionCommitSigning());
        store.addCheck(new ProvinceLinkCheck());
        StepwiseSync sync = new StepwiseSync();
        sync.addStep(new RegionSyncStep(store), Map.of(SyncStep.ORDER, 100));
        sync.addStep(new ProvinceSyncStep(store), Map.of(SyncStep.ORDER, 200));
        sync.addStep(new MemberMirrorsSyncStep(store), Map.of(SyncStep.ORDER, 300));
        provinces = new JGitProvinceService(store);
        builder = new DemoBuilder(store, new JGitRegionService(store), sync, provinces, new MonitorService());
    }

    @Test
    void theDemoTellsTheWholeStoryAndEveryRepositoryIsSound() throws Exception {
        List<DemoStep> steps = new ArrayList<>();
        List<String> syncs = new ArrayList<>();
        List<Integer> conflicts = new ArrayList<>();
        DemoWorkspaces demo = builder.build(temp.resolve("demo"), new DemoProgress() {
            @Override
            public void done(DemoStep step) {
                steps.add(step);
            }

            @Override
            public void synced(String municipality, SyncReport report, boolean shown) {
                syncs.add(municipality + " " + report.outcome());
            }

            @Override
            public void conflicts(String municipality, List<nl.veerkracht.region.PendingMerge> pending) {
                conflicts.add(pending.stream().mapToInt(merge -> merge.open().size()).sum());
            }
        });

        PlanVersion plan = store.readWorkingTree(demo.breda(), RepositoryName.PLAN);
        assertEquals(List.of(), plan.problems());
        assertEquals(5, plan.contents().actions().size());
        assertEquals("raad/2026-05-12", demo.approval());
        List<HistoryEntry> history = store.log(demo.breda(), RepositoryName.PLAN);
        assertEquals(7, history.size(), "init and six commits of Breda's own plan");
        assertEquals(List.of("init", "commit", "commit", "commit", "approve", "commit", "commit", "monitor", "commit"),
                steps.subList(0, 9).stream().map(DemoStep::key).toList());

        assertEquals("Etten-Leur " + SyncOutcome.CONFLICTS, syncs.get(0), "the first sync meets the conflict");
        assertEquals(List.of(1), conflicts, "exactly one conflict");
        assertEquals("Etten-Leur " + SyncOutcome.DONE, syncs.get(1), "resolved, the merge is made");
        assertEquals(4, demo.members().size());
        for (Workspace member : demo.members().values()) {
            try (PlanRepository clone = member.open(RepositoryName.region("west-brabant"))) {
                assertEquals(demo.regionalTree(), clone.treeOf(clone.head().orElseThrow()));
                assertTrue(clone.isClean());
            }
            assertFsckClean(member.directoryOf(RepositoryName.region("west-brabant")));
            assertFsckClean(member.directoryOf(RepositoryName.PLAN));
        }

        ProvinceReport breda = provinces.lastReport(demo.breda(), "PV30").orElseThrow();
        assertEquals(List.of("digitalisering-mkb"), breda.changedTasks().stream().map(ProvinceReport.TaskChange::taskId).toList());
        assertEquals(List.of("Brabant Circulair"), breda.newProgrammes().stream().map(ProvinceReport.NewProgramme::programme).toList());
        ProvinceReport bergenOpZoom = provinces.lastReport(demo.members().get("GM0748"), "PV30").orElseThrow();
        assertEquals(List.of("PV30/vrijetijdseconomie"), bergenOpZoom.brokenLinks().stream()
                .map(ProvinceReport.BrokenLink::link).toList());
        assertEquals(1, store.readWorkingTree(demo.members().get("GM0748"), RepositoryName.PLAN).problems().size(),
                "validate flags Bergen op Zoom's link to the closed task");
        assertFsckClean(demo.breda().directoryOf(RepositoryName.province("PV30")));
    }

    @Test
    void breda_sCbsIndicatorIsFilledFromTheShippedResponsesCommittedAndFreshOnTheStoryDay() throws Exception {
        List<DemoStep> steps = new ArrayList<>();
        DemoWorkspaces demo = builder.build(temp.resolve("demo"), steps::add);
        Path plan = demo.breda().directoryOf(RepositoryName.PLAN);

        assertEquals("""
                period,value,source
                2025,14420,cbs
                2026-Q1,14530,cbs
                2026-Q2,14580,cbs
                2026-Q3,14640,cbs
                """, Files.readString(plan.resolve("indicators/vestigingen.csv")), "the shipped CBS figures, as update writes them");
        DemoStep filled = steps.stream().filter(step -> step.key().equals("monitor")).findFirst().orElseThrow();
        assertEquals(List.of("vestigingen", "81575NED", "2026-Q2: 14580, 2026-Q3: 14640*", "2026-Q1: 14510 -> 14530"),
                filled.arguments());

        List<HistoryEntry> history = store.log(demo.breda(), RepositoryName.PLAN);
        assertTrue(history.stream().anyMatch(entry -> entry.message().startsWith("Vestigingen bijgewerkt uit CBS StatLine")),
                history.toString());
        try (PlanRepository repository = demo.breda().open(RepositoryName.PLAN)) {
            assertTrue(repository.isClean(), "the update is committed");
        }
        assertFalse(Files.exists(demo.breda().stateDirectory().resolve("monitor.cfg")),
                "a later monitor update in the demo asks CBS itself");

        IndicatorStatus status = new MonitorService().status(demo.breda(), demo.storyDay()).stream()
                .filter(s -> s.indicator().equals("vestigingen")).findFirst().orElseThrow();
        assertFalse(status.stale());
        assertEquals(Optional.of(true), status.onTrack());
        assertEquals(Optional.of(28), status.progress());
    }

    @Test
    void theDemoFilesAreWrittenInTheCanonicalFormAlready() throws Exception {
        DemoWorkspaces demo = builder.build(temp.resolve("demo"), step -> { });
        Path plan = demo.breda().directoryOf(RepositoryName.PLAN);
        try (var files = Files.walk(plan)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/.git/")).toList()) {
                String path = plan.relativize(file).toString();
                byte[] bytes = Files.readAllBytes(file);
                assertArrayEquals(bytes, PlanFiles.write(path, PlanFiles.read(path, bytes)), path);
            }
        }
    }

    private void assertFsckClean(Path directory) throws Exception {
        Process git = new ProcessBuilder("git", "fsck", "--full", "--strict", "--no-dangling")
                .directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(git.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, git.exitValue(), output);
        assertEquals("", output.strip());
    }
}
