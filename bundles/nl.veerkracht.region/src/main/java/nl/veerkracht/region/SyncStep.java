package nl.veerkracht.region;

import org.osgi.annotation.versioning.ConsumerType;

import nl.veerkracht.store.Workspace;

/**
 * One step of {@code veerkracht sync}, a whiteboard service: the sync runs every step in the order of
 * its {@value #ORDER} service property (lowest first) while it holds the workspace lock, and ends as
 * its most serious step. The regional plans are step {@code 100}; a province mirror or the members'
 * plans come after.
 */
@ConsumerType
public interface SyncStep {

    /** The service property that orders the steps: an integer. */
    String ORDER = "veerkracht.sync.order";

    /** A short name of the step: {@code region}, {@code province}. */
    String name();

    /**
     * Runs the step. The workspace lock is held by the caller. A step reports what went wrong in its
     * report rather than throwing, so that the steps after it still run.
     */
    StepReport run(Workspace workspace, SyncProgress progress);
}
