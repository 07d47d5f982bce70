package nl.veerkracht.ui.internal;

import java.nio.file.Path;
import java.util.Map;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.internal.ChecklistService;
import nl.veerkracht.checklist.internal.rules.BuiltInRules;
import nl.veerkracht.demo.DemoWorkspaces;
import nl.veerkracht.demo.internal.DemoBuilder;
import nl.veerkracht.monitor.internal.MonitorService;
import nl.veerkracht.province.internal.JGitProvinceService;
import nl.veerkracht.province.internal.MemberMirrorsSyncStep;
import nl.veerkracht.province.internal.ProvinceLinkCheck;
import nl.veerkracht.province.internal.ProvinceSyncStep;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.region.internal.JGitRegionService;
import nl.veerkracht.region.internal.RegionCommitRules;
import nl.veerkracht.region.internal.RegionCommitSigning;
import nl.veerkracht.region.internal.RegionLastSyncs;
import nl.veerkracht.region.internal.RegionSyncStep;
import nl.veerkracht.region.internal.StepwiseSync;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * The real services, wired by hand as Declarative Services wires them in the product, and the demo's
 * workspaces built with them: what the client's tests drive the window on.
 */
record DemoServices(PlanStore store, Checklist checklist, RegionService regions, nl.veerkracht.region.WorkspaceSync sync,
        DemoWorkspaces demo) {

    static DemoServices build(Path directory) {
        JGitPlanStore store = new JGitPlanStore();
        store.setSigningPolicy(new RegionCommitSigning());
        store.addCommitCheck(new RegionCommitRules());
        store.addCheck(new ProvinceLinkCheck());
        StepwiseSync sync = new StepwiseSync();
        sync.addStep(new RegionSyncStep(store), Map.of(SyncStep.ORDER, 100));
        sync.addStep(new ProvinceSyncStep(store), Map.of(SyncStep.ORDER, 200));
        sync.addStep(new MemberMirrorsSyncStep(store), Map.of(SyncStep.ORDER, 300));
        JGitRegionService regions = new JGitRegionService(store);
        JGitProvinceService provinces = new JGitProvinceService(store);
        DemoWorkspaces demo = new DemoBuilder(store, regions, sync, provinces, new MonitorService()).build(directory.resolve("demo"), step -> { });
        Checklist checklist = new ChecklistService(store, BuiltInRules.all(), RuleSettings.DEFAULTS,
                new RegionLastSyncs());
        return new DemoServices(store, checklist, regions, sync, demo);
    }

    WorkspaceSession bredaSession() {
        return new WorkspaceSession(demo.breda(), store, checklist, regions, sync);
    }
}
