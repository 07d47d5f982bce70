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
import nl.veerkracht.region.WorkspaceSync;
import nl.veerkracht.region.internal.JGitRegionService;
import nl.veerkracht.region.internal.RegionCommitRules;
import nl.veerkracht.region.internal.RegionCommitSigning;
import nl.veerkracht.region.internal.RegionLastSyncs;
import nl.veerkracht.region.internal.RegionSyncStep;
import nl.veerkracht.region.internal.StepwiseSync;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * The real services, wired by hand as Declarative Services wires them in the product, and the demo's
 * workspaces built with them: what the client's tests drive the window on.
 */
record DemoServices(Wiring services, DemoWorkspaces demo) {

    /** The product's services, wired as Declarative Services wires them. */
    record Wiring(JGitPlanStore store, WorkspaceSync sync, RegionService regions, JGitProvinceService provinces,
            Checklist checklist) {

        static Wiring real() {
            JGitPlanStore store = new JGitPlanStore();
            store.setSigningPolicy(new RegionCommitSigning());
            store.addCommitCheck(new RegionCommitRules());
            store.addCheck(new ProvinceLinkCheck());
            StepwiseSync sync = new StepwiseSync();
            sync.addStep(new RegionSyncStep(store), Map.of(SyncStep.ORDER, 100));
            sync.addStep(new ProvinceSyncStep(store), Map.of(SyncStep.ORDER, 200));
            sync.addStep(new MemberMirrorsSyncStep(store), Map.of(SyncStep.ORDER, 300));
            Checklist checklist = new ChecklistService(store, BuiltInRules.all(), RuleSettings.DEFAULTS,
                    new RegionLastSyncs());
            return new Wiring(store, sync, new JGitRegionService(store), new JGitProvinceService(store), checklist);
        }

        /** The client's session on a workspace. */
        WorkspaceSession session(Workspace workspace) {
            return new WorkspaceSession(workspace, store, checklist, regions, sync);
        }
    }

    static DemoServices build(Path directory) {
        Wiring services = Wiring.real();
        DemoWorkspaces demo = new DemoBuilder(services.store(), services.regions(), services.sync(), services.provinces(),
                new MonitorService()).build(directory.resolve("demo"), step -> { });
        return new DemoServices(services, demo);
    }

    PlanStore store() {
        return services.store();
    }

    Checklist checklist() {
        return services.checklist();
    }

    WorkspaceSession bredaSession() {
        return services.session(demo.breda());
    }
}
