package nl.veerkracht.region;

import java.util.List;

/** The report of the regional step of a sync: one {@link RegionReport} per regional plan of the workspace. */
public record RegionSyncReport(List<RegionReport> regions) implements StepReport {

    /** The name of the regional step. */
    public static final String STEP = "region";

    public RegionSyncReport {
        regions = List.copyOf(regions);
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public SyncOutcome outcome() {
        return SyncOutcome.worst(regions.stream().map(RegionReport::outcome).toList());
    }
}
