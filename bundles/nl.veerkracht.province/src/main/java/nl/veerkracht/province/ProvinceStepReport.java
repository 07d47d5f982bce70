package nl.veerkracht.province;

import java.util.List;
import java.util.Optional;

import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncOutcome;

/**
 * The province step of a sync: per followed province, what happened to its mirror and, when new
 * commits came in, the report of what matters to this municipality.
 */
public record ProvinceStepReport(List<Pull> pulls) implements StepReport {

    /** The step's name. */
    public static final String STEP = "province";

    /** One province: its mirror's update and, when it moved, the report. */
    public record Pull(MirrorUpdate update, Optional<ProvinceReport> report) {
    }

    public ProvinceStepReport {
        pulls = List.copyOf(pulls);
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public SyncOutcome outcome() {
        return SyncOutcome.worst(pulls.stream().map(pull -> pull.update().outcome()).toList());
    }
}
