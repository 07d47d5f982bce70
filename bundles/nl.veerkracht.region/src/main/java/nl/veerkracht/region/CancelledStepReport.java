package nl.veerkracht.region;

import java.util.Objects;

/** A step of the sync that did not run because the user stopped the sync before it began. */
public record CancelledStepReport(String step) implements StepReport {

    public CancelledStepReport {
        Objects.requireNonNull(step);
    }

    @Override
    public SyncOutcome outcome() {
        return SyncOutcome.CANCELLED;
    }
}
