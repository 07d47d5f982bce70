package nl.veerkracht.province.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.province.MemberMirrorsReport;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * Step 4 of sync: the other members' own plans, read-only in {@code members/<code>}, made from each
 * member's {@code plan_url} in the regional plans and then fetched and fast-forwarded only.
 */
@Component(service = SyncStep.class, property = SyncStep.ORDER + ":Integer=300")
public final class MemberMirrorsSyncStep implements SyncStep {

    private final PlanStore store;

    @Activate
    public MemberMirrorsSyncStep(@Reference PlanStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return MemberMirrorsReport.STEP;
    }

    @Override
    public StepReport run(Workspace workspace, SyncProgress progress) {
        Map<String, RegionMember> members = otherMembers(workspace);
        List<MirrorUpdate> updates = new ArrayList<>();
        RemoteAccess access = RemoteAccess.of(workspace).cancelledWhen(progress::cancelled);
        int index = 0;
        for (RegionMember member : members.values()) {
            index++;
            RepositoryName mirror = RepositoryName.member(member.code());
            MirrorUpdate update;
            if (member.planUrl().isEmpty() && !workspace.has(mirror)) {
                // nothing to fetch from, so no progress line that says it fetches
                update = new MirrorUpdate(mirror, member.name(), MirrorUpdate.Status.NO_URL, Optional.empty(),
                        Optional.empty(), 0, Optional.empty(), Optional.empty());
                updates.add(update);
                continue;
            }
            if (progress.cancelled()) {
                Optional<String> head = workspace.has(mirror) ? headOf(workspace, mirror) : Optional.empty();
                updates.add(new MirrorUpdate(mirror, member.name(), MirrorUpdate.Status.CANCELLED, head, head, 0,
                        Optional.empty(), member.planUrl().map(RemoteUrls::withoutPasswords)));
                continue;
            }
            progress.fetching(mirror, member.code(), member.name(), index, members.size());
            if (!workspace.has(mirror)) {
                update = ReadOnlyMirror.create(workspace, access, mirror, member.name(), member.planUrl().get());
            } else {
                update = ReadOnlyMirror.update(workspace, access, mirror, member.name(), member.planUrl());
            }
            if (update.status() == MirrorUpdate.Status.UPDATED || update.status() == MirrorUpdate.Status.CLONED) {
                store.announceUpdate(workspace, mirror, update.from(), update.to().orElseThrow());
            }
            updates.add(update);
        }
        return new MemberMirrorsReport(updates);
    }

    /** Where the mirror {@code name} of the workspace stands now. */
    static Optional<String> headOf(Workspace workspace, RepositoryName name) {
        try (PlanRepository repository = workspace.open(name)) {
            return repository.head();
        }
    }

    /** Every member of every regional plan of the workspace but this municipality, by code. */
    static Map<String, RegionMember> otherMembers(Workspace workspace) {
        Optional<String> own = WorkspaceFiles.ownCode(workspace);
        Map<String, RegionMember> members = new TreeMap<>();
        for (RepositoryName name : workspace.repositories()) {
            if (name.kind() != RepositoryName.Kind.REGION) {
                continue;
            }
            try (PlanRepository region = workspace.open(name)) {
                if (region.head().isEmpty()) {
                    continue;
                }
                byte[] plan = region.filesAt(region.head().get()).get("plan.yaml");
                if (plan == null) {
                    continue;
                }
                PlanFiles.readAll(Map.of("plan.yaml", plan)).contents().plan()
                        .filter(RegionalPlan.class::isInstance)
                        .map(RegionalPlan.class::cast)
                        .ifPresent(regional -> regional.members().stream()
                                .filter(member -> own.isEmpty() || !member.code().equals(own.get()))
                                .forEach(member -> members.putIfAbsent(member.code(), member)));
            }
        }
        return members;
    }
}
