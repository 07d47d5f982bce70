package nl.veerkracht.cli.internal;

import java.util.Map;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.internal.ChecklistService;
import nl.veerkracht.checklist.internal.rules.BuiltInRules;
import nl.veerkracht.demo.internal.DemoBuilder;
import nl.veerkracht.province.internal.JGitProvinceService;
import nl.veerkracht.province.internal.MemberMirrorsSyncStep;
import nl.veerkracht.province.internal.ProvinceLinkCheck;
import nl.veerkracht.province.internal.ProvinceSyncStep;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.region.internal.JGitRegionService;
import nl.veerkracht.region.internal.RegionCommitSigning;
import nl.veerkracht.region.internal.RegionSyncStep;
import nl.veerkracht.region.internal.StepwiseSync;
import nl.veerkracht.store.internal.JGitPlanStore;

/** The real services, wired by hand as Declarative Services wires them in the product. */
final class TestServices {

    private TestServices() {
    }

    static Services create() {
        return create(RuleSettings.DEFAULTS);
    }

    /** The services with the ten-point check configured by {@code settings}. */
    static Services create(RuleSettings settings) {
        JGitPlanStore store = new JGitPlanStore();
        store.setSigningPolicy(new RegionCommitSigning());
        store.addCheck(new ProvinceLinkCheck());
        StepwiseSync sync = new StepwiseSync();
        sync.addStep(new RegionSyncStep(store), Map.of(SyncStep.ORDER, 100));
        sync.addStep(new ProvinceSyncStep(store), Map.of(SyncStep.ORDER, 200));
        sync.addStep(new MemberMirrorsSyncStep(store), Map.of(SyncStep.ORDER, 300));
        Checklist checklist = new ChecklistService(store, BuiltInRules.all(), settings);
        return new Services(store, new DemoBuilder(store), checklist, new JGitRegionService(store), sync,
                new JGitProvinceService(store));
    }
}
