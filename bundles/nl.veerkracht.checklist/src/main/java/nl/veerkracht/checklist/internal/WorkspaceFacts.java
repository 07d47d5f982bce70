package nl.veerkracht.checklist.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.veerkracht.checklist.LastSync;
import nl.veerkracht.checklist.LastSyncReader;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RegionFacts;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * Gathers what a workspace knows of one plan: its working tree through the {@link PlanStore}, its
 * council approvals, every regional plan it names or the workspace holds (working trees, with their
 * last syncs as the {@link LastSyncReader} says them), and every province programme mirrored there.
 */
final class WorkspaceFacts {

    private WorkspaceFacts() {
    }

    static PlanFacts gather(PlanStore store, Optional<LastSyncReader> lastSyncs, Workspace workspace,
            RepositoryName repository) {
        PlanVersion plan = store.readWorkingTree(workspace, repository);
        List<CouncilApproval> approvals;
        try (PlanRepository git = workspace.open(repository)) {
            approvals = git.approvals();
        }
        List<String> named = plan.contents().plan().filter(LocalPlan.class::isInstance).map(LocalPlan.class::cast)
                .map(LocalPlan::regions).orElse(List.of());
        TreeSet<String> regionIds = new TreeSet<>(named);
        TreeMap<String, PlanContents> provinces = new TreeMap<>();
        for (RepositoryName name : workspace.repositories()) {
            if (name.kind() == RepositoryName.Kind.REGION) {
                regionIds.add(name.name());
            } else if (name.kind() == RepositoryName.Kind.PROVINCE) {
                provinces.put(name.name(), store.readWorkingTree(workspace, name).contents());
            }
        }
        List<RegionFacts> regions = new ArrayList<>();
        for (String id : regionIds) {
            Optional<RepositoryName> name = regionName(id);
            Optional<PlanContents> contents = name.filter(workspace::has)
                    .map(found -> store.readWorkingTree(workspace, found).contents());
            LastSync lastSync = name.isPresent() && lastSyncs.isPresent() ? lastSyncs.get().lastSync(workspace, id)
                    : LastSync.none(name.map(RepositoryName::folder).orElse(id));
            regions.add(new RegionFacts(id, named.contains(id), contents, lastSync));
        }
        return new PlanFacts(repository.folder(), plan.contents(), plan.snapshot(), plan.problems(), approvals, regions,
                provinces);
    }

    /** The repository of region {@code id}; empty for an id that cannot name one (plan.yaml then has a problem). */
    private static Optional<RepositoryName> regionName(String id) {
        try {
            return Optional.of(RepositoryName.region(id));
        } catch (StoreException e) {
            return Optional.empty();
        }
    }
}
