package nl.veerkracht.region.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/** The regional step of {@code veerkracht sync}: every {@code region/<id>} of the workspace, one after the other. */
@Component(service = SyncStep.class, property = SyncStep.ORDER + ":Integer=100")
public final class RegionSyncStep implements SyncStep {

    private final PlanStore planStore;
    private final Clock clock;

    @Activate
    public RegionSyncStep(@Reference PlanStore planStore) {
        this(planStore, Clock.systemDefaultZone());
    }

    RegionSyncStep(PlanStore planStore, Clock clock) {
        this.planStore = planStore;
        this.clock = clock;
    }

    @Override
    public String name() {
        return RegionSyncReport.STEP;
    }

    @Override
    public StepReport run(Workspace workspace, SyncProgress progress) {
        List<RegionReport> reports = new ArrayList<>();
        Municipality me = null;
        for (RepositoryName repository : workspace.repositories()) {
            if (repository.kind() != RepositoryName.Kind.REGION) {
                continue;
            }
            if (me == null) {
                me = Municipality.of(workspace);
            }
            RegionReport report = new RegionSync(planStore, workspace, repository, me, progress).run();
            if (report.outcome() == SyncOutcome.DONE) {
                Optional<StoreException> unrecorded = LastSyncFile.record(workspace, repository, OffsetDateTime.now(clock));
                if (unrecorded.isPresent()) {
                    report = new RegionReport(report.region(), report.before(), report.after(), report.hub(),
                            report.sources(), report.push(), report.keptOurs(), report.pending(), report.notices(),
                            unrecorded);
                }
            }
            reports.add(report);
        }
        return new RegionSyncReport(reports);
    }
}
