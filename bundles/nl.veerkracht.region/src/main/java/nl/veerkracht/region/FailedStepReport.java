package nl.veerkracht.region;

import java.util.Objects;

/**
 * A step of a sync that stopped with an error of its own (a damaged file in the workspace, a fault of
 * the program): the other steps still ran, and the report says which step failed and why.
 *
 * @param step    the step's name, as {@link SyncStep#name()} gives it
 * @param failure what stopped it
 */
public record FailedStepReport(String step, RuntimeException failure) implements StepReport {

    public FailedStepReport {
        Objects.requireNonNull(step);
        Objects.requireNonNull(failure);
    }

    /** Always {@link SyncOutcome#FAILED}. */
    @Override
    public SyncOutcome outcome() {
        return SyncOutcome.FAILED;
    }
}
