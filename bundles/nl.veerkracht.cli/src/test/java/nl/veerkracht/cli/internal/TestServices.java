package nl.veerkracht.cli.internal;

import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.internal.ChecklistService;
import nl.veerkracht.checklist.internal.rules.BuiltInRules;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.internal.JGitPlanStore;

/** The services of the product, made without OSGi for tests that run commands in process. */
final class TestServices {

    private TestServices() {
    }

    static Services create() {
        PlanStore store = new JGitPlanStore();
        return new Services(store, new ChecklistService(store, BuiltInRules.all(), RuleSettings.DEFAULTS));
    }
}
