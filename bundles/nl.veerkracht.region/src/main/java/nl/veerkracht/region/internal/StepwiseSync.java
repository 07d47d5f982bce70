package nl.veerkracht.region.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nl.veerkracht.region.CancelledStepReport;
import nl.veerkracht.region.FailedStepReport;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.region.WorkspaceSync;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/**
 * {@code veerkracht sync}: takes the workspace lock (waiting a bounded time for another Veerkracht
 * command), then runs every {@link SyncStep} in the order of its {@value SyncStep#ORDER} property. A
 * step that throws is reported as a {@link FailedStepReport}; the steps after it still run.
 */
@Component(service = WorkspaceSync.class)
public final class StepwiseSync implements WorkspaceSync {

    /** How long a sync waits for another command that holds the workspace. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private record OrderedStep(SyncStep step, int order) {
    }

    private final List<OrderedStep> steps = new CopyOnWriteArrayList<>();
    private final Duration lockWait;

    public StepwiseSync() {
        this(LOCK_WAIT);
    }

    /** A sync that waits at most {@code lockWait} for the workspace (tests wait less). */
    public StepwiseSync(Duration lockWait) {
        this.lockWait = lockWait;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeStep")
    public void addStep(SyncStep step, Map<String, Object> properties) {
        Object order = properties.get(SyncStep.ORDER);
        steps.add(new OrderedStep(step, order instanceof Number number ? number.intValue() : Integer.MAX_VALUE));
    }

    public void removeStep(SyncStep step) {
        steps.removeIf(ordered -> ordered.step() == step);
    }

    @Override
    public SyncReport sync(Workspace workspace, SyncProgress progress) {
        List<OrderedStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(OrderedStep::order).thenComparing(step -> step.step().name()));
        List<StepReport> reports = new ArrayList<>();
        try (WorkspaceLock lock = workspace.lock(lockWait, progress::waitingForLock)) {
            int index = 0;
            for (OrderedStep step : ordered) {
                if (progress.cancelled()) {
                    reports.add(new CancelledStepReport(step.step().name()));
                    continue;
                }
                progress.stepStarting(step.step().name(), ++index, ordered.size());
                reports.add(run(step.step(), workspace, progress));
            }
        } catch (IOException e) {
            throw new StoreException(e, "workspace.lockFailed", workspace.root(), e.getMessage());
        }
        return new SyncReport(reports);
    }

    /** One step; an error it does not report itself fails that step only, and the next one runs. */
    private static StepReport run(SyncStep step, Workspace workspace, SyncProgress progress) {
        try {
            return step.run(workspace, progress);
        } catch (RuntimeException e) {
            return new FailedStepReport(step.name(), e);
        }
    }
}
