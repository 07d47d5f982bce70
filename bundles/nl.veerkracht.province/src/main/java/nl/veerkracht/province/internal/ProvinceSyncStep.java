package nl.veerkracht.province.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.ProvinceStepReport;
import nl.veerkracht.province.internal.ProvinceReports.Programme;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * Step 3 of sync: every followed province's programme is fetched and fast-forwarded only; after a
 * pull, the report of what changed in the tasks my actions link to, the links that broke and the new
 * programmes and funding schemes is made and kept.
 */
@Component(service = SyncStep.class, property = SyncStep.ORDER + ":Integer=200")
public final class ProvinceSyncStep implements SyncStep {

    private final PlanStore store;
    private final Clock clock;

    @Activate
    public ProvinceSyncStep(@Reference PlanStore store) {
        this(store, Clock.systemUTC());
    }

    ProvinceSyncStep(PlanStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String name() {
        return ProvinceStepReport.STEP;
    }

    @Override
    public StepReport run(Workspace workspace, SyncProgress progress) {
        List<RepositoryName> provinces = workspace.repositories().stream()
                .filter(name -> name.kind() == RepositoryName.Kind.PROVINCE).toList();
        List<ProvinceStepReport.Pull> pulls = new ArrayList<>();
        RemoteAccess access = RemoteAccess.of(workspace).cancelledWhen(progress::cancelled);
        for (int i = 0; i < provinces.size(); i++) {
            RepositoryName province = provinces.get(i);
            if (progress.cancelled()) {
                Optional<String> head = MemberMirrorsSyncStep.headOf(workspace, province);
                pulls.add(new ProvinceStepReport.Pull(new MirrorUpdate(province, province.name(),
                        MirrorUpdate.Status.CANCELLED, head, head, 0, Optional.empty(), Optional.empty()), Optional.empty()));
                continue;
            }
            progress.fetching(province, province.name(), province.name(), i + 1, provinces.size());
            MirrorUpdate update = ReadOnlyMirror.update(workspace, access, province, province.name(), Optional.empty());
            pulls.add(new ProvinceStepReport.Pull(update, reportOf(workspace, update)));
        }
        return new ProvinceStepReport(pulls);
    }

    /** The report of a mirror that moved: made, kept, and the index told. */
    Optional<ProvinceReport> reportOf(Workspace workspace, MirrorUpdate update) {
        if (update.status() != MirrorUpdate.Status.UPDATED && update.status() != MirrorUpdate.Status.CLONED
                && update.status() != MirrorUpdate.Status.REPLACED) {
            return Optional.empty();
        }
        String to = update.to().orElseThrow();
        RepositoryName province = update.repository();
        Programme before = WorkspaceFiles.programme(workspace, province, update.from());
        Programme after = WorkspaceFiles.programme(workspace, province, update.to());
        ProvinceReport report = ProvinceReports.compare(province.name(), update.from(), to, before, after,
                WorkspaceFiles.provinceLinks(workspace));
        ReportFiles.keep(workspace, report, clock.instant());
        store.announceUpdate(workspace, province, update.from(), to);
        return Optional.of(report);
    }
}
