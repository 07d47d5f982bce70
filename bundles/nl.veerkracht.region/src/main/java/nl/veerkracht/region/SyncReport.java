package nl.veerkracht.region;

import java.util.List;

/** What a whole {@code veerkracht sync} did: one report per step, in the order they ran. */
public record SyncReport(List<StepReport> steps) {

    public SyncReport {
        steps = List.copyOf(steps);
    }

    /** The most serious outcome of any step: the sync's exit code follows it. */
    public SyncOutcome outcome() {
        return SyncOutcome.worst(steps.stream().map(StepReport::outcome).toList());
    }
}
