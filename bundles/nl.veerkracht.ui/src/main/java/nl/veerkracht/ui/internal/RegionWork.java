package nl.veerkracht.ui.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.region.MunicipalityKey;
import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.ResolutionChoice;
import nl.veerkracht.region.ResolveOutcome;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.region.WorkspaceSync;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * What the client does with the region, on the same services as {@code veerkracht sync}, {@code conflicts},
 * {@code resolve} and {@code region ...}: nothing here touches Git. Safe to call from a background thread.
 */
public final class RegionWork {

    /** The municipality whose workspace this is. */
    record Municipality(String code, String name) {
    }

    /**
     * A regional plan as the region view shows it: its members with the last successful sync with each, and
     * its shared actions.
     *
     * @param plan empty when its {@code plan.yaml} cannot be read (then {@code problems} says why)
     * @param lastSyncs when this workspace last synced successfully with each member, by code
     */
    record Overview(RepositoryName repository, Optional<RegionalPlan> plan, List<Action> actions,
            Map<String, OffsetDateTime> lastSyncs, Municipality me, List<Problem> problems) {

        /** Whether this workspace's municipality coordinates the region: only it adds members. */
        boolean coordinates() {
            return plan.flatMap(RegionalPlan::coordinator).filter(me.code()::equals).isPresent();
        }

        /** A member's name by its code; the code itself for one the plan does not list. */
        String nameOf(String code) {
            return plan.flatMap(known -> known.member(code)).map(member -> member.name()).orElse(code);
        }
    }

    private final Workspace workspace;
    private final PlanStore store;
    private final RegionService regions;
    private final WorkspaceSync sync;
    private final WorkspaceSession session;

    RegionWork(WorkspaceSession session, Workspace workspace, PlanStore store, RegionService regions, WorkspaceSync sync) {
        this.session = session;
        this.workspace = workspace;
        this.store = store;
        this.regions = regions;
        this.sync = sync;
    }

    /** {@code veerkracht sync}: every step, telling {@code progress}; Cancel is {@link SyncProgress#cancelled()}. */
    SyncReport sync(SyncProgress progress) {
        return sync.sync(workspace, progress);
    }

    /** {@code veerkracht conflicts}: every pending merge with its open conflicts. */
    List<PendingMerge> conflicts() {
        return regions.conflicts(workspace);
    }

    /** {@code veerkracht resolve}: settles one open conflict of a pending merge; the next sync makes the merge. */
    ResolveOutcome resolve(PendingMerge merge, FieldConflict conflict, ResolutionChoice choice) {
        return regions.resolve(workspace, conflict.entityId(), conflict.field(), choice,
                Optional.of(merge.region().name()));
    }

    /** This workspace's municipality, from its plan. */
    Municipality me() {
        return store.readWorkingTree(workspace, RepositoryName.PLAN).contents().plan()
                .filter(LocalPlan.class::isInstance).map(LocalPlan.class::cast)
                .map(plan -> new Municipality(plan.code(), plan.name()))
                .orElse(new Municipality("", workspace.root().getFileName().toString()));
    }

    /** The regional plans of the workspace, as their working trees have them. */
    List<Overview> overviews() {
        Municipality me = me();
        List<Overview> overviews = new ArrayList<>();
        for (RepositoryName repository : workspace.repositories()) {
            if (repository.kind() == RepositoryName.Kind.REGION) {
                PlanVersion read = store.readWorkingTree(workspace, repository);
                Optional<RegionalPlan> plan = read.contents().plan().filter(RegionalPlan.class::isInstance)
                        .map(RegionalPlan.class::cast);
                overviews.add(new Overview(repository, plan, List.copyOf(read.contents().actions().values()),
                        new TreeMap<>(regions.lastSyncWithMembers(workspace, repository.name())), me, read.problems()));
            }
        }
        return overviews;
    }

    /** {@code veerkracht region create}; the push to a hub stops at Cancel. */
    RegionChange create(NewRegion region, BooleanSupplier cancelled) {
        return regions.create(workspace, region, cancelled);
    }

    /** {@code veerkracht region add-member}. */
    RegionChange addMember(String regionId, NewMember member) {
        return regions.addMember(workspace, regionId, member);
    }

    /** {@code veerkracht region join}; the clone stops at Cancel. */
    RegionChange join(String url, BooleanSupplier cancelled) {
        return regions.join(workspace, url, cancelled);
    }

    /** {@code veerkracht keys create}. */
    MunicipalityKey createKey() {
        return regions.createKey(workspace);
    }

    /** Where this workspace keeps a regional plan's clone: what a new member gives the coordinator as its URL. */
    java.nio.file.Path folderOf(RepositoryName repository) {
        return workspace.directoryOf(repository);
    }

    /**
     * What is wrong with a value typed to settle a conflict, as the form's editor tells it: the text read as
     * the field's type, set into our side's file, and that file validated as {@code validate} would, against the
     * rest of the regional plan; only the problems of that field. Empty when the value can be used.
     */
    List<String> checkValue(PendingMerge merge, FieldConflict conflict, String typed, Language language) {
        Node value;
        try {
            value = PlanFiles.readValue(conflict.path(), conflict.field(), typed);
        } catch (PlanFileException e) {
            if (!(ConflictSides.shape(conflict).orElse(null) instanceof ScalarShape)) {
                return List.of(e.getMessage(language));
            }
            // kept as typed: validating the file then tells what is wrong with it, as validate would
            value = ScalarNode.string(typed);
        }
        PlanVersion ours = store.readWorkingTree(workspace, merge.region());
        Optional<Node> document = ours.snapshot().document(conflict.path());
        if (document.isEmpty() || !(document.get() instanceof MapNode map)
                || conflict.field().segments().stream().anyMatch(segment -> !(segment instanceof FieldPath.Key))) {
            return List.of(); // resolve checks the merged file itself
        }
        MapNode changed = DocumentEdits.set(map, conflict.field(), Optional.of(value));
        List<Problem> problems = session.validate(ours, conflict.path(), changed);
        TreeMap<Integer, FieldPath> lines = new TreeMap<>();
        try {
            lines.putAll(DocumentEdits.fieldsByLine(PlanFiles.read(conflict.path(),
                    PlanFiles.write(conflict.path(), changed))));
        } catch (PlanFileException | IllegalArgumentException e) {
            return problems.stream().map(problem -> problem.message(language)).toList();
        }
        List<String> messages = new ArrayList<>();
        for (Problem problem : problems) {
            Optional<FieldPath> field = Optional.ofNullable(lines.floorEntry(problem.position().line()))
                    .map(Map.Entry::getValue);
            if (field.isPresent() && field.get().toString().startsWith(conflict.field().toString())) {
                messages.add(problem.message(language));
            }
        }
        return messages;
    }
}
