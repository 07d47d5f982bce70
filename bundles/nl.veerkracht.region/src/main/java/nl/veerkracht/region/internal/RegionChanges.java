package nl.veerkracht.region.internal;

import java.util.Optional;

import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/** What a command did to a regional plan, as the commands answer it, announced to the store's listeners. */
final class RegionChanges {

    private final PlanStore planStore;

    RegionChanges(PlanStore planStore) {
        this.planStore = planStore;
    }

    /** Tells the store's listeners that {@code main} of {@code name} moved from {@code from} to {@code to}. */
    void announce(Workspace workspace, RepositoryName name, Optional<String> from, String to) {
        planStore.announceUpdate(workspace, name, from, to);
    }

    /** Announces the head of a regional plan that is new to the workspace, and answers it. */
    RegionChange announced(Workspace workspace, RepositoryName name, Optional<String> from) {
        try (RegionRepository repository = new RegionRepository(workspace.open(name))) {
            String head = repository.git().head().orElseThrow();
            announce(workspace, name, from, head);
            return change(repository, name, head);
        }
    }

    /** The regional plan at {@code commit}, and the commit. */
    static RegionChange change(RegionRepository repository, RepositoryName name, String commit) {
        RegionalPlan plan = RegionalPlans.at(repository, commit)
                .orElseThrow(() -> new RegionException("region.notRegional", name.folder()));
        return new RegionChange(name, plan, repository.git().commit(commit));
    }
}
