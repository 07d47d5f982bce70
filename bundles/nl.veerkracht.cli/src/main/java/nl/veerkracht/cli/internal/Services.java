package nl.veerkracht.cli.internal;

import nl.veerkracht.index.WorkspaceIndex;
import nl.veerkracht.store.PlanStore;

/** The services the commands call; the command runner receives them from Declarative Services. */
public record Services(PlanStore planStore, WorkspaceIndex index) {

    /** Without the index: for tests of commands that do not ask it anything. */
    public Services(PlanStore planStore) {
        this(planStore, null);
    }
}
