package nl.veerkracht.region.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.SourceReport;
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

    /** What a sync with a member that went well leaves: their tip is part of the regional plan. */
    private static final Set<SourceReport.Status> SYNCED = EnumSet.of(SourceReport.Status.UP_TO_DATE,
            SourceReport.Status.FAST_FORWARDED, SourceReport.Status.MERGED, SourceReport.Status.MERGED_RESOLVED,
            SourceReport.Status.CONVERGED);

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
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<String> synced = report.sources().stream().filter(source -> SYNCED.contains(source.status()))
                    .map(SourceReport::code).toList();
            Optional<StoreException> unrecorded = synced.isEmpty() ? Optional.empty()
                    : MemberSyncsFile.record(workspace, repository, synced, now);
            if (report.outcome() == SyncOutcome.DONE) {
                unrecorded = unrecorded.or(() -> LastSyncFile.record(workspace, repository, now));
            }
            if (unrecorded.isPresent() && report.failure().isEmpty()) {
                report = new RegionReport(report.region(), report.before(), report.after(), report.hub(),
                        report.sources(), report.push(), report.keptOurs(), report.pending(), report.notices(),
                        unrecorded);
            }
            reports.add(report);
        }
        return new RegionSyncReport(reports);
    }
}
