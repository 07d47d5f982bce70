package nl.veerkracht.store.internal;

import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryListener;

/** Builds the store as Declarative Services would, with its listeners bound. */
public final class JGitPlanStoreAccess {

    private JGitPlanStoreAccess() {
    }

    public static PlanStore withListeners(RepositoryListener... listeners) {
        JGitPlanStore store = new JGitPlanStore();
        for (RepositoryListener listener : listeners) {
            store.addListener(listener);
        }
        return store;
    }
}
