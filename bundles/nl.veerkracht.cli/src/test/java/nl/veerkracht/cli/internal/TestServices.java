package nl.veerkracht.cli.internal;

import java.util.Map;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.internal.ChecklistService;
import nl.veerkracht.checklist.internal.rules.BuiltInRules;
import nl.veerkracht.demo.internal.DemoBuilder;
import nl.veerkracht.index.WorkspaceIndex;
import nl.veerkracht.index.internal.DatabaseChoice;
import nl.veerkracht.index.internal.EclipseLinkWorkspaceIndex;
import nl.veerkracht.monitor.internal.MonitorService;
import nl.veerkracht.province.internal.JGitProvinceService;
import nl.veerkracht.province.internal.MemberMirrorsSyncStep;
import nl.veerkracht.province.internal.ProvinceLinkCheck;
import nl.veerkracht.province.internal.ProvinceSyncStep;
import nl.veerkracht.report.internal.CouncilReportService;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.region.internal.JGitRegionService;
import nl.veerkracht.region.internal.RegionCommitRules;
import nl.veerkracht.region.internal.RegionCommitSigning;
import nl.veerkracht.region.internal.RegionLastSyncs;
import nl.veerkracht.region.internal.RegionSyncStep;
import nl.veerkracht.region.internal.StepwiseSync;
import nl.veerkracht.store.RepositoryListener;
import nl.veerkracht.store.internal.JGitPlanStore;

/** The real services, wired by hand as Declarative Services wires them in the product. */
final class TestServices {

    private TestServices() {
    }

    static Services create() {
        return create(RuleSettings.DEFAULTS);
    }

    /** The services with this index (and the store telling it of every commit). */
    static Services create(WorkspaceIndex index) {
        return create(RuleSettings.DEFAULTS, index);
    }

    /** The services with the ten-point check configured by {@code settings}. */
    static Services create(RuleSettings settings) {
        return create(settings, EclipseLinkWorkspaceIndex.choosing(DatabaseChoice.fromWorkspaceFile()));
    }

    private static Services create(RuleSettings settings, WorkspaceIndex index) {
        JGitPlanStore store = new JGitPlanStore();
        if (index instanceof RepositoryListener listener) {
            store.addListener(listener);
        }
        store.setSigningPolicy(new RegionCommitSigning());
        store.addCommitCheck(new RegionCommitRules());
        store.addCheck(new ProvinceLinkCheck());
        StepwiseSync sync = new StepwiseSync();
        sync.addStep(new RegionSyncStep(store), Map.of(SyncStep.ORDER, 100));
        sync.addStep(new ProvinceSyncStep(store), Map.of(SyncStep.ORDER, 200));
        sync.addStep(new MemberMirrorsSyncStep(store), Map.of(SyncStep.ORDER, 300));
        Checklist checklist = new ChecklistService(store, BuiltInRules.all(), settings, new RegionLastSyncs());
        JGitRegionService regions = new JGitRegionService(store);
        JGitProvinceService provinces = new JGitProvinceService(store);
        MonitorService monitor = new MonitorService();
        return new Services(store, new DemoBuilder(store, regions, sync, provinces, monitor), checklist, regions, sync,
                provinces, index, monitor, new CouncilReportService(store, checklist));
    }
}
