package nl.veerkracht.province;

import java.util.List;

import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncOutcome;

/** The members' plans step of a sync: what happened to each read-only mirror in {@code members/}. */
public record MemberMirrorsReport(List<MirrorUpdate> mirrors) implements StepReport {

    /** The step's name. */
    public static final String STEP = "members";

    public MemberMirrorsReport {
        mirrors = List.copyOf(mirrors);
    }

    @Override
    public String step() {
        return STEP;
    }

    @Override
    public SyncOutcome outcome() {
        return SyncOutcome.worst(mirrors.stream().map(MirrorUpdate::outcome).toList());
    }
}
