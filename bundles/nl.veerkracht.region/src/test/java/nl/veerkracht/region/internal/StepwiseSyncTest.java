package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.region.CancelledStepReport;
import nl.veerkracht.region.FailedStepReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.store.Workspace;

/** The steps of a sync: one that breaks does not keep the others from running, and is reported. */
class StepwiseSyncTest {

    @TempDir
    Path temp;

    @Test
    void aStepThatThrowsFailsAloneTheStepsAfterItRunAndTheReportNamesIt() {
        RegionFixture region = new RegionFixture(temp);
        RegionFixture.Member breda = region.municipality("GM0758", "Breda");
        region.create(breda, Optional.empty(), false);
        List<String> ran = new ArrayList<>();
        StepwiseSync sync = new StepwiseSync(Duration.ofSeconds(1));
        sync.addStep(step("province", () -> {
            ran.add("province");
            throw new IllegalStateException("the province step broke");
        }), Map.of(SyncStep.ORDER, 50));
        sync.addStep(new RegionSyncStep(region.store), Map.of(SyncStep.ORDER, 100));
        sync.addStep(step("members", () -> ran.add("members")), Map.of(SyncStep.ORDER, 200));

        SyncReport report = sync.sync(breda.workspace(), SyncProgress.NONE);

        assertEquals(List.of("province", "members"), ran);
        assertEquals(List.of("province", "region", "members"), report.steps().stream().map(StepReport::step).toList());
        FailedStepReport failed = assertInstanceOf(FailedStepReport.class, report.steps().get(0));
        assertEquals("the province step broke", failed.failure().getMessage());
        assertEquals(SyncOutcome.DONE, assertInstanceOf(RegionSyncReport.class, report.steps().get(1)).outcome(),
                "the region synced after the province step broke");
        assertEquals(SyncOutcome.FAILED, report.outcome(), "the sync as a whole says something failed");
    }

    @Test
    void theStepsAfterACancelDoNotRunAndAreReportedAsNotDone() {
        RegionFixture region = new RegionFixture(temp);
        RegionFixture.Member breda = region.municipality("GM0758", "Breda");
        List<String> ran = new ArrayList<>();
        List<String> started = new ArrayList<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        StepwiseSync sync = new StepwiseSync(Duration.ofSeconds(1));
        sync.addStep(step("province", () -> {
            ran.add("province");
            cancelled.set(true);
        }), Map.of(SyncStep.ORDER, 50));
        sync.addStep(step("members", () -> ran.add("members")), Map.of(SyncStep.ORDER, 200));

        SyncReport report = sync.sync(breda.workspace(), new SyncProgress() {
            @Override
            public void stepStarting(String step, int index, int total) {
                started.add(step + " " + index + "/" + total);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        });

        assertEquals(List.of("province"), ran);
        assertEquals(List.of("province 1/2"), started);
        assertEquals(List.of("province", "members"), report.steps().stream().map(StepReport::step).toList());
        assertInstanceOf(CancelledStepReport.class, report.steps().get(1));
        assertEquals(SyncOutcome.CANCELLED, report.outcome());
    }

    private static SyncStep step(String name, Runnable work) {
        return new SyncStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public StepReport run(Workspace workspace, SyncProgress progress) {
                work.run();
                return new StepReport() {
                    @Override
                    public String step() {
                        return name;
                    }

                    @Override
                    public SyncOutcome outcome() {
                        return SyncOutcome.DONE;
                    }
                };
            }
        };
    }
}
