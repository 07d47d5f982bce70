package nl.veerkracht.region.internal;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.validation.PlanBinder;
import nl.veerkracht.region.EditRules;
import nl.veerkracht.region.MunicipalityKey;
import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.ResolutionChoice;
import nl.veerkracht.region.ResolveOutcome;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/**
 * The regional plans of a workspace, as a Declarative Services component: each operation is a command
 * class of its own ({@link CreateRegion}, {@link AddMember}, {@link JoinRegion}, {@link ConflictResolution},
 * {@link KeyMaker}), on the plan store's repositories.
 */
@Component(service = RegionService.class)
public final class JGitRegionService implements RegionService {

    private final CreateRegion create;
    private final AddMember addMember;
    private final JoinRegion join;
    private final PlanStore store;

    @Activate
    public JGitRegionService(@Reference PlanStore planStore) {
        this.store = planStore;
        RegionChanges changes = new RegionChanges(planStore);
        this.create = new CreateRegion(changes);
        this.addMember = new AddMember(changes);
        this.join = new JoinRegion(changes);
    }

    @Override
    public RegionChange create(Workspace workspace, NewRegion region) {
        return create.run(workspace, region, () -> false);
    }

    @Override
    public RegionChange create(Workspace workspace, NewRegion region, java.util.function.BooleanSupplier cancelled) {
        return create.run(workspace, region, cancelled);
    }

    @Override
    public RegionChange addMember(Workspace workspace, String regionId, NewMember member) {
        return addMember.run(workspace, regionId, member);
    }

    @Override
    public RegionChange join(Workspace workspace, String url) {
        return join.run(workspace, url, () -> false);
    }

    @Override
    public RegionChange join(Workspace workspace, String url, java.util.function.BooleanSupplier cancelled) {
        return join.run(workspace, url, cancelled);
    }

    @Override
    public MunicipalityKey createKey(Workspace workspace) {
        try (WorkspaceLock lock = workspace.lock(RegionFolders.LOCK_WAIT, owner -> { })) {
            return KeyMaker.create(workspace, Municipality.of(workspace));
        } catch (IOException e) {
            throw new StoreException(e, "workspace.lockFailed", workspace.root(), e.getMessage());
        }
    }

    @Override
    public Map<String, OffsetDateTime> lastSyncWithMembers(Workspace workspace, String regionId) {
        return MemberSyncsFile.read(workspace, RepositoryName.region(regionId));
    }

    @Override
    public List<PendingMerge> conflicts(Workspace workspace) {
        return ConflictResolution.conflicts(workspace);
    }

    @Override
    public ResolveOutcome resolve(Workspace workspace, String entity, FieldPath field, ResolutionChoice choice,
            Optional<String> region) {
        return ConflictResolution.resolve(workspace, entity, field, choice, region);
    }

    @Override
    public Map<String, String> municipalitiesByEmail(Workspace workspace, RepositoryName repository,
            Collection<HistoryEntry> commits) {
        Map<String, String> found = new TreeMap<>();
        if (repository.kind() != RepositoryName.Kind.REGION
                || commits.stream().allMatch(commit -> commit.municipality().isPresent())) {
            return found;
        }
        try (RegionRepository region = new RegionRepository(workspace.open(repository))) {
            IncomingRules rules = new IncomingRules(region, new MergeBase(region));
            for (HistoryEntry commit : commits) {
                if (commit.municipality().isEmpty()) {
                    rules.municipalityOf(commit).ifPresent(code -> found.put(commit.commitId(), code));
                }
            }
        }
        return found;
    }

    @Override
    public EditRules editRules(Workspace workspace, RepositoryName region) {
        if (region.kind() != RepositoryName.Kind.REGION) {
            throw new IllegalArgumentException(region + " is not a regional plan");
        }
        PlanVersion committed = store.readAt(workspace, region, "HEAD");
        String path = EntityKind.PLAN.pathOf(EntityKind.PLAN_ID);
        Optional<RegionalPlan> plan = committed.snapshot().document(path)
                .flatMap(document -> PlanBinder.bindFile(path, document).entity())
                .filter(RegionalPlan.class::isInstance).map(RegionalPlan.class::cast);
        return new CommittedEditRules(Municipality.of(workspace).code(), plan, committed.snapshot());
    }
}
