package nl.veerkracht.cli.internal;

import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.WorkspaceSync;
import nl.veerkracht.store.PlanStore;

/** The services the commands call; the command runner receives them from Declarative Services. */
public record Services(PlanStore planStore, RegionService regionService, WorkspaceSync workspaceSync) {

    /** The services of commands that use the plan store only (tests of those commands). */
    public Services(PlanStore planStore) {
        this(planStore, null, null);
    }
}
