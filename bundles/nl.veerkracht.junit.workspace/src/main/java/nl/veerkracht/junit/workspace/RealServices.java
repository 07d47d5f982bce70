package nl.veerkracht.junit.workspace;

import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.internal.JGitRegionService;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * The real services, made by hand as Declarative Services makes them in the product, for code outside
 * their bundles (the index's tests, the benchmarks, the itests) that must not name the implementation
 * classes of {@code nl.veerkracht.store.internal} or {@code nl.veerkracht.region.internal}. The services
 * have no references here: no commit checks, no signing policy, no listeners.
 */
public final class RealServices {

    private RealServices() {
    }

    /** A new plan store (the product's {@code JGitPlanStore}). */
    public static PlanStore planStore() {
        return new JGitPlanStore();
    }

    /** A new region service on {@code store} (the product's {@code JGitRegionService}). */
    public static RegionService regionService(PlanStore store) {
        return new JGitRegionService(store);
    }
}
