package nl.veerkracht.cli.internal;

import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.internal.ChecklistService;
import nl.veerkracht.checklist.internal.rules.BuiltInRules;
import nl.veerkracht.demo.internal.DemoBuilder;
import nl.veerkracht.store.internal.JGitPlanStore;

/** The real services, wired by hand as Declarative Services wires them in the product. */
final class TestServices {

    private TestServices() {
    }

    static Services create() {
        JGitPlanStore store = new JGitPlanStore();
        return new Services(store, new DemoBuilder(store),
                new ChecklistService(store, BuiltInRules.all(), RuleSettings.DEFAULTS));
    }
}
